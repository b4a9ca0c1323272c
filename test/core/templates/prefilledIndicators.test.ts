import { recognizeSheet, type DepartmentForm, type ProjectForm } from '../../../src/core/forms';
import type { EditOp, EditPlan } from '../../../src/core/plan';
import { planAddIndicatorRow } from '../../../src/core/templates/addIndicatorRow';
import { buildTemplatePlan } from '../../../src/core/templates/buildPlan';
import type { TemplateIndicator } from '../../../src/core/templates/fields';
import { indicatorRowCounts } from '../../../src/core/templates/indicatorRows';
import { templateLayout } from '../../../src/core/templates/layout';
import { TARGET_FORMAT } from './expected';
import { SimSheet } from './simulate';

function render(plan: EditPlan): SimSheet {
  const sim = new SimSheet('S');
  sim.apply(plan, { growStraddling: true });
  return sim;
}

function opsOf<K extends EditOp['kind']>(plan: EditPlan, kind: K): Extract<EditOp, { kind: K }>[] {
  return plan.ops.filter((o): o is Extract<EditOp, { kind: K }> => o.kind === kind);
}

const PROJECT_INDICATORS: TemplateIndicator[] = [
  { category: '产出指标', subcategory: '数量指标', name: '高新企业认定数量', periodTarget: '15个', annualTarget: '15个' },
  { category: '产出指标', subcategory: '数量指标', name: '支持外贸企业数', periodTarget: '3家', annualTarget: '3家' },
  { category: '产出指标', subcategory: '数量指标', name: '参展企业数量', periodTarget: '', annualTarget: '大于3家' },
  { category: '满意度指标', subcategory: '服务对象满意度指标', name: '企业满意度', periodTarget: '大于95%', annualTarget: '大于95%' },
  { category: '成本指标', subcategory: '经济成本指标', name: '财政资金投入成本', periodTarget: '95%以上', annualTarget: '95%以上' },
  { category: '', subcategory: '服务对象满意度指标', name: '企业或个人投诉率', periodTarget: '小于5%', annualTarget: '小于5%' },
];

describe('a project form prefilled with indicators', () => {
  const plan = buildTemplatePlan('project', { sheet: 'S', newSheet: true, fields: { indicators: PROJECT_INDICATORS } });
  const sim = render(plan);
  const layout = templateLayout('project', 'A1', { indicatorRows: indicatorRowCounts(PROJECT_INDICATORS) });
  const ind = layout.indicators;

  test('each 二级 block has as many rows as indicators, at least one', () => {
    const rows = ind.blocks.flatMap((b) => b.subcategories.map((s) => [s.name, s.firstRow, s.lastRow]));
    expect(rows).toEqual([
      ['经济成本指标', 12, 12],
      ['社会成本指标', 13, 13],
      ['生态环境成本指标', 14, 14],
      ['数量指标', 15, 17],
      ['质量指标', 18, 18],
      ['时效指标', 19, 19],
      ['经济效益指标', 20, 20],
      ['社会效益指标', 21, 21],
      ['生态效益指标', 22, 22],
      ['可持续影响指标', 23, 23],
      ['服务对象满意度指标', 24, 25],
    ]);
    expect(layout.range).toBe('A1:F28');
  });

  test('every 指标值 cell of the grown blocks is text, prefilled or not', () => {
    for (let r = ind.firstRow; r <= ind.lastRow; r++) {
      for (const v of ind.valueCols) expect([r, v.key, sim.styleAt(`${'ABCDEF'[v.col - 1]}${r}`).numberFormat]).toEqual([r, v.key, TARGET_FORMAT]);
    }
    expect(ind.lastRow).toBe(25);
  });

  test('names and values land in their rows, in the given order within a 二级', () => {
    const row = (r: number) => ['B', 'C', 'D', 'E', 'F'].map((c) => sim.get(`${c}${r}`));
    expect(row(12)).toEqual(['成本指标', '经济成本指标', '财政资金投入成本', '95%以上', '95%以上']);
    expect(row(15)).toEqual(['产出指标', '数量指标', '高新企业认定数量', '15个', '15个']);
    expect(row(16)).toEqual(['', '', '支持外贸企业数', '3家', '3家']);
    expect(row(17)).toEqual(['', '', '参展企业数量', '', '大于3家']);
    expect(row(18)).toEqual(['', '质量指标', '', '', '']);
    expect(row(24)).toEqual(['满意度指标', '服务对象满意度指标', '企业满意度', '大于95%', '大于95%']);
    expect(row(25)).toEqual(['', '', '企业或个人投诉率', '小于5%', '小于5%']);
    expect(sim.get('A26')).toMatch(/^备注：1\./);
  });

  test('merges: 绩效指标 over the table, each 一级 over its rows, a 二级 over its rows when it has several', () => {
    const merges = sim.mergeList();
    expect(merges).toEqual(expect.arrayContaining(['A11:A25', 'B12:B14', 'B15:B19', 'B20:B23', 'B24:B25', 'C15:C17', 'C24:C25']));
    expect(merges.filter((m) => /^C1[89]|^C2[0-3]/.test(m))).toEqual([]);
  });

  test('drop-downs cover the grown blocks', () => {
    expect(opsOf(plan, 'listValidation').map((v) => [v.address, v.items.length])).toEqual([
      ['C3:F3', 5],
      ['C4:F4', 2],
      ['B12:B25', 4],
      ['C12:C14', 3],
      ['C15:C19', 3],
      ['C20:C23', 4],
      ['C24:C25', 1],
    ]);
  });

  test('the new rows are styled like the others: borders, wrapping, name left, values centred', () => {
    for (const a1 of ['B16', 'C16', 'D16', 'E16', 'F16', 'D25']) expect([a1, sim.styleAt(a1).border]).toEqual([a1, 'thin']);
    expect(sim.styleAt('D16')).toMatchObject({ horizontal: 'left', wrap: true });
    expect(sim.styleAt('E16')).toMatchObject({ horizontal: 'center', wrap: true });
  });

  test('添加指标行 grows a prefilled block: the merged 二级 and its 一级 take the new row', () => {
    const grown = render(plan);
    grown.apply(planAddIndicatorRow(sim.snapshot(), { row: 16, col: 4 }), { growStraddling: true });
    expect(grown.mergeList()).toEqual(expect.arrayContaining(['A11:A26', 'B15:B20', 'C15:C18']));
    expect(['D17', 'D18', 'D19'].map((a1) => grown.get(a1))).toEqual(['参展企业数量', '', '']);
    expect(grown.get('C19')).toBe('质量指标');
  });

  test('recognition reads the indicators back under their 一级/二级', () => {
    const [form] = recognizeSheet(sim.snapshot()) as ProjectForm[];
    expect(form.indicators.map((i) => [i.category.value, i.subcategory.value, i.name.value, i.periodTarget.value, i.annualTarget.value])).toEqual([
      ['成本指标', '经济成本指标', '财政资金投入成本', '95%以上', '95%以上'],
      ['产出指标', '数量指标', '高新企业认定数量', '15个', '15个'],
      ['产出指标', '数量指标', '支持外贸企业数', '3家', '3家'],
      ['产出指标', '数量指标', '参展企业数量', null, '大于3家'],
      ['满意度指标', '服务对象满意度指标', '企业满意度', '大于95%', '大于95%'],
      ['满意度指标', '服务对象满意度指标', '企业或个人投诉率', '小于5%', '小于5%'],
    ]);
  });
});

describe('a department form prefilled with indicators', () => {
  test('takes the target column, with long names getting taller rows', () => {
    const long = '全年到企业进行安全生产检查次数'.repeat(3);
    const plan = buildTemplatePlan('department', {
      sheet: 'S',
      newSheet: true,
      fields: {
        indicators: [
          { category: '效益指标', subcategory: '生态效益指标', name: '生态环境改善', target: '比上年改善' },
          { category: '效益指标', subcategory: '生态效益指标', name: long, target: '大于12次' },
        ],
      },
    });
    const sim = render(plan);
    const [form] = recognizeSheet(sim.snapshot()) as DepartmentForm[];
    expect(form.indicators.map((i) => [i.subcategory.value, i.name.value, i.target.value])).toEqual([
      ['生态效益指标', '生态环境改善', '比上年改善'],
      ['生态效益指标', long, '大于12次'],
    ]);
    const row = form.indicators[1].row;
    expect(opsOf(plan, 'rowHeight').find((h) => h.row === row)?.height).toBeGreaterThan(14.25);
  });

  test('a blank form is unchanged: one row per 二级', () => {
    const blank = buildTemplatePlan('department', { sheet: 'S', newSheet: true });
    const empty = buildTemplatePlan('department', { sheet: 'S', newSheet: true, fields: { indicators: [] } });
    expect(empty).toEqual(blank);
  });
});

describe('bad indicators are refused before anything is planned', () => {
  test.each([
    [{ category: '产出指标', subcategory: '数量', name: 'x' }, null],
    [{ category: '产出指标', subcategory: '产出数量指标', name: 'x' }, /unknown 二级指标/],
    [{ category: '效益指标', subcategory: '数量指标', name: 'x' }, /does not belong/],
  ])('%j', (indicator, error) => {
    const build = () => buildTemplatePlan('project', { sheet: 'S', newSheet: true, fields: { indicators: [indicator] } });
    if (error) expect(build).toThrow(error);
    else expect(build).not.toThrow();
  });
});
