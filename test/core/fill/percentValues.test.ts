/**
 * 汇总 copies 指标值 as the user sees them: 0.98 in a project's `0%` cell is copied as the text `98%`
 * (what was typed), not as 0.98. The simulated workbook keeps displayed texts with their cells.
 */
import { cellA1 } from '../../../src/core/address';
import { planFill, simulatePlan } from '../../../src/core/fill';
import { validateWorkbook } from '../../../src/core/rules';
import { cellValue, displayText, findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/core/snapshot';
import { departmentText, projectText, type Row } from '../rules/forms';
import { bookOf, sheet } from './books';

const DEPT_ROWS: Row[] = [
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
];
const PROJECT_ROWS: Row[] = [
  ['产出指标', '数量指标', '培训人数', '≥100人', '≥100人'],
  ['', '质量指标', '预算执行率', 'PERIOD', 'THISYEAR'],
  ['', '时效指标', '完成时间', '2025年12月底前', 'DUE'],
];

/** The cell holding `marker` set to `value`, displayed as `shown` when given. */
function setCell(s: SheetSnapshot, marker: string, value: CellValue, shown?: string): SheetSnapshot {
  const texts = { ...(s.texts ?? {}) };
  const values = s.values.map((line, r) =>
    line.map((v, c) => {
      if (v !== marker) return v;
      if (shown !== undefined) texts[cellA1(s.origin.row + r, s.origin.col + c)] = shown;
      return value;
    }),
  );
  return { ...s, values, texts };
}

function book(): WorkbookSnapshot {
  const dept = departmentText({ rows: DEPT_ROWS, project: '0' });
  let p = sheet('甲', projectText({ projectName: '甲', rows: PROJECT_ROWS }), []);
  p = setCell(p, 'PERIOD', 0.98, '98%');
  // Typed 98.5% in Excel: 0.985 shown through 0.0%.
  p = setCell(p, 'THISYEAR', 0.985, '98.5%');
  // A date typed in a cell: the serial shown as 2025/12/31.
  p = setCell(p, 'DUE', 46022, '2025/12/31');
  return bookOf([sheet('部门', dept, []), p]);
}

function deptRow(wb: WorkbookSnapshot, name: string): number {
  const s = findSheet(wb, '部门')!;
  for (let r = s.origin.row; r < s.origin.row + s.values.length; r++) if (cellValue(s, r, 4) === name) return r;
  throw new Error(`no row ${name}`);
}

describe('汇总 copies formatted numbers as displayed', () => {
  const wb = book();
  const r = planFill(wb);
  const after = simulatePlan(wb, r.plan);

  test('the 当年度指标值 98.5% (0.985 in 0.0%) and a date are written as their text', () => {
    const written = r.changes.filter((c) => c.sheet === '部门' && c.kind === 'indicator').map((c) => c.after);
    expect(written).toEqual(expect.arrayContaining(['预算执行率', '98.5%', '完成时间', '2025/12/31']));
    expect(written).not.toContain(0.985);
    const row = deptRow(after, '预算执行率');
    expect(cellValue(findSheet(after, '部门')!, row, 5)).toBe('98.5%');
    expect(cellValue(findSheet(after, '部门')!, deptRow(after, '完成时间'), 5)).toBe('2025/12/31');
  });

  test('validation after the fill reads 98.5%: no unit missing', () => {
    const row = deptRow(after, '预算执行率');
    const at = (f: { sheet: string | null; cell: string | null }) => f.sheet === '部门' && f.cell === `E${row}`;
    expect(validateWorkbook(after).findings.filter(at).map((f) => f.rule)).not.toContain('value.unit-missing');
  });

  test('a project typing the text 98.5% and one typing 98.5% into a 0.0% cell agree: no conflict', () => {
    const other = sheet('乙', projectText({ projectName: '乙', rows: [['产出指标', '质量指标', '预算执行率', '98.5%', '98.5%']] }), []);
    const two = bookOf([...wb.sheets, { ...other, index: 2 }]);
    const planned = planFill(two);
    expect(planned.findings.filter((f) => f.rule === 'fill.value-conflict')).toEqual([]);
    const row = deptRow(simulatePlan(two, planned.plan), '预算执行率');
    expect(planned.changes.find((c) => c.cell === `E${row}`)?.after).toBe('98.5%');
  });

  test('filling again changes nothing', () => {
    expect(planFill(after).changes).toEqual([]);
  });

  test('the department cell retyped as 98.5% (0.985 in 0.0%) is still ours and unchanged', () => {
    const row = deptRow(after, '预算执行率');
    const dept = findSheet(after, '部门')!;
    const retyped = setCell(dept, '98.5%', 0.985, '98.5%');
    expect(displayText(retyped, row, 5)).toBe('98.5%');
    const wb2 = { ...after, sheets: after.sheets.map((s) => (s === dept ? retyped : s)) };
    expect(planFill(wb2).changes).toEqual([]);
  });

  test('a number in General is copied as a number', () => {
    let p = sheet('甲', projectText({ projectName: '甲', rows: PROJECT_ROWS }), []);
    p = setCell(setCell(setCell(p, 'PERIOD', 98), 'THISYEAR', 98), 'DUE', 46022);
    const plain = bookOf([sheet('部门', departmentText({ rows: DEPT_ROWS, project: '0' }), []), p]);
    const written = planFill(plain).changes.filter((c) => c.kind === 'indicator').map((c) => c.after);
    expect(written).toEqual(expect.arrayContaining(['预算执行率', 98, 46022]));
  });
});

describe('simulatePlan keeps displayed texts with their cells', () => {
  const s: SheetSnapshot = {
    ...sheet('S', 'a', []),
    values: [['a', ''], ['', ''], ['', ''], ['', ''], [0.5, 0.25]],
    texts: { A5: '50%', B5: '25%' },
  };
  const wb = bookOf([s]);

  test('inserted rows move them; a written cell loses its text', () => {
    const after = simulatePlan(wb, {
      preconditions: [],
      ops: [
        { kind: 'insertRows', sheet: 'S', at: 3, count: 2 },
        { kind: 'values', sheet: 'S', address: 'B7', values: [[0.3]] },
      ],
    });
    const t = findSheet(after, 'S')!;
    expect(t.texts).toEqual({ A7: '50%' });
    expect([displayText(t, 7, 1), displayText(t, 7, 2)]).toEqual(['50%', '0.3']);
  });

  test('a sheet without texts stays without', () => {
    const plain = bookOf([{ ...s, texts: undefined }]);
    const after = simulatePlan(plain, { preconditions: [], ops: [{ kind: 'insertRows', sheet: 'S', at: 1, count: 1 }] });
    expect(findSheet(after, 'S')!.texts).toBeUndefined();
  });
});
