/**
 * The whole seed imported as one text, written through the xlsx host, saved, loaded again and
 * recognised: every indicator row and every header field of the four forms, compared with tables
 * written out by hand from the seed.
 */
import type { DepartmentForm, ProjectForm } from '../../src/core/forms';
import { validateWorkbook } from '../../src/core/rules';
import { readFixture } from '../fixtures/forms/seedForms';
import { importThroughFile, type Imported } from './helpers';

const C = '成本指标';
const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';

/** 一级, 二级, 三级, 指标值 — in the standard form's order, each 二级's indicators as the seed lists them. */
const DEPARTMENT: [string, string, string, string][] = [
  [C, '经济成本指标', '财政资金投入成本', '95%以上'],
  [O, '数量指标', '高新企业认定数量', '15个'],
  [O, '数量指标', '支持外贸企业数', '3家'],
  [O, '数量指标', '年新设外资项目数', '1家'],
  [O, '数量指标', '参展企业数量', '大于3家'],
  [O, '数量指标', '通过自愿性清洁生产审核的企业数量', '4间'],
  [O, '数量指标', '工业增加值', '大于0%'],
  [O, '数量指标', '全年到企业进行安全生产检查次数', '大于12次'],
  [O, '数量指标', '本年全市新增工业企业上规模数量(个)', '4个及以上'],
  [O, '质量指标', '科技型中小企业入库', '25个'],
  [O, '质量指标', '资金使用合规性', '符合规定'],
  [O, '质量指标', '采购规范性', '符合规范'],
  [O, '质量指标', '资金执行情况', '大于95%'],
  [O, '时效指标', '年度资金支出进度(%)', '98%以上'],
  [O, '时效指标', '规上工业运行情况通报到镇街', '每个季度'],
  [O, '时效指标', '指导和督促企业做好数据采集上报工作', '每个月'],
  [B, '经济效益指标', '预算资金执行率', '98%以上'],
  [B, '经济效益指标', '一般贸易进出口增速(%)', '1.50%'],
  [B, '经济效益指标', '预算使用率', '98%以上'],
  [B, '社会效益指标', '资金使用是否发生重大违规违纪问题', '否'],
  [B, '生态效益指标', '生态环境改善', '比上年改善'],
  [B, '生态效益指标', '清洁生产推广', '起到积极推广作用'],
  [S, '服务对象满意度指标', '企业或个人投诉率', '小于5%'],
  [S, '服务对象满意度指标', '企业满意度', '大于95%'],
  [S, '服务对象满意度指标', '租用国有资产群众满意度(%)', '95%以上'],
];

/** 一级, 二级, 三级, 实施周期指标值, 当年度指标值. */
type Row = [string, string, string, string, string];

const BUSINESS: Row[] = [
  [C, '经济成本指标', '财政资金投入成本', '95%以上', '95%以上'],
  [O, '数量指标', '高新企业认定数量', '15个', '15个'],
  [O, '数量指标', '支持外贸企业数', '3家', '3家'],
  [O, '数量指标', '年新设外资项目数', '1家', '1家'],
  [O, '数量指标', '参展企业数量', '大于3家', '大于3家'],
  [O, '数量指标', '通过自愿性清洁生产审核的企业数量', '4间', '4间'],
  [O, '数量指标', '工业增加值', '大于0%', '大于0%'],
  [O, '数量指标', '全年到企业进行安全生产检查次数', '大于12次', '大于12次'],
  [O, '数量指标', '本年全市新增工业企业上规模数量（个）', '4个及以上', '4个及以上'],
  [O, '质量指标', '科技型中小企业入库', '25个', '25个'],
  [O, '质量指标', '资金使用合规性', '符合规定', '符合规定'],
  [O, '质量指标', '采购规范性', '符合规范', '符合规范'],
  [O, '时效指标', '规上工业运行情况通报到镇街', '每个季度', '每个季度'],
  [O, '时效指标', '指导和督促企业做好数据采集上报工作', '每个月', '每个月'],
  [O, '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上'],
  [B, '经济效益指标', '预算资金执行率', '98%以上', '98%以上'],
  [B, '经济效益指标', '一般贸易进出口增速（%）', '1.5%', '1.5%'],
  [B, '社会效益指标', '资金使用是否发生重大违规违纪问题', '否', '否'],
  [B, '生态效益指标', '生态环境改善', '比上年改善', '比上年改善'],
  [B, '生态效益指标', '清洁生产推广', '起到积极推广作用', '起到积极推广作用'],
  [S, '服务对象满意度指标', '企业或个人投诉率', '小于5%', '小于5%'],
  [S, '服务对象满意度指标', '企业满意度', '大于95%', '大于95%'],
];

const NON_TAX: Row[] = [
  [C, '经济成本指标', '财政资金投入成本', '95%以上', '95%以上'],
  [O, '质量指标', '采购规范性', '符合规范', '符合规范'],
  [O, '质量指标', '资金使用合规性', '符合规定', '符合规定'],
  [O, '质量指标', '资金执行情况', '大于95%', '大于95%'],
  [O, '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上'],
  [B, '经济效益指标', '预算资金执行率', '98%以上', '98%以上'],
  [B, '社会效益指标', '资金使用是否发生重大违规违纪问题', '否', '否'],
  [S, '服务对象满意度指标', '租用国有资产群众满意度（%）', '95%以上', '95%以上'],
];

const SCIENCE: Row[] = [
  [C, '经济成本指标', '财政资金投入成本', '大于98%', '大于98%'],
  [O, '数量指标', '高新技术企业认定数量', '15个', '15个'],
  [O, '质量指标', '科技型中小企业入库', '25个', '25个'],
  [O, '时效指标', '年度资金支出进度（%）', '98%以上', '98%以上'],
  [B, '经济效益指标', '预算资金执行率', '100%', '100%'],
  [S, '服务对象满意度指标', '企业或个人投诉率', '小于5%', '小于5%'],
];

const WUCHUAN = '吴川市科工贸和信息化局';

/** Header fields of the three project forms: 项目名称 … 到期年度, 总金额, 当年度金额, 项目概述. */
const PROJECT_FIELDS = [
  ['业务工作经费', '部门职能类', '二级项目', WUCHUAN, WUCHUAN, 2025, 2025, 18.24, 18.24, '用于单位各项业务的工作经费。'],
  ['非转经工作经费（当年）', '部门职能类', '二级项目', WUCHUAN, WUCHUAN, 2025, 2025, 13.11, 13.11, '用于非税工作的经费。'],
  ['科技月活动经费', '部门职能类', '二级项目', WUCHUAN, WUCHUAN, 2025, 2025, 3, 3, '用于科技工作的工作经费。'],
];

const ANNUAL_GOALS = [
  /^该经费主要用于我局组织企业参加各类活动、培训、会议、调研；.*达到基本满足我局正常办公需要和完成各项工作任务的目标。$/,
  /^该经费主要用于开展日常工作所需要的办公费、劳务费.*完成物业租金按时收缴的目标。$/,
  /^用于参加科技方面相关活动、会议、培训等的差旅费；.*促高新技术企业认定、科技型中小企业入库的目标任务。$/,
];

describe('the whole seed imported, saved and read back', () => {
  let imported: Imported;
  beforeAll(async () => {
    imported = await importThroughFile([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]);
  });

  test('one department form and three project forms, one per new sheet, and 导入说明', () => {
    expect(imported.result).toEqual({
      sheets: ['部门整体', '业务工作经费', '非转经工作经费（当年）', '科技月活动经费'],
      notesSheet: '导入说明',
      skipped: [],
    });
    const { forms, otherSheets } = imported.recognition;
    // Each form as tall as its indicators need: the department's 28 indicator rows (25 indicators,
    // 3 empty 二级) below 6 key tasks, then its 2 备注 lines; a project form's 10 header rows, the
    // table header, its indicator rows and 3 备注 lines.
    expect(forms.map((f) => [f.sheet, f.kind, f.range])).toEqual([
      ['部门整体', 'department', 'A1:E49'],
      ['业务工作经费', 'project', 'A1:F39'],
      ['非转经工作经费（当年）', 'project', 'A1:F27'],
      ['科技月活动经费', 'project', 'A1:F25'],
    ]);
    expect(otherSheets).toEqual([{ sheet: '导入说明', reason: 'ours' }]);
  });

  test('the department form: every indicator row under its true 一级/二级, with its value', () => {
    const form = imported.recognition.forms[0] as DepartmentForm;
    expect(form.indicators.map((i) => [i.category.value, i.subcategory.value, i.name.value, i.target.value])).toEqual(DEPARTMENT);
  });

  test.each([
    [1, BUSINESS],
    [2, NON_TAX],
    [3, SCIENCE],
  ])('project form %i: every indicator row with both values', (index, rows) => {
    const form = imported.recognition.forms[index] as ProjectForm;
    expect(
      form.indicators.map((i) => [i.category.value, i.subcategory.value, i.name.value, i.periodTarget.value, i.annualTarget.value]),
    ).toEqual(rows);
  });

  test('the forms read back clean: no repair, no extra value, every 二级 without an indicator is an empty row', () => {
    for (const form of imported.recognition.forms) {
      expect([form.sheet, form.indicators.filter((i) => i.notes.length > 0 || i.extraValues.length > 0)]).toEqual([form.sheet, []]);
      expect(form.indicatorTable?.labelCol).toBe(1);
    }
    const science = imported.recognition.forms[3];
    expect(science.placeholderRows.map((p) => p.subcategory.value)).toEqual([
      '社会成本指标',
      '生态环境成本指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
    ]);
  });

  test('the department form’s header fields and key tasks', () => {
    const form = imported.recognition.forms[0] as DepartmentForm;
    expect(form.title?.text).toBe('市级部门整体预算绩效目标申报表');
    expect(
      [
        form.departmentName,
        form.fundedStaff,
        form.subordinateUnits,
        form.basicExpenditure,
        form.projectExpenditure,
        form.fiscalAppropriation,
        form.otherFunds,
        form.specialFunds,
        form.otherDevelopmentFunds,
        form.ownLevelFunds,
        form.transferFunds,
        form.otherTasks,
      ].map((f) => f.value),
    ).toEqual(['吴中市科工贸和信息化局', 101, 1, 739.02, 34.35, 773.37, null, null, null, 773.37, null, '任务1:']);
    expect(form.overallGoal.value).toMatch(/^本年度我局主要是严格按照财政要求, 按时完成预算支出, .*7、全市规上工业增加值保持增长的目标。$/);
    expect(form.keyTasks.map((t) => [t.name.value, t.plannedFunds.value])).toEqual([
      ['外经贸工作', 3],
      ['经济运行与工业发展工作', 3],
      ['中小企业服务工作', 3],
      ['科技工作', 3],
      ['循环经济工作', 1.5],
      ['商贸工作', 3],
    ]);
    expect(form.keyTasks[4].content.value).toBe('该项工作主要是“清洁生产”相关政策宣讲, 到乡镇企业进行现场指导, 督促有关企业开展“清洁生产”。');
    expect(form.keyTasks[4].expectedResult.value).toBe('我市通过自愿性清洁生产审核的企业达到目标任务数');
  });

  test.each([0, 1, 2])('project form %i: its header fields', (k) => {
    const form = imported.recognition.forms[k + 1] as ProjectForm;
    expect(
      [
        form.projectName,
        form.projectType,
        form.projectLevel,
        form.supervisingDepartment,
        form.spendingUnit,
        form.startYear,
        form.endYear,
        form.totalBudget,
        form.annualBudget,
        form.overview,
      ].map((f) => f.value),
    ).toEqual(PROJECT_FIELDS[k]);
    expect(form.periodGoal.value).toBeNull();
    expect(form.annualGoal.value).toMatch(ANNUAL_GOALS[k]);
  });

  test('amounts are numbers in 万元 and years numbers in the saved cells', () => {
    const sheet = imported.snapshot.sheets.find((s) => s.name === '业务工作经费')!;
    const form = imported.recognition.forms[1] as ProjectForm;
    const at = (a1: string | null) => {
      const m = /^([A-Z])(\d+)$/.exec(a1!)!;
      return sheet.values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
    };
    expect([at(form.totalBudget.cell), at(form.annualBudget.cell), at(form.startYear.cell)]).toEqual([18.24, 18.24, 2025]);
  });

  test('validating the result reports the 吴中市/吴川市 mismatch', () => {
    const { findings } = validateWorkbook(imported.snapshot);
    const mismatch = findings.filter((f) => f.rule === 'project.department');
    expect(mismatch.map((f) => [f.severity, f.sheet, f.cell])).toEqual([['error', '部门整体', 'B2']]);
    expect(mismatch[0].message).toContain('吴川市科工贸和信息化局');
  });
});
