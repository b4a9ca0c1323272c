import { buildImportPlan, noteExplanation, planImport, type ImportPreview } from '../../../src/core/import';
import { sheetsTouchedBy, type EditOp, type EditPlan } from '../../../src/core/plan';
import { readFixture } from '../../fixtures/forms/seedForms';
import { SimSheet } from '../templates/simulate';

const seed = planImport([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]);

function opsOf<K extends EditOp['kind']>(plan: EditPlan, kind: K): Extract<EditOp, { kind: K }>[] {
  return plan.ops.filter((o): o is Extract<EditOp, { kind: K }> => o.kind === kind);
}

function sheetOf(plan: EditPlan, sheet: string): SimSheet {
  const sim = new SimSheet(sheet);
  sim.apply({ preconditions: [], ops: plan.ops.filter((o) => 'sheet' in o && o.sheet === sheet) }, { growStraddling: true });
  return sim;
}

describe('the plan for the seed, on a workbook that already has 部门整体 and 导入说明', () => {
  const existing = ['Sheet1', '部门整体', '导入说明'];
  const { plan, sheets, notesSheet } = buildImportPlan(seed, existing);

  test('one new sheet per form and one for the notes, with names not taken', () => {
    expect(sheets).toEqual(['部门整体 (2)', '业务工作经费', '非转经工作经费（当年）', '科技月活动经费']);
    expect(notesSheet).toBe('导入说明 (2)');
    expect(opsOf(plan, 'addSheet').map((o) => o.sheet)).toEqual([...sheets, notesSheet]);
  });

  test('every sheet must be absent and the structure writable; no existing sheet is touched', () => {
    expect(plan.preconditions).toEqual([
      { kind: 'structureWritable' },
      ...[...sheets, notesSheet].map((sheet) => ({ kind: 'sheetAbsent', sheet })),
    ]);
    const touched = sheetsTouchedBy(plan).map((s) => s.toLowerCase());
    for (const name of existing) expect(touched).not.toContain(name.toLowerCase());
  });

  test('the first form is shown at the end, once', () => {
    expect(opsOf(plan, 'activate')).toEqual([{ kind: 'activate', sheet: '部门整体 (2)', select: 'B2' }]);
    expect(plan.ops[plan.ops.length - 1].kind).toBe('activate');
  });

  test('the notes sheet lists each note, naming the sheet its form was finally created on', () => {
    const sim = sheetOf(plan, '导入说明 (2)');
    expect(sim.get('A1')).toBe('导入说明');
    expect(['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'G3'].map((a) => sim.get(a))).toEqual(['序号', '来源', '位置', '导入到', '栏目', '内容', '说明']);
    const rows = seed.unplaced.map((_, i) => ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => sim.get(`${c}${i + 4}`)));
    expect(rows[0]).toEqual([1, 'seed.txt', '第118行第7列', '非转经工作经费（当年）', '采购规范性', '符合规范', '超出标准表的指标值列，未导入']);
    expect(rows).toHaveLength(7);
    expect(sim.get('A11')).toBe('');
    expect(sim.mergeList()).toEqual(['A1:G1', 'A2:G2']);
    expect(sim.styleAt('A3').font?.bold).toBe(true);
    expect(sim.styleAt('F10').border).toBe('thin');
  });

  test('the department form keeps its 本级 and its indicators; 添加 rows where a 二级 has several', () => {
    const sim = sheetOf(plan, '部门整体 (2)');
    expect(sim.get('A1')).toBe('市级部门整体预算绩效目标申报表');
    expect(sim.get('B2')).toBe('吴中市科工贸和信息化局');
    expect(sim.get('B12')).toBe('外经贸工作');
    expect(sim.get('B17')).toBe('商贸工作');
  });
});

test('the notes name the form by the sheet it was created on, and explain themselves', () => {
  const shanghai = planImport([{ kind: 'text', source: '普陀.txt', text: readFixture('example-shanghai-putuo.txt') }]);
  const { plan, sheets, notesSheet } = buildImportPlan(shanghai, ['兰溪路-真南路下立交工程']);
  expect(sheets).toEqual(['兰溪路-真南路下立交工程 (2)']);
  const sim = sheetOf(plan, notesSheet!);
  expect(sim.get('D4')).toBe('兰溪路-真南路下立交工程 (2)');
  expect(sim.get('G7')).toBe('标准表中没有此栏目，未导入：金额单位：元，合 77,132.58 万元');
  expect(noteExplanation(shanghai.unplaced[0])).toBe('原表标题：已换为标准表标题「项目支出绩效目标申报表」');
});

test('nothing unplaced: no notes sheet; nothing at all: an empty plan', () => {
  // The last project form without its title line: found by its first label.
  const clean = planImport([{ kind: 'text', source: 'x.txt', text: readFixture('seed.txt').split('## 项目支出绩效目标申报表')[3] }]);
  expect(clean.unplaced).toEqual([]);
  const { plan, notesSheet } = buildImportPlan(clean, []);
  expect(notesSheet).toBeNull();
  expect(opsOf(plan, 'addSheet').map((o) => o.sheet)).toEqual(['科技月活动经费']);
  const empty: ImportPreview = { forms: [], unplaced: [] };
  expect(buildImportPlan(empty, ['Sheet1'])).toEqual({ plan: { preconditions: [], ops: [] }, sheets: [], notesSheet: null });
});
