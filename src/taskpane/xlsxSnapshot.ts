/**
 * An .xlsx file's sheets as a snapshot, read in the browser with ExcelJS. Loaded on demand (a
 * dynamic import from importInputs.ts): ExcelJS is large and only an .xlsx import needs it.
 */
import ExcelJS from 'exceljs';
import { FileFormatError } from '../core/errors';
import type { WorkbookSnapshot } from '../core/snapshot';
import { readWorkbookSnapshot } from '../hosts/xlsx/readSnapshot';

/** The workbook's sheets with their contents. Throws FileFormatError when ExcelJS cannot read it. */
export async function xlsxSnapshot(name: string, bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  try {
    // A copy of exactly these bytes: the view may be part of a larger buffer.
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    throw new FileFormatError(name, 'not-xlsx', err instanceof Error ? err.message : String(err));
  }
  if (wb.worksheets.length === 0) throw new FileFormatError(name, 'not-xlsx', 'no worksheet');
  return readWorkbookSnapshot(wb);
}
