/**
 * The seed imported, then 汇总: the department's 项目支出 becomes the sum of the three projects'
 * 当年度金额, 18.24 + 13.11 + 3 = 34.35 万元 — the figure the seed's department form states.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { fillSummary } from '../../src/commands/fillSummary';
import { importForms } from '../../src/commands/importForms';
import { recognizeWorkbook, type DepartmentForm } from '../../src/core/forms';
import { planImport } from '../../src/core/import';
import { loadWorkbookFile, readWorkbookSnapshot, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import { readFixture } from '../fixtures/forms/seedForms';

test('importing the seed then filling gives 项目支出 34.35', async () => {
  const workbook = new Workbook();
  const host = new XlsxHost(workbook);
  await importForms(host, planImport([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]));
  const filled = await fillSummary(host);
  expect(filled.applied).toBe(true);

  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-fill-'));
  try {
    const file = join(dir, 'filled.xlsx');
    await saveWorkbookFile(workbook, file);
    const snapshot = readWorkbookSnapshot((await loadWorkbookFile(file)).workbook);
    const department = recognizeWorkbook(snapshot).forms.find((f): f is DepartmentForm => f.kind === 'department')!;
    expect(department.sheet).toBe('部门整体');
    expect(department.projectExpenditure.value).toBeCloseTo(34.35, 6);
    const sheet = snapshot.sheets.find((s) => s.name === '部门整体')!;
    expect(sheet.formulas[department.projectExpenditure.cell!]).toMatch(/^=/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
