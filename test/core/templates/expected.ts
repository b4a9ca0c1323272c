/**
 * The two forms as they must look with their top-left cell at A1, written out by hand from the
 * seed forms (test/fixtures/seed.txt) and the brief: label text per area, merges, drop-downs,
 * field cells. Tests move them to other anchors with offsetA1.
 */
import type { Level } from '../../../src/core/templates/level';

const CATEGORIES = ['成本指标', '产出指标', '效益指标', '满意度指标'];

/** Text of each labelled area (merged areas as ranges) of the department form with 3 key-task rows. */
export function departmentLabels(level: Level): [string, string][] {
  return [
    ['A1:E1', `${level}级部门整体预算绩效目标申报表`],
    ['A2', '部门名称'],
    ['A3', '基本信息'],
    ['B3', '财政供养人员数'],
    ['D3', '下属二级单位数'],
    ['A4:A9', '预算整体情况'],
    ['B4', '部门预算支出'],
    ['C4', '预算金额(万元)'],
    ['D4', '收入来源'],
    ['E4', '预算金额(万元)'],
    ['B5', '基本支出'],
    ['D5', '财政拨款'],
    ['B6', '项目支出'],
    ['D6', '其他资金'],
    ['B7', '事业发展性支出'],
    ['C7', '预算金额(万元)'],
    ['D7', '按预算级次划分'],
    ['E7', '预算金额(万元)'],
    ['B8', '财政专项资金'],
    ['D8', `${level}本级使用资金`],
    ['B9', '其他事业发展性支出'],
    ['D9', '拟用于对下转移支付资金'],
    ['A10', '总体绩效目标'],
    ['A11:A14', '年度重点工作任务'],
    ['B11', '名称'],
    ['C11', '主要实施内容'],
    ['D11', '拟投入的资金(万元)'],
    ['E11', '期望达到的目标(概述)'],
    ['A15', '其他需完成的任务（可选填）'],
    ['A16:A27', '绩效指标'],
    ['B16', '一级指标'],
    ['C16', '二级指标'],
    ['D16', '三级指标'],
    ['E16', '指标值'],
    ['B17:B19', '成本指标'],
    ['C17', '经济成本指标'],
    ['C18', '社会成本指标'],
    ['C19', '生态环境成本指标'],
    ['B20:B22', '产出指标'],
    ['C20', '数量指标'],
    ['C21', '质量指标'],
    ['C22', '时效指标'],
    ['B23:B26', '效益指标'],
    ['C23', '经济效益指标'],
    ['C24', '社会效益指标'],
    ['C25', '生态效益指标'],
    ['C26', '可持续影响指标'],
    ['B27', '满意度指标'],
    ['C27', '服务对象满意度指标'],
    ['A28:E28', `备注：1. 本表的填报主体是${level}级一级预算单位。`],
    ['A29:E29', '2. 本表在“二上”环节通过系统录入，具体字段信息以系统为准。'],
  ];
}

/**
 * 指标值 cells at A1 (the value columns of every 三级 row) and their number format: text, so that a
 * typed 95% stays the text 95% instead of becoming 0.95 in a percent format.
 */
export const DEPARTMENT_TARGETS = 'E17:E27';
export const PROJECT_TARGETS = 'E12:F22';
export const TARGET_FORMAT = '@';

/** Value cells of the department form: area, field, number format (undefined for text). */
export const DEPARTMENT_FIELDS: [string, string, string | undefined][] = [
  ['B2:E2', 'departmentName', undefined],
  ['C3', 'fundedStaff', '0'],
  ['E3', 'subordinateUnits', '0'],
  ['C5', 'basicExpenditure', '#,##0.00##'],
  ['E5', 'fiscalAppropriation', '#,##0.00##'],
  ['C6', 'projectExpenditure', '#,##0.00##'],
  ['E6', 'otherFunds', '#,##0.00##'],
  ['C8', 'specialFunds', '#,##0.00##'],
  ['E8', 'ownLevelFunds', '#,##0.00##'],
  ['C9', 'otherDevelopmentFunds', '#,##0.00##'],
  ['E9', 'transferFunds', '#,##0.00##'],
  ['B10:E10', 'overallGoal', undefined],
  ['B15:E15', 'otherTasks', undefined],
];

export const DEPARTMENT_KEY_TASK_ROWS = [12, 13, 14];

export const DEPARTMENT_VALIDATIONS: [string, string[], boolean][] = [
  ['B17:B27', CATEGORIES, true],
  ['C17:C19', ['经济成本指标', '社会成本指标', '生态环境成本指标'], true],
  ['C20:C22', ['数量指标', '质量指标', '时效指标'], true],
  ['C23:C26', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'], true],
  ['C27', ['服务对象满意度指标'], true],
];

export const PROJECT_LABELS: [string, string][] = [
  ['A1:F1', '项目支出绩效目标申报表'],
  ['A2:B2', '项目名称'],
  ['A3:B3', '项目类型'],
  ['A4:B4', '项目等级'],
  ['A5:B5', '主管部门'],
  ['D5', '用款单位'],
  ['A6:B6', '实施期限'],
  ['C6', '起始年度'],
  ['E6', '到期年度'],
  ['A7:B7', '预算金额'],
  ['C7', '总金额(万元)'],
  ['E7', '当年度金额(万元)'],
  ['A8:B8', '项目概述'],
  ['A9:B10', '总体绩效目标'],
  ['C9:D9', '实施周期总目标（跨年度项目需填写）'],
  ['E9:F9', '当年度目标'],
  ['A11:A22', '绩效指标'],
  ['B11', '一级指标'],
  ['C11', '二级指标'],
  ['D11', '三级指标'],
  ['E11', '实施周期指标值'],
  ['F11', '当年度指标值'],
  ['B12:B14', '成本指标'],
  ['C12', '经济成本指标'],
  ['C13', '社会成本指标'],
  ['C14', '生态环境成本指标'],
  ['B15:B17', '产出指标'],
  ['C15', '数量指标'],
  ['C16', '质量指标'],
  ['C17', '时效指标'],
  ['B18:B21', '效益指标'],
  ['C18', '经济效益指标'],
  ['C19', '社会效益指标'],
  ['C20', '生态效益指标'],
  ['C21', '可持续影响指标'],
  ['B22', '满意度指标'],
  ['C22', '服务对象满意度指标'],
  ['A23:F23', '备注：1. 本表的填报主体是预算单位，主管部门可进行代编。'],
  ['A24:F24', '2. 本表在“一上”或“二上”环节通过系统录入，具体字段信息以系统为准。'],
  ['A25:F25', '3. 本表用于在“一上”和“二上”阶段填报项目支出绩效目标或修订完善已入库项目的绩效目标。'],
];

export const PROJECT_FIELDS: [string, string, string | undefined][] = [
  ['C2:F2', 'projectName', undefined],
  ['C3:F3', 'projectType', undefined],
  ['C4:F4', 'projectLevel', undefined],
  ['C5', 'supervisingDepartment', undefined],
  ['E5:F5', 'spendingUnit', undefined],
  ['D6', 'startYear', '0'],
  ['F6', 'endYear', '0'],
  ['D7', 'totalBudget', '#,##0.00##'],
  ['F7', 'annualBudget', '#,##0.00##'],
  ['C8:F8', 'overview', undefined],
  ['C10:D10', 'periodGoal', undefined],
  ['E10:F10', 'annualGoal', undefined],
];

export const PROJECT_VALIDATIONS: [string, string[], boolean][] = [
  ['C3:F3', ['部门职能类', '专项类', '其他运转类', '特定目标类', '基本建设类'], false],
  ['C4:F4', ['一级项目', '二级项目'], true],
  ['B12:B22', CATEGORIES, true],
  ['C12:C14', ['经济成本指标', '社会成本指标', '生态环境成本指标'], true],
  ['C15:C17', ['数量指标', '质量指标', '时效指标'], true],
  ['C18:C21', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'], true],
  ['C22', ['服务对象满意度指标'], true],
];
