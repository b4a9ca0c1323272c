/**
 * 标记记录 (MarkStore): what our marks replaced, kept in the workbook itself so that 清除标记 works
 * after saving, reopening, and from either host. It lives on the very hidden sheet `jixiao_marks`:
 *
 *   row 1   "jixiao-forms marks" | format version (1)
 *   row 2   column headings (for a person who unhides the sheet)
 *   row 3…  one mark per row: name | sheet | cell | severity | original fill | our fill |
 *           original note | our note
 *
 * Each mark has a workbook-scope defined name (`_jixiao_m_1` → `'项目1'!$E$12`) that Excel moves
 * with its cell when rows are inserted or the sheet is renamed: the name, not the recorded sheet
 * and cell, finds the mark again. Fills are "#RRGGBB" or "" (no fill). Notes are JSON text (a
 * string, or null for no note) so that Excel keeps them exactly as text; both note columns are ""
 * when the mark left notes alone (a host without notes).
 */
import { parseRange, splitSheetAddress, cellA1 } from '../address';
import { MarkStoreError } from '../errors';
import {
  cellValue,
  findSheet,
  usedBottomRight,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';
import type { MarkSeverity } from './colours';
import { RECORD_HEADER_ROWS, recordHeader, recordTable } from './recordSheet';

export const STORE_SHEET = 'jixiao_marks';
export const STORE_LABEL = 'jixiao-forms marks';
export const STORE_VERSION = 1;
/** Defined names of marks: this prefix and a number. */
export const MARK_NAME_PREFIX = '_jixiao_m_';
export const STORE_HEADINGS = ['名称', '工作表', '单元格', '级别', '原填充', '标记填充', '原批注', '标记批注'];
/** Rows before the first mark. */
export const STORE_HEADER_ROWS = RECORD_HEADER_ROWS;
/** Longest text a cell holds (Excel's limit). */
export const MAX_CELL_TEXT = 32767;

export interface StoredMark {
  /** The defined name that finds the cell. */
  name: string;
  /** Where the cell was when it was marked (the name tells where it is now). */
  sheet: string;
  cell: string;
  severity: MarkSeverity;
  /** The fill before the mark, null for none. */
  originalFill: string | null;
  /** The fill the mark put. */
  fill: string;
  /** The note before the mark (null for none) and the mark's note; null when notes were left alone. */
  note: { original: string | null; text: string } | null;
}

export interface MarkStore {
  /** The store sheet as the workbook spells its name; null when only stray names are left. */
  sheet: string | null;
  marks: StoredMark[];
  /** Rows and columns the store sheet uses (what a rewrite must cover). */
  extent: { rows: number; cols: number };
  /** Names with our prefix that no stored mark uses (left by an interrupted write). */
  strayNames: string[];
}

export function markName(n: number): string {
  return `${MARK_NAME_PREFIX}${n}`;
}

export function isMarkName(name: string): boolean {
  return name.toLowerCase().startsWith(MARK_NAME_PREFIX);
}

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function parseRow(sheet: SheetSnapshot, row: number): StoredMark | null {
  const at = (col: number): CellValue => cellValue(sheet, row, col);
  const name = at(1);
  if (name === '') {
    for (let col = 2; col <= STORE_HEADINGS.length; col++)
      if (at(col) !== '') throw new MarkStoreError(sheet.name, 'unreadable', row);
    return null;
  }
  const fail = () => new MarkStoreError(sheet.name, 'unreadable', row);
  if (typeof name !== 'string' || !/^_jixiao_m_\d+$/i.test(name)) throw fail();
  const [sheetText, cell, severity, originalFill, fill, originalNote, note] = [2, 3, 4, 5, 6, 7, 8].map(at);
  let sheetName: unknown;
  try {
    sheetName = JSON.parse(String(sheetText));
  } catch {
    throw fail();
  }
  if (typeof sheetName !== 'string' || typeof cell !== 'string') throw fail();
  if (severity !== 'error' && severity !== 'warning') throw fail();
  if (originalFill !== '' && !(typeof originalFill === 'string' && COLOUR.test(originalFill))) throw fail();
  if (typeof fill !== 'string' || !COLOUR.test(fill)) throw fail();
  let notePart: StoredMark['note'] = null;
  if (originalNote !== '' || note !== '') {
    let original: unknown;
    let text: unknown;
    try {
      original = JSON.parse(String(originalNote));
      text = JSON.parse(String(note));
    } catch {
      throw fail();
    }
    if ((original !== null && typeof original !== 'string') || typeof text !== 'string') throw fail();
    notePart = { original, text };
  }
  return {
    name,
    sheet: sheetName,
    cell,
    severity,
    originalFill: originalFill === '' ? null : originalFill.toUpperCase(),
    fill: fill.toUpperCase(),
    note: notePart,
  };
}

/**
 * The workbook's mark store, or null when it has none (no store sheet and no mark names). The
 * snapshot must hold the defined names and the store sheet's contents. Throws MarkStoreError when
 * the store was written by a newer version or cannot be read.
 */
export function readMarkStore(wb: WorkbookSnapshot): MarkStore | null {
  if (!wb.names) throw new RangeError('readMarkStore needs the defined names (ReadRequest names: true)');
  const names = Object.keys(wb.names).filter(isMarkName);
  const sheet = findSheet(wb, STORE_SHEET);
  if (!sheet && names.length === 0) return null;
  const marks: StoredMark[] = [];
  let extent = { rows: 0, cols: 0 };
  if (sheet) {
    if (!sheet.read) throw new RangeError(`readMarkStore needs the contents of ${sheet.name}`);
    const end = usedBottomRight(sheet);
    extent = { rows: end.row, cols: end.col };
    // An empty store sheet is what an interrupted first write can leave: no marks yet.
    if (end.row > 0) {
      const header = recordHeader(sheet, STORE_LABEL, STORE_VERSION);
      if (header === 'unreadable') throw new MarkStoreError(sheet.name, 'unreadable', 1);
      if (header === 'newer-version') throw new MarkStoreError(sheet.name, 'newer-version');
      for (let row = STORE_HEADER_ROWS + 1; row <= end.row; row++) {
        const mark = parseRow(sheet, row);
        if (mark) marks.push(mark);
      }
    }
  }
  const used = new Set(marks.map((m) => m.name.toLowerCase()));
  return {
    sheet: sheet ? sheet.name : null,
    marks,
    extent,
    strayNames: names.filter((n) => !used.has(n.toLowerCase())),
  };
}

/** The store's rows for these marks, covering at least `cover` (so that old rows are emptied). */
export function storeTable(marks: readonly StoredMark[], cover: { rows: number; cols: number }): CellValue[][] {
  return recordTable({ label: STORE_LABEL, version: STORE_VERSION, headings: STORE_HEADINGS }, marks.map(storeRow), cover);
}

/** One mark as the store writes it. */
export function storeRow(m: StoredMark): CellValue[] {
  return [
    m.name,
    JSON.stringify(m.sheet),
    m.cell,
    m.severity,
    m.originalFill ?? '',
    m.fill,
    m.note ? JSON.stringify(m.note.original) : '',
    m.note ? JSON.stringify(m.note.text) : '',
  ];
}

/** Where a mark's name points now: the sheet and the cell, or null when the name or its cell is gone. */
export function locateMark(wb: WorkbookSnapshot, name: string): { sheet: SheetSnapshot; cell: string } | null {
  const key = Object.keys(wb.names ?? {}).find((n) => n.toLowerCase() === name.toLowerCase());
  if (key === undefined) return null;
  const { sheet, a1 } = splitSheetAddress(wb.names![key].replace(/^=/, ''));
  if (sheet === null) return null;
  const s = findSheet(wb, sheet);
  if (!s) return null;
  try {
    const r = parseRange(a1);
    if (r.top !== r.bottom || r.left !== r.right) return null;
    return { sheet: s, cell: cellA1(r.top, r.left) };
  } catch {
    // "#REF!": the cell was deleted.
    return null;
  }
}
