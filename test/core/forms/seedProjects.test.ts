import {
  recognizeWorkbook,
  type IndicatorRepair,
  type ProjectForm,
  type TargetForm,
} from '../../../src/core/forms';
import { seedWorkbook } from '../../fixtures/forms/seedForms';

function projects(): ProjectForm[] {
  return recognizeWorkbook(seedWorkbook()).forms.filter((f): f is ProjectForm => f.kind === 'project');
}

it('recognises the seed pasted one form per sheet as one department and three project forms', () => {
  const { forms, otherSheets } = recognizeWorkbook(seedWorkbook());
  expect(otherSheets).toEqual([]);
  expect(forms.map((f: TargetForm) => [f.sheet, f.kind, f.title?.cell])).toEqual([
    ['表1', 'department', 'A1'],
    ['表2', 'project', 'A1'],
    ['表3', 'project', 'A1'],
    ['表4', 'project', 'A1'],
  ]);
});

const SL: IndicatorRepair = 'shifted-left';
const CAT: IndicatorRepair = 'name-in-category-column';
const SUB: IndicatorRepair = 'name-in-subcategory-column';
const EXTRA: IndicatorRepair = 'extra-value-column';

type Row = [number, string, string, string, string, string, IndicatorRepair[]];

function table(form: ProjectForm): Row[] {
  return form.indicators.map((i) => [
    i.row,
    i.category.value ?? '',
    i.subcategory.value ?? '',
    i.name.value ?? '',
    i.periodTarget.value ?? '',
    i.annualTarget.value ?? '',
    i.notes,
  ]);
}

function placeholders(form: ProjectForm): [number, string | null, string | null][] {
  return form.placeholderRows.map((p) => [p.row, p.category.value, p.subcategory.value]);
}

describe('the seed project forms', () => {
  const [first, second, third] = projects();

  describe('the first (业务工作经费): seed line L is sheet row L - 56', () => {
    it('has its title, rectangle and table', () => {
      expect(first.range).toBe('A1:F44');
      expect(first.title).toEqual({ text: '项目支出绩效目标申报表', cell: 'A1' });
      expect(first.indicatorTable).toEqual({
        headerRow: 12,
        labelCol: 1,
        categoryCol: 2,
        subcategoryCol: 3,
        indicatorCol: 4,
        valueCols: [
          { key: 'periodTarget', col: 5, header: '实施周期指标值' },
          { key: 'annualTarget', col: 6, header: '当年度指标值' },
        ],
        firstRow: 13,
        lastRow: 38,
      });
    });

    it.each([
      ['projectName', '业务工作经费', '业务工作经费', 'C3', 'A3'],
      ['projectType', '部门职能类', '部门职能类', 'C4', 'A4'],
      ['projectLevel', '二级项目', '二级项目', 'C5', 'A5'],
      ['supervisingDepartment', '吴川市科工贸和信息化局', '吴川市科工贸和信息化局', 'C6', 'A6'],
      ['spendingUnit', '吴川市科工贸和信息化局', '吴川市科工贸和信息化局', 'E6', 'D6'],
      ['startYear', 2025, '2025', 'D7', 'C7'],
      ['endYear', 2025, '2025', 'F7', 'E7'],
      ['totalBudget', 18.24, '18.24万元', 'D8', 'C8'],
      ['annualBudget', 18.24, '18.24万元', 'F8', 'E8'],
      ['overview', '用于单位各项业务的工作经费。', '用于单位各项业务的工作经费。', 'C9', 'A9'],
      // 实施周期总目标 is empty: its place is under its header.
      ['periodGoal', null, '', 'C11', 'C10'],
    ] as const)('reads %s', (key, value, text, cell, labelCell) => {
      expect(first[key]).toEqual({ value, text, cell, labelCell });
    });

    it('reads 当年度目标 below its header', () => {
      expect(first.annualGoal).toMatchObject({ cell: 'E11', labelCell: 'E10' });
      expect(first.annualGoal.value).toMatch(/^该经费主要用于我局组织企业参加各类活动.*完成各项工作任务的目标。$/);
    });

    it('reads every indicator, repairing the rows shifted left', () => {
      expect(table(first)).toEqual<Row[]>([
        [13, '成本指标', '经济成本指标', '财政资金投入成本', '95%以上', '95%以上', []],
        [16, '产出指标', '数量指标', '高新企业认定数量', '15个', '15个', []],
        [17, '产出指标', '数量指标', '支持外贸企业数', '3家', '3家', []],
        [18, '产出指标', '数量指标', '年新设外资项目数', '1家', '1家', []],
        [19, '产出指标', '数量指标', '参展企业数量', '大于3家', '大于3家', []],
        [20, '产出指标', '数量指标', '通过自愿性清洁生产审核的企业数量', '4间', '4间', []],
        [21, '产出指标', '数量指标', '工业增加值', '大于0%', '大于0%', []],
        [22, '产出指标', '数量指标', '全年到企业进行安全生产检查次数', '大于12次', '大于12次', []],
        [23, '产出指标', '数量指标', '本年全市新增工业企业上规模数量（个）', '4个及以上', '4个及以上', []],
        [24, '产出指标', '质量指标', '科技型中小企业入库', '25个', '25个', [SL, SUB]],
        [25, '产出指标', '质量指标', '资金使用合规性', '符合规定', '符合规定', [SL, SUB]],
        [26, '产出指标', '质量指标', '采购规范性', '符合规范', '符合规范', [SL, SUB]],
        [27, '产出指标', '时效指标', '规上工业运行情况通报到镇街', '每个季度', '每个季度', [SL, SUB]],
        [28, '产出指标', '时效指标', '指导和督促企业做好数据采集上报工作', '每个月', '每个月', [SL, CAT]],
        [30, '产出指标', '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上', [SL, SUB]],
        [31, '效益指标', '经济效益指标', '预算资金执行率', '98%以上', '98%以上', [SL, SUB]],
        [32, '效益指标', '经济效益指标', '一般贸易进出口增速（%）', '1.5%', '1.5%', [SL, SUB]],
        [33, '效益指标', '社会效益指标', '资金使用是否发生重大违规违纪问题', '否', '否', [SL, SUB]],
        [34, '效益指标', '生态效益指标', '生态环境改善', '比上年改善', '比上年改善', [SL, SUB]],
        [35, '效益指标', '生态效益指标', '清洁生产推广', '起到积极推广作用', '起到积极推广作用', [SL, SUB]],
        [37, '满意度指标', '服务对象满意度指标', '企业或个人投诉率', '小于5%', '小于5%', [SL, SUB]],
        [38, '满意度指标', '服务对象满意度指标', '企业满意度', '大于95%', '大于95%', [SL, SUB]],
      ]);
      expect(placeholders(first)).toEqual([
        [14, '成本指标', '社会成本指标'],
        [15, '成本指标', '生态环境成本指标'],
        [36, '效益指标', '可持续影响指标'],
      ]);
    });

    it('keeps the cells the values were found in', () => {
      const cells = first.indicators.map((i) => `${i.row}:${i.name.cell},${i.periodTarget.cell},${i.annualTarget.cell}`);
      expect(cells).toEqual([
        '13:D13,E13,F13',
        ...[16, 17, 18, 19, 20, 21, 22, 23].map((r) => `${r}:D${r},E${r},F${r}`),
        ...[24, 25, 26, 27].map((r) => `${r}:C${r},D${r},E${r}`),
        '28:A28,C28,D28',
        ...[30, 31, 32, 33, 34, 35, 37, 38].map((r) => `${r}:C${r},D${r},E${r}`),
      ]);
    });

    it('carries 一级/二级 across the blank row and from a 二级 written in the label column', () => {
      const at = (row: number) => first.indicators.find((i) => i.row === row);
      expect(at(30)?.subcategory).toMatchObject({ value: '时效指标', cell: 'B27' });
      expect(at(31)?.category).toMatchObject({ value: '效益指标', cell: 'A31' });
      expect(at(37)?.category).toMatchObject({ value: '满意度指标', cell: 'A37' });
      expect(first.placeholderRows[2].subcategory.cell).toBe('A36');
    });
  });

  describe('the second (非转经工作经费): three value cells per row', () => {
    it('reads its fields', () => {
      expect(second.projectName).toMatchObject({ value: '非转经工作经费（当年）', cell: 'C3' });
      expect(second.totalBudget).toMatchObject({ value: 13.11, text: '13.11万元', cell: 'D8' });
      expect(second.annualBudget).toMatchObject({ value: 13.11, cell: 'F8' });
      expect(second.periodGoal).toMatchObject({ value: null, cell: 'C11' });
      expect(second.annualGoal.value).toMatch(/^该经费主要用于开展日常工作.*按时收缴的目标。$/);
    });

    it('keeps the first two values and records the extra one', () => {
      expect(table(second)).toEqual<Row[]>([
        [13, '成本指标', '经济成本指标', '财政资金投入成本', '95%以上', '95%以上', []],
        [17, '产出指标', '质量指标', '采购规范性', '符合规范', '符合规范', [EXTRA]],
        [18, '产出指标', '质量指标', '资金使用合规性', '符合规定', '符合规定', [EXTRA]],
        [19, '产出指标', '质量指标', '资金执行情况', '大于95%', '大于95%', [EXTRA]],
        [20, '产出指标', '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上', [SL, SUB, EXTRA]],
        [21, '效益指标', '经济效益指标', '预算资金执行率', '98%以上', '98%以上', [EXTRA]],
        [22, '效益指标', '社会效益指标', '资金使用是否发生重大违规违纪问题', '否', '否', [EXTRA]],
        [25, '满意度指标', '服务对象满意度指标', '租用国有资产群众满意度（%）', '95%以上', '95%以上', [EXTRA]],
      ]);
      expect(second.indicators.map((i) => i.extraValues.map((e) => `${e.cell}=${e.value}`))).toEqual([
        [],
        ['G17=符合规范'],
        ['G18=符合规定'],
        ['G19=大于95%'],
        ['F20=98%以上'],
        ['G21=98%以上'],
        ['G22=否'],
        ['G25=95%以上'],
      ]);
      expect(placeholders(second)).toEqual([
        [14, '成本指标', '社会成本指标'],
        [15, '成本指标', '生态环境成本指标'],
        [16, '产出指标', '数量指标'],
        [23, '效益指标', '生态效益指标'],
        [24, '效益指标', '可持续影响指标'],
      ]);
    });
  });

  describe('the third (科技月活动经费): a clean form', () => {
    it('reads its fields', () => {
      expect(third.projectName).toMatchObject({ value: '科技月活动经费', cell: 'C3' });
      expect(third.totalBudget).toMatchObject({ value: 3, text: '3万元', cell: 'D8' });
      expect(third.startYear.value).toBe(2025);
      expect(third.endYear.value).toBe(2025);
    });

    it('reads its indicators with no repair', () => {
      expect(table(third)).toEqual<Row[]>([
        [13, '成本指标', '经济成本指标', '财政资金投入成本', '大于98%', '大于98%', []],
        [16, '产出指标', '数量指标', '高新技术企业认定数量', '15个', '15个', []],
        [17, '产出指标', '质量指标', '科技型中小企业入库', '25个', '25个', []],
        [18, '产出指标', '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上', []],
        [19, '效益指标', '经济效益指标', '预算资金执行率', '100%', '100%', []],
        [23, '满意度指标', '服务对象满意度指标', '企业或个人投诉率', '小于5%', '小于5%', []],
      ]);
      expect(placeholders(third)).toEqual([
        [14, '成本指标', '社会成本指标'],
        [15, '成本指标', '生态环境成本指标'],
        [20, '效益指标', '社会效益指标'],
        [21, '效益指标', '生态效益指标'],
        [22, '效益指标', '可持续影响指标'],
      ]);
    });
  });
});
