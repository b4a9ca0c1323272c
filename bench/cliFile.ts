/** Writes the CLI benchmark's workbook: `count` project forms, one per sheet, as pasted cells. */
import { Workbook } from 'exceljs';
import { formSheets } from './workbooks';

export async function writeFormsWorkbook(file: string, count: number): Promise<void> {
  const wb = new Workbook();
  for (const s of formSheets(count, false)) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of Object.entries(s.cells)) ws.getCell(a1).value = v as string | number;
    for (const m of s.merges) ws.mergeCells(m);
  }
  await wb.xlsx.writeFile(file);
}
