/**
 * 汇总's record (FillStore): what an earlier 汇总 wrote, kept in the workbook so that running it again
 * refreshes exactly its own sheet and rows. It lives on the very hidden sheet `jixiao_fill`, beside
 * the mark store and in the same way (see src/core/marks/store.ts):
 *
 *   row 1   "jixiao-forms fill" | format version (1)
 *   row 2   column headings (for a person who unhides the sheet)
 *   row 3…  one record per row: name | kind | sheet | 三级指标 | 指标值 | 一级指标 | 二级指标
 *
 * Kind `summary` is the 项目支出汇总 sheet (its name `_jixiao_f_summary` refers to the sheet's A1);
 * kind `row` is a department indicator row 汇总 wrote (its name `_jixiao_f_N` refers to the row's
 * 三级 name cell). Defined names move with rows and sheet renames, so the names, not the recorded
 * sheets, find the records' places again. Sheet names, indicator names and values are JSON text so
 * that Excel keeps them exactly (a value may be a number).
 */
import { FillRefusedError } from '../errors';
import { locateMark } from '../marks/store';
import { RECORD_HEADER_ROWS, recordHeader, recordTable } from '../marks/recordSheet';
import {
  cellValue,
  findSheet,
  usedBottomRight,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';

export const FILL_STORE_SHEET = 'jixiao_fill';
export const FILL_STORE_LABEL = 'jixiao-forms fill';
export const FILL_STORE_VERSION = 1;
/** Defined names of 汇总's records start with this. */
export const FILL_NAME_PREFIX = '_jixiao_f_';
/** The defined name of the summary sheet's A1. */
export const SUMMARY_NAME = `${FILL_NAME_PREFIX}summary`;
export const FILL_STORE_HEADINGS = ['名称', '类型', '工作表', '三级指标', '指标值', '一级指标', '二级指标'];

/** A department indicator row 汇总 wrote. */
export interface StoredRow {
  /** The defined name of the row's 三级 name cell. */
  name: string;
  /** The department form's sheet when the row was written. */
  sheet: string;
  /** The 三级 name and the 指标值 written. */
  indicator: string;
  value: CellValue;
  category: string;
  subcategory: string;
}

export interface FillStore {
  /** The store sheet as the workbook spells it; null when only stray names are left. */
  sheet: string | null;
  /** The summary sheet's record (its name and the sheet it was written on), if any. */
  summary: { name: string; sheet: string } | null;
  rows: StoredRow[];
  /** Rows and columns the store sheet uses (what a rewrite must cover). */
  extent: { rows: number; cols: number };
  /** Names with our prefix that no record uses (left by an interrupted write). */
  strayNames: string[];
}

export function isFillName(name: string): boolean {
  return name.toLowerCase().startsWith(FILL_NAME_PREFIX);
}

export function rowName(n: number): string {
  return `${FILL_NAME_PREFIX}${n}`;
}

function parseJson<T>(v: CellValue, ok: (x: unknown) => x is T): T | undefined {
  if (typeof v !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(v);
    return ok(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isCellValue = (x: unknown): x is CellValue =>
  typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

type Record = { kind: 'summary'; name: string; sheet: string } | { kind: 'row'; row: StoredRow };

function parseRecord(sheet: SheetSnapshot, row: number): Record | null {
  const at = (col: number) => cellValue(sheet, row, col);
  const cells = FILL_STORE_HEADINGS.map((_, i) => at(i + 1));
  if (cells.every((v) => v === '')) return null;
  const fail = () => new FillRefusedError('store-unreadable', [sheet.name]);
  const [name, kind, sheetText, indicatorText, valueText, category, subcategory] = cells;
  if (typeof name !== 'string' || !isFillName(name)) throw fail();
  const recorded = parseJson(sheetText, isString);
  if (recorded === undefined) throw fail();
  if (kind === 'summary') {
    if (name.toLowerCase() !== SUMMARY_NAME.toLowerCase()) throw fail();
    return { kind: 'summary', name, sheet: recorded };
  }
  if (kind !== 'row' || !/^_jixiao_f_\d+$/i.test(name)) throw fail();
  const indicator = parseJson(indicatorText, isString);
  const value = parseJson(valueText, isCellValue);
  if (
    indicator === undefined ||
    value === undefined ||
    typeof category !== 'string' ||
    typeof subcategory !== 'string'
  ) {
    throw fail();
  }
  return { kind: 'row', row: { name, sheet: recorded, indicator, value, category, subcategory } };
}

/**
 * The workbook's 汇总 record, or null when it has none. The snapshot must hold the defined names and
 * the store sheet's contents. Throws FillRefusedError when the record was written by a newer version
 * or cannot be read.
 */
export function readFillStore(wb: WorkbookSnapshot): FillStore | null {
  if (!wb.names) throw new RangeError('readFillStore needs the defined names (ReadRequest names: true)');
  const names = Object.keys(wb.names).filter(isFillName);
  const sheet = findSheet(wb, FILL_STORE_SHEET);
  if (!sheet && names.length === 0) return null;
  const store: FillStore = {
    sheet: sheet ? sheet.name : null,
    summary: null,
    rows: [],
    extent: { rows: 0, cols: 0 },
    strayNames: [],
  };
  if (sheet) {
    if (!sheet.read) throw new RangeError(`readFillStore needs the contents of ${sheet.name}`);
    const end = usedBottomRight(sheet);
    store.extent = { rows: end.row, cols: end.col };
    // An empty store sheet is what an interrupted first write can leave.
    if (end.row > 0) {
      const header = recordHeader(sheet, FILL_STORE_LABEL, FILL_STORE_VERSION);
      if (header === 'unreadable') throw new FillRefusedError('store-unreadable', [sheet.name]);
      if (header === 'newer-version') throw new FillRefusedError('store-newer-version', [sheet.name]);
      for (let row = RECORD_HEADER_ROWS + 1; row <= end.row; row++) {
        const record = parseRecord(sheet, row);
        if (!record) continue;
        if (record.kind === 'summary') store.summary = { name: record.name, sheet: record.sheet };
        else store.rows.push(record.row);
      }
    }
  }
  const used = new Set(
    [...store.rows.map((r) => r.name), ...(store.summary ? [store.summary.name] : [])].map((n) => n.toLowerCase()),
  );
  store.strayNames = names.filter((n) => !used.has(n.toLowerCase()));
  return store;
}

/** The store's rows for these records, covering at least `cover` (so that old rows are emptied). */
export function fillStoreTable(
  summary: { name: string; sheet: string } | null,
  rows: readonly StoredRow[],
  cover: { rows: number; cols: number },
): CellValue[][] {
  const records: CellValue[][] = summary ? [[summary.name, 'summary', JSON.stringify(summary.sheet), '', '', '', '']] : [];
  for (const r of rows) {
    records.push([
      r.name,
      'row',
      JSON.stringify(r.sheet),
      JSON.stringify(r.indicator),
      JSON.stringify(r.value),
      r.category,
      r.subcategory,
    ]);
  }
  return recordTable({ label: FILL_STORE_LABEL, version: FILL_STORE_VERSION, headings: FILL_STORE_HEADINGS }, records, cover);
}

/** Where a record's name points now (sheet and cell), or null when the name or its cell is gone. */
export function locateRecord(wb: WorkbookSnapshot, name: string): { sheet: SheetSnapshot; cell: string } | null {
  return locateMark(wb, name);
}
