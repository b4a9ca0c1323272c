/**
 * ExcelJS cell values → snapshot values. Dates become their Excel serial number (in the workbook's
 * date system), as Office.js reports `values`; rich text is flattened to its plain text; error
 * values are their text ("#REF!"); a formula cell reports its cached result ("" when it has none).
 */
import type { Cell, CellValue as ExcelValue, Comment } from 'exceljs';
import type { CellValue } from '../../../core/snapshot';

const MS_PER_DAY = 24 * 3600 * 1000;

/** Excel's serial number of a date as ExcelJS decodes it (UTC, 1900 or 1904 system). */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = 25569 + d.getTime() / MS_PER_DAY - (date1904 ? 1462 : 0);
  return Math.round(serial * 1e9) / 1e9;
}

type Plain =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { error?: string; richText?: { text: string }[]; text?: unknown };

/** A plain (non-formula) value or a formula result as a snapshot value. */
export function plainValue(v: Plain, date1904 = false): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v.error === 'string') return v.error;
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
  if (v.text !== undefined) return plainValue(v.text as Plain, date1904);
  return '';
}

/** The value a cell shows: a formula cell's cached result, a hyperlink's text, a merged slave's "". */
export function cellSnapshotValue(cell: Cell, date1904 = false): CellValue {
  if (cell.master !== cell) return '';
  const v = cell.value as ExcelValue;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    return plainValue(cell.result as Plain, date1904);
  }
  return plainValue(v as Plain, date1904);
}

/** Formula text with its leading "=", or null for a cell without a formula (shared ones resolved). */
export function cellFormula(cell: Cell): string | null {
  if (cell.master !== cell) return null;
  const v = cell.value as ExcelValue;
  if (v === null || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** A note's plain text ("" for an empty note), or null when the cell has none. */
export function noteText(cell: Cell): string | null {
  const note = cell.note as string | Comment | undefined;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}
