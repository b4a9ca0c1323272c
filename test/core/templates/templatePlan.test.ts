import { offsetA1, parseCell, parseRange } from '../../../src/core/address';
import { SheetNameError } from '../../../src/core/errors';
import { checkPreconditions } from '../../../src/core/preconditions';
import type { EditOp, EditPlan } from '../../../src/core/plan';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { LABEL_FILL } from '../../../src/core/style';
import { buildTemplatePlan, defaultSheetName } from '../../../src/core/templates/buildPlan';
import type { FormKind } from '../../../src/core/templates/fields';
import { templateCells, templateLayout } from '../../../src/core/templates/layout';
import type { Level } from '../../../src/core/templates/level';
import {
  DEPARTMENT_FIELDS,
  DEPARTMENT_KEY_TASK_ROWS,
  DEPARTMENT_TARGETS,
  PROJECT_TARGETS,
  TARGET_FORMAT,
  DEPARTMENT_VALIDATIONS,
  departmentLabels,
  PROJECT_FIELDS,
  PROJECT_LABELS,
  PROJECT_VALIDATIONS,
} from './expected';
import { byAddress, SimSheet } from './simulate';

interface Case {
  kind: FormKind;
  anchor: string;
  level: Level;
  labels: [string, string][];
  fields: [string, string, string | undefined][];
  validations: [string, string[], boolean][];
  /** The whole form and the bordered table at A1. */
  form: string;
  table: string;
  /** The 指标值 cells at A1. */
  targets: string;
}

const dept = (level: Level): Omit<Case, 'anchor'> => ({
  kind: 'department',
  level,
  labels: departmentLabels(level),
  fields: DEPARTMENT_FIELDS,
  validations: DEPARTMENT_VALIDATIONS,
  form: 'A1:E29',
  table: 'A2:E27',
  targets: DEPARTMENT_TARGETS,
});
const proj = (level: Level): Omit<Case, 'anchor'> => ({
  kind: 'project',
  level,
  labels: PROJECT_LABELS,
  fields: PROJECT_FIELDS,
  validations: PROJECT_VALIDATIONS,
  form: 'A1:F25',
  table: 'A2:F22',
  targets: PROJECT_TARGETS,
});

const CASES: Case[] = [
  { ...dept('市'), anchor: 'A1' },
  { ...dept('县'), anchor: 'C5' },
  { ...dept('省'), anchor: 'C5' },
  { ...dept('区'), anchor: 'A1' },
  { ...proj('市'), anchor: 'A1' },
  { ...proj('县'), anchor: 'C5' },
];

function shift(c: Case): (a1: string) => string {
  const at = parseCell(c.anchor);
  return (a1) => offsetA1(a1, at.row - 1, at.col - 1);
}

function render(plan: EditPlan, sheet = 'S'): SimSheet {
  const sim = new SimSheet(sheet);
  sim.apply(plan, { growStraddling: true });
  return sim;
}

function opsOf<K extends EditOp['kind']>(plan: EditPlan, kind: K): Extract<EditOp, { kind: K }>[] {
  return plan.ops.filter((o): o is Extract<EditOp, { kind: K }> => o.kind === kind);
}

describe.each(CASES)('$kind form at $anchor, level $level', (c) => {
  const at = shift(c);
  const plan = buildTemplatePlan(c.kind, { sheet: 'S', anchor: c.anchor, newSheet: true, level: c.level });
  const sim = render(plan);

  test('every label sits at its cell with its text', () => {
    for (const [area, text] of c.labels) expect([area, sim.get(at(area).split(':')[0])]).toEqual([area, text]);
  });

  test('no other cell holds anything', () => {
    const expected = new Set(c.labels.map(([a]) => at(a).split(':')[0]));
    const filled = [...sim.cells.keys()].map((k) => {
      const [r, col] = k.split(',').map(Number);
      return offsetA1('A1', r - 1, col - 1);
    });
    expect(filled.sort(byAddress)).toEqual([...expected].sort(byAddress));
  });

  test('the merged areas are exactly the multi-cell labels and fields', () => {
    const expected = [...c.labels, ...c.fields].map(([a]) => a).filter((a) => a.includes(':'));
    expect(sim.mergeList()).toEqual(expected.map(at).sort(byAddress));
  });

  test('drop-downs: addresses, items, strictness', () => {
    expect(opsOf(plan, 'listValidation').map((v) => [v.address, v.items, v.strict])).toEqual(
      c.validations.map(([a, items, strict]) => [at(a), items, strict]),
    );
  });

  test('field cells: layout address, number format, white and not bold', () => {
    const layout = templateLayout(c.kind, c.anchor);
    for (const [area, field, format] of c.fields) {
      const cell = at(area).split(':')[0];
      expect([field, (layout.fields as Record<string, string>)[field]]).toEqual([field, cell]);
      const style = sim.styleAt(cell);
      expect([field, style.numberFormat]).toEqual([field, format]);
      expect([field, style.fill, style.font?.bold]).toEqual([field, undefined, undefined]);
    }
    expect(Object.keys(layout.fields).sort()).toEqual(c.fields.map(([, f]) => f).sort());
  });

  test('labels are bold SimSun with the light fill; the title is 16 bold; notes have no border', () => {
    for (const [area, text] of c.labels) {
      const cell = at(area).split(':')[0];
      const style = sim.styleAt(cell);
      expect(style.font?.name).toBe('SimSun');
      if (text.endsWith('申报表')) expect([style.font?.size, style.font?.bold, style.border]).toEqual([16, true, undefined]);
      else if (/^(备注|\d\.)/.test(text)) expect([style.border, style.fill]).toEqual([undefined, undefined]);
      else if (/指标$/.test(text) && !/^[一二三]级指标$|^绩效指标$/.test(text))
        expect([text, style.fill, style.border]).toEqual([text, undefined, 'thin']);
      else expect([text, style.font?.bold, style.fill, style.border]).toEqual([text, true, LABEL_FILL, 'thin']);
    }
  });

  test('thin borders over the whole table and wrapping everywhere', () => {
    const t = parseRange(at(c.table));
    for (let r = t.top; r <= t.bottom; r++) {
      for (let col = t.left; col <= t.right; col++) {
        const a1 = offsetA1('A1', r - 1, col - 1);
        expect([a1, sim.styleAt(a1).border, sim.styleAt(a1).wrap === true || sim.styleAt(a1).numberFormat !== undefined]).toEqual([a1, 'thin', true]);
      }
    }
  });

  test('指标值 cells, and no other cell of the form, are in the text format', () => {
    const targets = parseRange(at(c.targets));
    const f = parseRange(at(c.form));
    for (let r = f.top; r <= f.bottom; r++) {
      for (let col = f.left; col <= f.right; col++) {
        const a1 = offsetA1('A1', r - 1, col - 1);
        const isTarget = r >= targets.top && r <= targets.bottom && col >= targets.left && col <= targets.right;
        expect([a1, sim.styleAt(a1).numberFormat === TARGET_FORMAT]).toEqual([a1, isTarget]);
      }
    }
  });

  test('the indicator skeleton: every 一级 and 二级, one empty 三级 row each', () => {
    const ind = templateLayout(c.kind, c.anchor).indicators;
    expect(ind.blocks.map((b) => [b.category, b.subcategories.map((s) => s.name)])).toEqual([
      ['成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
      ['产出指标', ['数量指标', '质量指标', '时效指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
    expect(ind.lastRow - ind.firstRow + 1).toBe(11);
    for (const b of ind.blocks) {
      for (const s of b.subcategories) {
        expect(s.lastRow).toBe(s.firstRow);
        expect(sim.get(offsetA1('A1', s.firstRow - 1, ind.subcategoryCol - 1))).toBe(s.name);
        expect(sim.get(offsetA1('A1', s.firstRow - 1, ind.indicatorCol - 1))).toBe('');
      }
    }
    expect(ind.labelCell).toBe(at(c.kind === 'department' ? 'A16' : 'A11'));
    expect([ind.left, ind.right, ind.width]).toEqual([
      parseCell(c.anchor).col,
      parseCell(c.anchor).col + (c.kind === 'department' ? 4 : 5),
      c.kind === 'department' ? 5 : 6,
    ]);
    expect(ind.valueCols.map((v) => v.key)).toEqual(c.kind === 'department' ? ['target'] : ['periodTarget', 'annualTarget']);
  });

  test('new sheet: sheet added first, widths and print setup, preconditions, first field selected', () => {
    expect(plan.preconditions).toEqual([{ kind: 'sheetAbsent', sheet: 'S' }, { kind: 'structureWritable' }]);
    expect(plan.ops[0]).toEqual({ kind: 'addSheet', sheet: 'S' });
    expect(opsOf(plan, 'columnWidth').map((w) => w.col)).toEqual(
      Array.from({ length: c.kind === 'department' ? 5 : 6 }, (_, i) => parseCell(c.anchor).col + i),
    );
    expect(opsOf(plan, 'printSetup')).toEqual([
      { kind: 'printSetup', sheet: 'S', setup: { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: at(c.form) } },
    ]);
    expect(plan.ops[plan.ops.length - 1]).toEqual({ kind: 'activate', sheet: 'S', select: at(c.kind === 'department' ? 'B2' : 'C2') });
  });

  test('existing sheet: writable and the whole form area empty; columns and printing left alone', () => {
    const p = buildTemplatePlan(c.kind, { sheet: 'Mine', anchor: c.anchor, newSheet: false, level: c.level });
    expect(p.preconditions).toEqual([
      { kind: 'sheetWritable', sheet: 'Mine' },
      { kind: 'areaEmpty', sheet: 'Mine', address: at(c.form) },
    ]);
    expect(p.ops.map((o) => o.kind)).not.toContain('addSheet');
    expect(p.ops.map((o) => o.kind)).not.toContain('columnWidth');
    expect(p.ops.map((o) => o.kind)).not.toContain('printSetup');
    expect(render(p).mergeList()).toEqual(sim.mergeList());
  });

  test('row heights: the title row and the goal rows are tall enough', () => {
    const heights = new Map(opsOf(plan, 'rowHeight').map((h) => [h.row, h.height]));
    expect(heights.get(parseCell(c.anchor).row)).toBe(30);
    const goal = parseCell(at(c.kind === 'department' ? 'B10' : 'C10')).row;
    expect(heights.get(goal)).toBe(57); // four lines of 14.25 pt kept for typing
  });
});

describe('template details', () => {
  test('the spec lists every labelled cell for a colleague to enumerate', () => {
    const cells = templateCells('project', 'C5');
    const labels = cells.filter((c) => c.role === 'label').map((c) => [c.address, c.text]);
    expect(labels).toContainEqual(['C13:D14', '总体绩效目标']);
    expect(cells.filter((c) => c.role === 'field').map((c) => c.field)).toEqual(PROJECT_FIELDS.map(([, f]) => f));
  });

  test('prefilled department fields land in their cells as numbers and text, with more key-task rows when needed', () => {
    const tasks = Array.from({ length: 5 }, (_, i) => ({ name: `任务${i + 1}`, content: '内容', plannedFunds: i + 0.5, expectedResult: '目标' }));
    const plan = buildTemplatePlan('department', {
      sheet: '部门整体',
      newSheet: true,
      anchor: 'B2',
      fields: { departmentName: '吴中市科工贸和信息化局', fundedStaff: 101, basicExpenditure: 739.02, overallGoal: '目标', keyTasks: tasks },
    });
    const sim = render(plan, '部门整体');
    const layout = templateLayout('department', 'B2', { keyTaskRows: 5 });
    expect(layout.keyTasks).toHaveLength(5);
    expect(sim.get(layout.fields.departmentName)).toBe('吴中市科工贸和信息化局');
    expect(sim.get(layout.fields.fundedStaff)).toBe(101);
    expect(sim.get(layout.fields.basicExpenditure)).toBe(739.02);
    expect(sim.get(layout.fields.projectExpenditure)).toBe('');
    expect(tasks.map((_, i) => sim.get(layout.keyTasks[i].plannedFunds))).toEqual([0.5, 1.5, 2.5, 3.5, 4.5]);
    expect(sim.get(layout.keyTasks[4].name)).toBe('任务5');
    expect(sim.styleAt(layout.keyTasks[4].plannedFunds).numberFormat).toBe('#,##0.00##');
    // The rows below moved down by two: 年度重点工作任务 spans six rows, the 备注 lines follow the table.
    expect(sim.mergeList()).toContain('B12:B17');
    expect(sim.get(layout.indicators.labelCell)).toBe('绩效指标');
    expect(layout.range).toBe('B2:F32');
  });

  test('key-task rows: default 3, configurable, bad counts refused', () => {
    expect(templateLayout('department').keyTasks.map((t) => t.name)).toEqual(DEPARTMENT_KEY_TASK_ROWS.map((r) => `B${r}`));
    expect(templateLayout('department', 'A1', { keyTaskRows: 1 }).keyTasks).toEqual([
      { name: 'B12', content: 'C12', plannedFunds: 'D12', expectedResult: 'E12' },
    ]);
    expect(() => buildTemplatePlan('department', { sheet: 'S', newSheet: true, keyTaskRows: 0 })).toThrow(RangeError);
  });

  test('prefilled project fields and a long overview get a taller row', () => {
    const overview = '用于单位各项业务的工作经费。'.repeat(8);
    const plan = buildTemplatePlan('project', {
      sheet: '业务工作经费',
      newSheet: true,
      fields: { projectName: '业务工作经费', startYear: 2025, endYear: 2025, totalBudget: 18.24, annualBudget: 18.24, overview },
    });
    const sim = render(plan);
    expect([sim.get('C2'), sim.get('D6'), sim.get('F6'), sim.get('D7'), sim.get('F7'), sim.get('C8')]).toEqual([
      '业务工作经费',
      2025,
      2025,
      18.24,
      18.24,
      overview,
    ]);
    // 112 CJK characters = 224 units in C:F (22+26+18+18 = 84 units, 83 usable) → 3 lines.
    expect(sim.heights.get(8)).toBe(42.75);
  });

  test('a workbook check: the new-sheet plan is refused when the name is taken; the existing-sheet plan when the area is used', () => {
    const wb: WorkbookSnapshot = {
      structureProtected: false,
      capabilities: { notes: true, mergedAreas: true, pageLayout: true },
      sheets: [
        {
          name: 'S',
          index: 0,
          visibility: 'visible',
          protected: false,
          read: true,
          origin: { row: 10, col: 3 },
          values: [['x']],
          formulas: {},
          merges: [],
        },
      ],
    };
    const fresh = buildTemplatePlan('project', { sheet: 's', newSheet: true });
    expect(checkPreconditions(fresh, wb).violations).toEqual([{ kind: 'sheetExists', sheet: 's' }]);
    const into = buildTemplatePlan('project', { sheet: 'S', newSheet: false, anchor: 'C5' });
    expect(checkPreconditions(into, wb).violations).toEqual([{ kind: 'cellOccupied', sheet: 'S', cell: 'C10', value: 'x' }]);
    const beside = buildTemplatePlan('project', { sheet: 'S', newSheet: false, anchor: 'D1' });
    expect(checkPreconditions(beside, wb).violations).toEqual([]);
  });

  test('bad input: unusable sheet name, a form that runs off the sheet', () => {
    expect(() => buildTemplatePlan('project', { sheet: 'a/b', newSheet: true })).toThrow(SheetNameError);
    expect(() => buildTemplatePlan('project', { sheet: 'S', newSheet: false, anchor: 'XFA1' })).toThrow(RangeError);
    expect(() => buildTemplatePlan('project', { sheet: 'S', newSheet: false, anchor: 'A1048570' })).toThrow(RangeError);
  });

  test('default sheet names', () => {
    expect(defaultSheetName('department', { departmentName: '某局' })).toBe('部门整体');
    expect(defaultSheetName('project', { projectName: ' 科技月活动经费 ' })).toBe('科技月活动经费');
    expect(defaultSheetName('project', {})).toBe('项目');
  });

  test('sheetSetup can be asked for on an existing sheet', () => {
    const p = buildTemplatePlan('project', { sheet: 'S', newSheet: false, sheetSetup: true });
    expect(opsOf(p, 'columnWidth').map((w) => w.width)).toEqual([10, 14, 22, 26, 18, 18]);
    expect(opsOf(p, 'printSetup')).toHaveLength(1);
  });
});
