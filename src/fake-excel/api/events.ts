/**
 * Worksheet change events: `worksheets.onChanged` (ExcelApi 1.9). Cell writes of a sync are
 * collected per sheet and reported once the sync is over, asynchronously, as Excel does: one
 * WorksheetChanged event per sheet and sync, its address the bounding box of what changed.
 */
import { formatRange, type RangeRef } from '../../core/address';
import type { FakeRequestContext } from './context';
import { requireApi } from './targets';

/** Who made a change, as `WorksheetChangedEventArgs.triggerSource` (ExcelApi 1.14) reports it. */
export type FakeTriggerSource = 'ThisLocalAddin' | 'Unknown';

export type FakeChangeType = 'RangeEdited' | 'RowInserted';

/** The part of Excel.WorksheetChangedEventArgs the fake gives. */
export interface FakeWorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  /** The changed area, local A1 ("B3", "A5:H6"). */
  address: string;
  changeType: FakeChangeType;
  source: 'Local';
  /** Present from ExcelApi 1.14. */
  triggerSource?: FakeTriggerSource;
}

export type FakeChangeHandler = (args: FakeWorksheetChangedEventArgs) => Promise<unknown> | void;

/** What one sync changed on one sheet. */
export interface PendingChange {
  sheetId: string;
  rect: RangeRef;
  changeType: FakeChangeType;
}

/** The handlers registered on a fake workbook (shared by every request context). */
export class ChangeHandlers {
  private readonly handlers = new Set<FakeChangeHandler>();

  add(handler: FakeChangeHandler): void {
    this.handlers.add(handler);
  }

  remove(handler: FakeChangeHandler): void {
    this.handlers.delete(handler);
  }

  get size(): number {
    return this.handlers.size;
  }

  /**
   * Reports a sync's changes, one event per sheet, after the current task (a handler never runs
   * inside the sync that caused it). `triggerSource` is left out below ExcelApi 1.14.
   */
  dispatch(changes: readonly PendingChange[], trigger: FakeTriggerSource | undefined): void {
    if (changes.length === 0 || this.handlers.size === 0) return;
    const bySheet = new Map<string, PendingChange>();
    for (const c of changes) {
      const seen = bySheet.get(c.sheetId);
      bySheet.set(
        c.sheetId,
        seen
          ? {
              sheetId: c.sheetId,
              rect: {
                top: Math.min(seen.rect.top, c.rect.top),
                left: Math.min(seen.rect.left, c.rect.left),
                bottom: Math.max(seen.rect.bottom, c.rect.bottom),
                right: Math.max(seen.rect.right, c.rect.right),
              },
              changeType: seen.changeType === c.changeType ? c.changeType : 'RangeEdited',
            }
          : c,
      );
    }
    const events: FakeWorksheetChangedEventArgs[] = [...bySheet.values()].map((c) => ({
      type: 'WorksheetChanged',
      worksheetId: c.sheetId,
      address: formatRange(c.rect),
      changeType: c.changeType,
      source: 'Local',
      ...(trigger ? { triggerSource: trigger } : {}),
    }));
    const handlers = [...this.handlers];
    setTimeout(() => {
      for (const e of events) for (const h of handlers) void h(e);
    }, 0);
  }
}

/** What `add` returns: remove() queues the removal on the context the handler was added with. */
export interface FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  remove(): void;
}

/** `worksheets.onChanged`: add(handler) registers at the next sync; remove() likewise. */
export class WorksheetChangedEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
  ) {}

  add(handler: FakeChangeHandler): FakeEventHandlerResult {
    const context = this.context;
    const handlers = context.env.changeHandlers;
    context.enqueue({
      kind: 'command',
      location: 'WorksheetCollection.onChanged.add',
      statement: `${this.path}.add(handler)`,
      request: () => ({ path: this.path, call: 'add' }),
      run: () => {
        requireApi(context, '1.9', 'WorksheetCollection.onChanged');
        handlers.add(handler);
        return undefined;
      },
    });
    return {
      context,
      remove: () =>
        context.enqueue({
          kind: 'command',
          location: 'EventHandlerResult.remove',
          statement: `${this.path}.remove(handler)`,
          request: () => ({ path: this.path, call: 'remove' }),
          run: () => {
            handlers.remove(handler);
            return undefined;
          },
        }),
    };
  }
}
