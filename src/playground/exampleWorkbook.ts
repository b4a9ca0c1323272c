/**
 * The workbook the playground starts with: the example department form and three project forms
 * (exampleData.ts), written by the same 插入模板 command the pane runs, over the Office host on
 * the fake.
 */
import { insertTemplate } from '../commands/insertTemplate';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../fake-excel';
import { OfficeHost } from '../hosts/office';
import type { ExcelLike } from '../hosts/office/excelApi';
import { EXAMPLE_DEPARTMENT, EXAMPLE_PROJECTS } from './exampleData';

export async function buildExampleWorkbook(options: Omit<FakeExcelOptions, 'workbook'> = {}): Promise<FakeExcel> {
  // Excel always has a sheet: start from one, as a new workbook does, and remove it at the end.
  const fake = createFakeExcel({ ...options, workbook: { sheets: [{ name: 'Sheet1' }] } });
  const host = new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
  const first = await insertTemplate(host, { kind: 'department', fields: EXAMPLE_DEPARTMENT, level: '市' });
  for (const fields of EXAMPLE_PROJECTS) await insertTemplate(host, { kind: 'project', fields, level: '市' });
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem(first.sheet).activate();
    context.workbook.worksheets.getItem(first.sheet).getRange('A1').select();
    context.workbook.worksheets.getItem('Sheet1').delete();
    await context.sync();
  });
  fake.resetStats();
  return fake;
}
