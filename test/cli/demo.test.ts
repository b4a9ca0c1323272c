/**
 * `jixiao demo`: import, fill and validate the built-in example, writing the example workbook and
 * the review report.
 */
import { join } from 'path';
import { loadWorkbookFile, readWorkbookSnapshot } from '../../src/hosts/xlsx';
import { recognizeWorkbook, type DepartmentForm } from '../../src/core/forms';
import { cellValue } from '../../src/core/snapshot';
import { parseCell } from '../../src/core/address';
import { DEMO_REPORT, DEMO_WORKBOOK, demoSource } from '../../src/cli/commands/demo';
import { UsageError } from '../../src/cli/args';
import { run, tempDir } from './helpers';

describe('jixiao demo', () => {
  it('writes the example workbook (four forms, filled, marked) and the report', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await run(dir, 'demo', '--out-dir', dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('找到 4 张申报表');
      expect(r.stdout).toContain('吴中市科工贸和信息化局');

      const { workbook } = await loadWorkbookFile(join(dir, DEMO_WORKBOOK));
      const wb = readWorkbookSnapshot(workbook);
      const { forms } = recognizeWorkbook(wb);
      expect(forms.map((f) => f.kind).sort()).toEqual(['department', 'project', 'project', 'project']);
      const dept = forms.find((f): f is DepartmentForm => f.kind === 'department')!;
      expect(dept.projectExpenditure.value).toBeCloseTo(34.35, 6);
      const cell = parseCell(dept.projectExpenditure.cell!);
      const sheet = wb.sheets.find((s) => s.name === dept.sheet)!;
      expect(sheet.formulas[dept.projectExpenditure.cell!]).toMatch(/^=/);
      expect(cellValue(sheet, cell.row, cell.col)).toBeCloseTo(34.35, 6);
      // The marks' store travels with the example so that 清除标记 can undo them.
      expect(wb.sheets.some((s) => s.name.startsWith('jixiao_') && s.visibility === 'veryHidden')).toBe(true);

      const report = await loadWorkbookFile(join(dir, DEMO_REPORT));
      expect(report.workbook.worksheets.length).toBe(2);
      expect(report.workbook.worksheets[0].rowCount).toBeGreaterThan(10);
    } finally {
      cleanup();
    }
  }, 60000);
});

describe('jixiao demo --lang en', () => {
  it('says the same in English; the report is in English', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = await run(dir, 'demo', '--out-dir', dir, '--lang', 'en');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('1. Import: 4 forms found in the example text → sheets 部门整体, 业务工作经费');
      expect(r.stdout).toMatch(/3\. Check: 1 errors, \d+ warnings, \d+ notes; \d+ cells marked/);
      expect(r.stdout).toContain('   error 部门整体!B2  The department name');
      const { workbook } = await loadWorkbookFile(join(dir, DEMO_REPORT));
      expect(String(workbook.worksheets[0].getCell('A1').value)).toMatch(/[A-Za-z]/);
    } finally {
      cleanup();
    }
  });
});

describe('the built-in example data', () => {
  const root = join(__dirname, '..', '..');
  it('is found upwards from the sources and from the build', () => {
    const seed = join(root, 'test', 'fixtures', 'seed.txt');
    expect(demoSource(join(root, 'src', 'cli', 'commands'))).toBe(seed);
    expect(demoSource(join(root, 'build', 'cli'))).toBe(seed);
  });

  it('outside the project: a clear message, no crash', () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(() => demoSource(dir)).toThrow(UsageError);
      expect(() => demoSource(dir)).toThrow('找不到内置示例数据 test/fixtures/seed.txt');
    } finally {
      cleanup();
    }
  });
});
