/**
 * Writes the reviewer's report (see src/core/report) into a new .xlsx through ExcelJS: SimSun
 * throughout, a filled and bold header row that stays in view, an autofilter, fitted column
 * widths, wrapped long text, and a landscape page one page wide with the header on every page.
 */
import type ExcelJS from 'exceljs';
import { cellA1 } from '../../core/address';
import type { ReportSheet } from '../../core/report';
import { BODY_FONT_SIZE, FONT_NAME } from '../../core/style';
import { saveWorkbookFile } from '../../hosts/xlsx';
import { Workbook } from '../../hosts/xlsx/file/workbookClass';

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

function addSheet(wb: ExcelJS.Workbook, sheet: ReportSheet): void {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const font = { name: FONT_NAME, size: BODY_FONT_SIZE };
  sheet.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const header = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true };
    cell.fill = solid(sheet.headerFill);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
  });
  sheet.rows.forEach((r, k) => {
    const row = ws.getRow(k + 2);
    row.height = r.height;
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = r.values[i];
      if (value !== '') cell.value = value;
      cell.font = font;
      cell.alignment = { horizontal: c.horizontal, vertical: 'middle', wrapText: c.wrap };
      cell.border = BORDER;
      const fill = r.fills[i];
      if (fill) cell.fill = solid(fill);
    });
  });
  ws.autoFilter = `A1:${cellA1(Math.max(1, sheet.rows.length + 1), sheet.columns.length)}`;
}

/**
 * Writes the sheets to `file` (atomic; refuses an existing file without `force`: OutputExistsError,
 * FileWriteError when writing fails).
 */
export async function writeReport(sheets: ReportSheet[], file: string, force: boolean): Promise<void> {
  const wb = new Workbook();
  wb.creator = 'jixiao';
  for (const sheet of sheets) addSheet(wb, sheet);
  await saveWorkbookFile(wb, file, { force });
}
