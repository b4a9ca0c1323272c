/**
 * Cells typed as percentages: Excel stores `120%` as 1.2 in a `0%` format, and the snapshot carries
 * the displayed text (`texts`). Recognition reads indicator values and text fields as displayed;
 * amounts and years keep their number.
 */
import { cellA1 } from '../../../src/core/address';
import { recognizeWorkbook, snapshotFromText, type DepartmentForm, type ProjectForm } from '../../../src/core/forms';
import { validateWorkbook } from '../../../src/core/rules';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { workbookOf } from '../../fixtures/forms/seedForms';
import { CLEAN_DEPARTMENT_ROWS, CLEAN_PROJECT_ROWS, departmentText, projectText } from '../rules/forms';

/** The sheet with the cell now holding `text` set to the number `value`, displayed as `shown` (or not). */
function typedAsNumber(sheet: SheetSnapshot, text: string, value: number, shown: string | null): { sheet: SheetSnapshot; cell: string } {
  let cell = '';
  const values = sheet.values.map((line, r) =>
    line.map((v, c): CellValue => {
      if (v !== text) return v;
      cell = cellA1(sheet.origin.row + r, sheet.origin.col + c);
      return value;
    }),
  );
  if (cell === '') throw new Error(`no cell holds ${text}`);
  return { sheet: { ...sheet, values, ...(shown === null ? {} : { texts: { ...(sheet.texts ?? {}), [cell]: shown } }) }, cell };
}

function departmentWith(shown: string | null) {
  // 企业满意度 under 服务对象满意度指标, typed 120%: Excel keeps 1.2 in a `0%` format.
  const text = departmentText({ rows: [...CLEAN_DEPARTMENT_ROWS, ['', '服务对象满意度指标', '企业满意度', '120%']] });
  return typedAsNumber(snapshotFromText(text, { sheetName: '部门' }), '120%', 1.2, shown);
}

describe('an indicator value typed as a percentage', () => {
  test('reads as displayed: 1.2 in a 0% cell is 120%, and value.percent-range quotes it', () => {
    const { sheet, cell } = departmentWith('120%');
    expect(cell).toBe('E22');
    const wb = workbookOf([sheet]);
    const form = recognizeWorkbook(wb).forms[0] as DepartmentForm;
    const ind = form.indicators.find((i) => i.name.text === '企业满意度')!;
    expect(ind.target).toEqual({ value: '120%', text: '120%', cell: 'E22', labelCell: 'E15' });

    const findings = validateWorkbook(wb).findings.filter((f) => f.cell === 'E22');
    const range = findings.find((f) => f.rule === 'value.percent-range');
    expect(range).toMatchObject({ sheet: '部门', cell: 'E22', severity: 'error', indicator: '企业满意度' });
    expect(range!.message).toContain('120%');
    expect(range!.message).toContain('满意度不应超过 100%');
    expect(findings.map((f) => f.rule)).not.toContain('value.unit-missing');
  });

  test('without the displayed text the raw 1.2 is what is read (the bug this fixes)', () => {
    const { sheet } = departmentWith(null);
    const findings = validateWorkbook(workbookOf([sheet])).findings.filter((f) => f.cell === 'E22');
    expect(findings.map((f) => f.rule)).not.toContain('value.percent-range');
    expect(findings.find((f) => f.rule === 'value.unit-missing')?.message).toContain('1.2');
  });
});

describe('project forms: indicator values and fields', () => {
  const base = snapshotFromText(
    projectText({
      start: 'START',
      total: 'TOTAL',
      annual: 'ANNUAL',
      rows: [...CLEAN_PROJECT_ROWS, ['', '质量指标', '预算执行率', 'PERIOD', 'THISYEAR']],
    }),
    { sheetName: '项目' },
  );

  test('实施周期 and 当年度指标值 read as displayed; an amount in a percent format keeps its number', () => {
    const start = typedAsNumber(base, 'START', 2025, '202500%');
    const { sheet: withPeriod, cell: period } = typedAsNumber(start.sheet, 'PERIOD', 0.98, '98%');
    const annual = typedAsNumber(withPeriod, 'THISYEAR', 0.98, '98.00%');
    // Amounts written as numbers in a percent format (odd): still 10 万元.
    const total = typedAsNumber(annual.sheet, 'TOTAL', 10, '1000%');
    const sheet = typedAsNumber(total.sheet, 'ANNUAL', 10, '1000%').sheet;
    const form = recognizeWorkbook(workbookOf([sheet])).forms[0] as ProjectForm;
    const ind = form.indicators.find((i) => i.name.text === '预算执行率')!;
    expect([ind.periodTarget.cell, ind.periodTarget.text, ind.periodTarget.value]).toEqual([period, '98%', '98%']);
    expect([ind.annualTarget.cell, ind.annualTarget.text, ind.annualTarget.value]).toEqual([annual.cell, '98.00%', '98.00%']);
    expect([form.totalBudget.value, form.totalBudget.text]).toEqual([10, '1000%']);
    expect(form.annualBudget.value).toBe(10);
    expect(form.startYear.value).toBe(2025);

    const findings = validateWorkbook(workbookOf([sheet])).findings;
    expect(findings.filter((f) => f.cell === period || f.cell === annual.cell).map((f) => f.rule)).not.toContain('value.unit-missing');
  });

  test('a text field holding a formatted number reads as displayed', () => {
    const { sheet, cell } = typedAsNumber(base, '技能培训经费', 0.5, '50%');
    const form = recognizeWorkbook(workbookOf([sheet])).forms[0] as ProjectForm;
    expect(form.projectName).toMatchObject({ value: '50%', text: '50%', cell });
  });

  test('a year in a date format keeps its year; its text is the date as shown', () => {
    const { sheet, cell } = typedAsNumber(base, 'START', 46022, '2025/12/31');
    const form = recognizeWorkbook(workbookOf([sheet])).forms[0] as ProjectForm;
    expect(form.startYear).toMatchObject({ value: 2025, text: '2025/12/31', cell });
  });

  test('a date in a 1904 workbook reads with the year its host showed', () => {
    // 44560 is 2025-12-31 counted from 1904 (2021-12-30 counted from 1900).
    const { sheet, cell } = typedAsNumber(base, 'START', 44560, '2025/12/31');
    const form = recognizeWorkbook(workbookOf([sheet])).forms[0] as ProjectForm;
    expect(form.startYear).toMatchObject({ value: 2025, text: '2025/12/31', cell });
  });
});
