import { recognizeWorkbook, type DepartmentForm, type IndicatorRepair } from '../../../src/core/forms';
import { seedWorkbook } from '../../fixtures/forms/seedForms';

// The seed's department form pasted at A1 of its own sheet: seed line L is sheet row L - 2.
function department(): DepartmentForm {
  const { forms } = recognizeWorkbook(seedWorkbook());
  const form = forms[0];
  if (form.kind !== 'department') throw new Error(`first form is ${form.kind}`);
  return form;
}

describe('the seed department form', () => {
  const form = department();

  it('is found on its sheet with its title and rectangle', () => {
    expect(form.sheet).toBe('表1');
    expect(form.range).toBe('A1:E53');
    expect(form.title).toEqual({ text: '市级部门整体预算绩效目标申报表', cell: 'A1' });
    expect(form.amountUnit).toBe('万元');
  });

  it.each([
    // field, value, text, value cell, label cell
    ['departmentName', '吴中市科工贸和信息化局', '吴中市科工贸和信息化局', 'B5', 'A5'],
    ['fundedStaff', 101, '101', 'C6', 'B6'],
    ['subordinateUnits', 1, '1', 'E6', 'D6'],
    ['basicExpenditure', 739.02, '739.02', 'C8', 'B8'],
    ['projectExpenditure', 34.35, '34.35', 'C9', 'B9'],
    ['fiscalAppropriation', 773.37, '773.37', 'E8', 'D8'],
    ['otherFunds', null, '', 'E9', 'D9'],
    ['specialFunds', null, '', 'C11', 'B11'],
    ['otherDevelopmentFunds', null, '', 'C12', 'B12'],
    ['ownLevelFunds', 773.37, '773.37', 'E11', 'D11'],
    ['transferFunds', null, '', 'E12', 'D12'],
    ['otherTasks', '任务1:', '任务1:', 'B22', 'A22'],
  ] as const)('reads %s', (key, value, text, cell, labelCell) => {
    expect(form[key]).toEqual({ value, text, cell, labelCell });
  });

  it('keeps 部门预算支出 as a header with no value (its row holds 预算金额(万元) there)', () => {
    expect(form.expenditure).toEqual({ value: null, text: '', cell: null, labelCell: 'B7' });
  });

  it('keeps the overall goal as typed, markup included', () => {
    expect(form.overallGoal.cell).toBe('B13');
    expect(form.overallGoal.labelCell).toBe('A13');
    expect(form.overallGoal.value).toMatch(/^<p>本年度我局主要是严格按照财政要求, 按时完成预算支出.*保持增长的目标。<\/p>$/);
  });

  it('reads the six key tasks with their cells', () => {
    const tasks = form.keyTasks.map((t) => [t.row, t.name.value, t.plannedFunds.value, t.plannedFunds.cell]);
    expect(tasks).toEqual([
      [15, '外经贸工作', 3, 'D15'],
      [16, '经济运行与工业发展工作', 3, 'D16'],
      [17, '中小企业服务工作', 3, 'D17'],
      [18, '科技工作', 3, 'D18'],
      [19, '循环经济工作', 1.5, 'D19'],
      [20, '商贸工作', 3, 'D20'],
    ]);
    const first = form.keyTasks[0];
    expect(first.content).toMatchObject({ cell: 'C15', labelCell: 'C14' });
    expect(first.content.value).toMatch(/^该项工作主要是走访外资外贸企业/);
    expect(first.expectedResult).toEqual({
      value: '完成一般贸易进出口保持增长和年新设外贸项目数的目标任务。',
      text: '完成一般贸易进出口保持增长和年新设外贸项目数的目标任务。',
      cell: 'E15',
      labelCell: 'E14',
    });
  });

  it('finds the indicator table under its header row', () => {
    expect(form.indicatorTable).toEqual({
      headerRow: 23,
      labelCol: 1,
      categoryCol: 2,
      subcategoryCol: 3,
      indicatorCol: 4,
      valueCols: [{ key: 'target', col: 5, header: '指标值' }],
      firstRow: 24,
      lastRow: 49,
    });
  });

  const SL: IndicatorRepair = 'shifted-left';
  const CAT: IndicatorRepair = 'name-in-category-column';
  const SUB: IndicatorRepair = 'name-in-subcategory-column';
  // row, 一级, 二级, 三级, 指标值, its cell, the name's cell, repairs
  const EXPECTED: [number, string, string, string, string, string, string, IndicatorRepair[]][] = [
    [24, '成本指标', '经济成本指标', '财政资金投入成本', '95%以上', 'E24', 'D24', []],
    [27, '产出指标', '数量指标', '高新企业认定数量', '15个', 'E27', 'D27', []],
    [28, '产出指标', '数量指标', '支持外贸企业数', '3家', 'E28', 'D28', []],
    [29, '产出指标', '数量指标', '年新设外资项目数', '1家', 'E29', 'D29', []],
    [30, '产出指标', '数量指标', '参展企业数量', '大于3家', 'E30', 'D30', []],
    [31, '产出指标', '数量指标', '通过自愿性清洁生产审核的企业数量', '4间', 'E31', 'D31', []],
    [32, '产出指标', '数量指标', '工业增加值', '大于0%', 'E32', 'D32', []],
    [33, '产出指标', '数量指标', '全年到企业进行安全生产检查次数', '大于12次', 'E33', 'D33', []],
    [34, '产出指标', '数量指标', '本年全市新增工业企业上规模数量(个)', '4个及以上', 'D34', 'C34', [SL, SUB]],
    [35, '产出指标', '质量指标', '科技型中小企业入库', '25个', 'E35', 'D35', []],
    [36, '产出指标', '质量指标', '资金使用合规性', '符合规定', 'E36', 'D36', []],
    [37, '产出指标', '质量指标', '采购规范性', '符合规范', 'E37', 'D37', []],
    [38, '产出指标', '质量指标', '资金执行情况', '大于95%', 'E38', 'D38', []],
    [39, '产出指标', '时效指标', '年度资金支出进度(%)', '98%以上', 'E39', 'D39', []],
    [40, '产出指标', '时效指标', '规上工业运行情况通报到镇街', '每个季度', 'D40', 'B40', [SL, CAT]],
    [41, '产出指标', '时效指标', '指导和督促企业做好数据采集上报工作', '每个月', 'D41', 'B41', [SL, CAT]],
    [42, '效益指标', '经济效益指标', '预算资金执行率', '98%以上', 'E42', 'D42', []],
    [43, '效益指标', '经济效益指标', '一般贸易进出口增速(%)', '1.50%', 'E43', 'D43', []],
    [44, '效益指标', '经济效益指标', '预算使用率', '98%以上', 'E44', 'D44', []],
    [45, '效益指标', '社会效益指标', '资金使用是否发生重大违规违纪问题', '否', 'E45', 'D45', []],
    [46, '效益指标', '生态效益指标', '生态环境改善 清洁生产推广', '比上年改善 起到积极推广作用', 'E46', 'D46', []],
    [47, '满意度指标', '服务对象满意度指标', '企业或个人投诉率', '小于5%', 'E47', 'D47', []],
    [48, '满意度指标', '服务对象满意度指标', '企业满意度', '大于95%', 'E48', 'D48', []],
    [49, '满意度指标', '服务对象满意度指标', '租用国有资产群众满意度(%)', '95%以上', 'D49', 'A49', [SL, CAT]],
  ];

  it('reads every indicator, repairing shifted rows', () => {
    const actual = form.indicators.map((i) => [
      i.row,
      i.category.value,
      i.subcategory.value,
      i.name.value,
      i.target.value,
      i.target.cell,
      i.name.cell,
      i.notes,
    ]);
    expect(actual).toEqual(EXPECTED);
    expect(form.indicators.every((i) => i.extraValues.length === 0)).toBe(true);
  });

  it('takes 一级/二级 from the row that wrote them, and keeps their text as written', () => {
    const byRow = new Map(form.indicators.map((i) => [i.row, i]));
    expect(byRow.get(34)?.category).toEqual({ value: '产出指标', text: '产出指标', cell: 'B27', labelCell: 'B23' });
    expect(byRow.get(34)?.subcategory).toEqual({ value: '数量指标', text: '数量指标', cell: 'C27', labelCell: 'C23' });
    expect(byRow.get(41)?.subcategory.cell).toBe('C39');
    expect(byRow.get(49)?.subcategory).toEqual({
      value: '服务对象满意度指标',
      text: '服务对象 满意度指标',
      cell: 'C47',
      labelCell: 'C23',
    });
    expect(byRow.get(49)?.target).toEqual({ value: '95%以上', text: '95%以上', cell: 'D49', labelCell: 'E23' });
  });

  it('lists the template rows that name a 二级 with no indicator', () => {
    expect(form.placeholderRows.map((p) => [p.row, p.category.value, p.subcategory.value, p.subcategory.cell])).toEqual([
      [25, '成本指标', '社会成本指标', 'C25'],
      [26, '成本指标', '生态环境成本指标', 'C26'],
    ]);
  });
});
