import type { Finding, Severity } from '../../src/core/findings';
import { countBySeverity, groupFindings } from '../../src/taskpane/findingGroups';
import type { FoundForm } from '../../src/taskpane/operations';

function f(sheet: string | null, cell: string | null, severity: Severity, form: number | null, rule = 'x.y'): Finding {
  return { rule, severity, sheet, cell, cells: cell ? [cell] : [], form, indicator: null, value: null, message: `${sheet}!${cell}`, messageEn: '' };
}

const forms: FoundForm[] = [
  { sheet: '部门', kind: 'department', name: '某局', range: 'A1:F40' },
  { sheet: '项目', kind: 'project', name: '甲项目', range: 'A1:H30' },
  { sheet: '项目', kind: 'project', name: '乙项目', range: 'A32:H60' },
];

const findings: Finding[] = [
  f('项目', 'C40', 'warning', 2),
  f('零散', 'B2', 'info', null),
  f('项目', 'B5', 'info', 1),
  f('部门', 'D10', 'warning', 0),
  f('项目', 'AA3', 'error', 1),
  f('项目', 'C3', 'error', 1),
  f(null, null, 'error', null, 'workbook.no-form'),
  f('项目', 'Z70', 'warning', null),
  f('部门', 'C9', 'warning', 0),
];

const cellsOf = (g: { findings: Finding[] }) => g.findings.map((x) => x.cell);

describe('groupFindings', () => {
  test('workbook first, then the forms in order, a sheet’s findings outside its forms after them', () => {
    const groups = groupFindings(findings, forms, new Set());
    expect(groups.map((g) => [g.sheet, g.form?.name ?? null])).toEqual([
      [null, null],
      ['部门', '某局'],
      ['项目', '甲项目'],
      ['项目', '乙项目'],
      ['项目', null],
      ['零散', null],
    ]);
    // Errors first, then by row and column.
    expect(cellsOf(groups[1])).toEqual(['C9', 'D10']);
    expect(cellsOf(groups[2])).toEqual(['C3', 'AA3', 'B5']);
  });

  test('only the shown severities', () => {
    const groups = groupFindings(findings, forms, new Set<Severity>(['info']));
    expect(groups.map((g) => [g.sheet, cellsOf(g)])).toEqual([
      ['项目', ['B5']],
      ['零散', ['B2']],
    ]);
    expect(groupFindings(findings, forms, new Set<Severity>(['error', 'info'])).flatMap(cellsOf)).toEqual([null, 'C3', 'AA3', 'B5', 'B2']);
  });

  test('counts', () => {
    expect(countBySeverity(findings)).toEqual({ error: 3, warning: 4, info: 2 });
  });
});
