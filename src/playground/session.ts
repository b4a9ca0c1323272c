/**
 * The workbook open in the playground and what a user does to it outside the pane: start a new
 * or the example workbook, open an .xlsx, save, click a cell or a sheet tab, type into a cell.
 * Clicks and typing go through the fake's Excel API as the user's (`userExcel`: the pane hears of
 * them through worksheets.onChanged as changes not its own); typing follows Excel's entry rules
 * (the fake's) and, like Excel's UI, gives a cell typed as a percentage a percentage format.
 */
import { formatRange, parseRange, type RangeRef } from '../core/address';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions, type InspectedWorkbook } from '../fake-excel';
import { buildExampleWorkbook } from './exampleWorkbook';
import { openWorkbookBytes, workbookBytes } from './xlsx/openWorkbook';

export interface OpenDocument {
  fake: FakeExcel;
  /** File name used for 保存. */
  name: string;
}

export type DocumentListener = (doc: OpenDocument) => void;

const PERCENT_INPUT = /^\s*[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.(\d+))?\s*%\s*$/;

/** The number format Excel's UI gives a General cell typed as "12%" ("0%") or "12.5%" ("0.0%"). */
export function percentFormatFor(text: string, current: string): string | null {
  const m = PERCENT_INPUT.exec(text.replace(/[\uFF10-\uFF19\uFF05\uFF0E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
  if (!m || !/\d/.test(text) || (current !== '' && current !== 'General')) return null;
  const decimals = Math.min(m[4]?.length ?? 0, 10);
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

export class PlaygroundSession {
  private doc: OpenDocument | null = null;
  private readonly listeners: DocumentListener[] = [];

  constructor(private readonly fakeOptions: Omit<FakeExcelOptions, 'workbook'>) {}

  get current(): OpenDocument {
    if (!this.doc) throw new Error('no workbook open yet');
    return this.doc;
  }

  get ready(): boolean {
    return this.doc !== null;
  }

  /** Called with each newly opened workbook. */
  onDocument(listener: DocumentListener): void {
    this.listeners.push(listener);
  }

  private replace(fake: FakeExcel, name: string): OpenDocument {
    this.doc = { fake, name };
    for (const l of this.listeners) l(this.doc);
    return this.doc;
  }

  newBlank(name: string): OpenDocument {
    return this.replace(createFakeExcel({ ...this.fakeOptions, workbook: { sheets: [{ name: 'Sheet1' }] } }), name);
  }

  async example(name: string): Promise<OpenDocument> {
    return this.replace(await buildExampleWorkbook(this.fakeOptions), name);
  }

  /** Opens an .xlsx file's bytes. Throws FileFormatError (the current workbook stays open). */
  async open(name: string, bytes: ArrayBuffer): Promise<OpenDocument> {
    return this.replace(await openWorkbookBytes(name, bytes, this.fakeOptions), name);
  }

  /** The open workbook as .xlsx bytes. */
  save(): Promise<ArrayBuffer> {
    return workbookBytes(this.inspect());
  }

  inspect(): InspectedWorkbook {
    return this.current.fake.inspect();
  }

  /** Shows a sheet (a click on its tab). */
  activate(sheet: string): Promise<void> {
    return this.current.fake.userExcel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  /** Selects a cell or range of a sheet (a click, or a shift-click from the active cell). */
  select(sheet: string, range: RangeRef): Promise<void> {
    return this.current.fake.userExcel.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(formatRange(range)).select();
      await context.sync();
    });
  }

  /** Types text into a cell, as a user does in Excel ("" empties it). */
  type(sheet: string, a1: string, text: string): Promise<void> {
    return this.current.fake.userExcel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(sheet).getRange(a1);
      range.load('numberFormat');
      await context.sync();
      const format = percentFormatFor(text, String(range.numberFormat[0][0] ?? ''));
      range.values = [[text]];
      if (format) range.numberFormat = [[format]];
      await context.sync();
    });
  }

  /** The selection of the active sheet, when cells are selected. */
  selection(state: InspectedWorkbook): { sheet: string; range: RangeRef } | null {
    return state.selection ? { sheet: state.selection.sheet, range: parseRange(state.selection.address) } : null;
  }
}
