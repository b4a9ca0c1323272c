/**
 * The layout both of the add-in's record sheets share (the mark store, 汇总's record): row 1 the
 * record's label and its format version, row 2 column headings for a person who unhides the
 * sheet, then one record per row. Written whole from A1, covering what the old contents used.
 */
import { cellValue, type CellValue, type SheetSnapshot } from '../snapshot';

/** Rows before the first record. */
export const RECORD_HEADER_ROWS = 2;

/** Whether row 1 names this record in a version this code reads. */
export function recordHeader(sheet: SheetSnapshot, label: string, version: number): 'ok' | 'unreadable' | 'newer-version' {
  const written = cellValue(sheet, 1, 2);
  if (cellValue(sheet, 1, 1) !== label || typeof written !== 'number' || !Number.isInteger(written) || written < 1) {
    return 'unreadable';
  }
  return written > version ? 'newer-version' : 'ok';
}

/** The sheet's table: header, headings, records, padded to cover at least `cover` (old rows emptied). */
export function recordTable(
  header: { label: string; version: number; headings: readonly string[] },
  records: readonly CellValue[][],
  cover: { rows: number; cols: number },
): CellValue[][] {
  const rows: CellValue[][] = [[header.label, header.version], [...header.headings], ...records];
  const width = Math.max(header.headings.length, cover.cols);
  while (rows.length < cover.rows) rows.push([]);
  return rows.map((line) => [...line, ...new Array<CellValue>(width - line.length).fill('')]);
}
