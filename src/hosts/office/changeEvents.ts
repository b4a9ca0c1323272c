/**
 * Cell changes as Excel reports them (`worksheets.onChanged`, ExcelApi 1.9), for the task pane's
 * 自动审核. No domain rule here: the pane decides what a change means.
 */
import { globalExcel, globalOffice, type OfficeLike } from './excelApi';

/** One change Excel reported. */
export interface WorksheetChange {
  worksheetId: string;
  /** The changed area, local A1. */
  address: string;
  /** Made by another user of a shared workbook (never by this add-in). */
  remote: boolean;
  /**
   * Made through this add-in's own API calls: true or false from ExcelApi 1.14 (`triggerSource`),
   * null before, where Excel does not say.
   */
  byThisAddin: boolean | null;
}

/** Stops watching; the handler stays quiet from the call on, even before Excel confirms. */
export type StopWatching = () => Promise<void>;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What watching needs of the `Excel` namespace: run, also on the context an event handler was added with. */
export interface ExcelEventsLike {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(object: { context: OfficeExtension.ClientRequestContext }, batch: Batch<T>): Promise<T>;
}

/** Whether this Excel reports changes of any sheet (`WorksheetCollection.onChanged`, ExcelApi 1.9). */
export function canWatchChanges(office: OfficeLike = globalOffice()): boolean {
  return office.context.requirements.isSetSupported('ExcelApi', '1.9');
}

/**
 * Calls `onChange` for each change of cells on any sheet. One sync to register, one to stop.
 * Resolves to null where this Excel has no such event (before ExcelApi 1.9).
 */
export async function watchWorksheetChanges(
  onChange: (change: WorksheetChange) => void,
  excel: ExcelEventsLike = globalExcel() as unknown as ExcelEventsLike,
  office: OfficeLike = globalOffice(),
): Promise<StopWatching | null> {
  if (!canWatchChanges(office)) return null;
  let active = true;
  const handler = async (args: Excel.WorksheetChangedEventArgs) => {
    if (!active) return;
    const trigger = (args as { triggerSource?: string }).triggerSource;
    onChange({
      worksheetId: args.worksheetId,
      address: args.address,
      remote: args.source === 'Remote',
      byThisAddin: trigger === undefined ? null : trigger === 'ThisLocalAddin',
    });
  };
  const registered = await excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    if (!active) return;
    active = false;
    // Removed on the context it was added with, as Office requires.
    await excel.run(registered, async (context) => {
      registered.remove();
      await context.sync();
    });
  };
}
