/**
 * Small forms as pasted text, for rule tests: a clean project form and a clean department form that
 * produce no findings, and helpers to change one thing at a time.
 */
import type { Finding } from '../../../src/core/findings';
import { snapshotFromText } from '../../../src/core/forms';
import { validateWorkbook, type RuleSettings } from '../../../src/core/rules';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { workbookOf } from '../../fixtures/forms/seedForms';

/** 一级, 二级, 三级, 实施周期指标值, 当年度指标值 (project) or 一级, 二级, 三级, 指标值 (department). */
export type Row = string[];

export interface ProjectSpec {
  projectName: string;
  level: string;
  department: string;
  start: string;
  end: string;
  total: string;
  annual: string;
  periodGoal: string;
  annualGoal: string;
  rows: Row[];
}

export const CLEAN_PROJECT_ROWS: Row[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤10万元', '≤10万元'],
  ['产出指标', '数量指标', '培训人数', '≥100人', '≥100人'],
  ['', '质量指标', '培训合格率', '≥95%', '≥95%'],
  ['', '时效指标', '培训完成时间', '2025年12月底前', '2025年12月底前'],
  ['效益指标', '社会效益指标', '参训人员技能提升人数', '≥80人', '≥80人'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '≥90%'],
];

export const CLEAN_PROJECT: ProjectSpec = {
  projectName: '技能培训经费',
  level: '二级项目',
  department: '测试市人力资源局',
  start: '2025',
  end: '2025',
  total: '10万元',
  annual: '10万元',
  periodGoal: '',
  annualGoal: '完成年度培训任务。',
  rows: CLEAN_PROJECT_ROWS,
};

export function projectText(change: Partial<ProjectSpec> = {}): string {
  const s = { ...CLEAN_PROJECT, ...change };
  return [
    '# 项目支出绩效目标申报表',
    `项目名称\t\t${s.projectName}`,
    '项目类型\t\t部门职能类',
    `项目等级\t\t${s.level}`,
    `主管部门\t\t${s.department}\t用款单位\t${s.department}`,
    `实施期限\t\t起始年度\t${s.start}\t到期年度\t${s.end}`,
    `预算金额\t\t总金额\t${s.total}\t当年度金额\t${s.annual}`,
    '项目概述\t\t用于技能培训。',
    '总体绩效目标\t\t实施周期总目标（跨年度项目需填写）\t\t当年度目标',
    `\t\t${s.periodGoal}\t\t${s.annualGoal}`,
    '绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值',
    ...s.rows.map((r) => ['', ...r].join('\t')),
  ].join('\n');
}

export interface DepartmentSpec {
  name: string;
  basic: string;
  project: string;
  fiscal: string;
  other: string;
  special: string;
  otherDevelopment: string;
  ownLevel: string;
  transfer: string;
  goal: string;
  taskFunds: string[];
  rows: Row[];
}

export const CLEAN_DEPARTMENT_ROWS: Row[] = [
  ['成本指标', '经济成本指标', '项目总成本', '≤10万元'],
  ['产出指标', '数量指标', '培训人数', '≥100人'],
  ['', '质量指标', '培训合格率', '≥95%'],
  ['', '时效指标', '培训完成时间', '2025年12月底前'],
  ['效益指标', '社会效益指标', '参训人员技能提升人数', '≥80人'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%'],
];

export const CLEAN_DEPARTMENT: DepartmentSpec = {
  name: '测试市人力资源局',
  basic: '90',
  project: '10',
  fiscal: '100',
  other: '',
  special: '',
  otherDevelopment: '',
  ownLevel: '100',
  transfer: '',
  goal: '保障机关运转，完成年度培训任务。',
  taskFunds: ['5', '5'],
  rows: CLEAN_DEPARTMENT_ROWS,
};

export function departmentText(change: Partial<DepartmentSpec> = {}): string {
  const s = { ...CLEAN_DEPARTMENT, ...change };
  return [
    '# 市级部门整体预算绩效目标申报表',
    `部门名称\t${s.name}\t\t\t`,
    '基本信息\t财政供养人员数\t101\t下属二级单位数\t1',
    '预算整体情况\t部门预算支出\t预算金额(万元)\t收入来源\t预算金额(万元)',
    `\t基本支出\t${s.basic}\t财政拨款\t${s.fiscal}`,
    `\t项目支出\t${s.project}\t其他资金\t${s.other}`,
    '\t事业发展性支出\t预算金额(万元)\t按预算级次划分\t预算金额(万元)',
    `\t财政专项资金\t${s.special}\t市本级使用资金\t${s.ownLevel}`,
    `\t其他事业发展性支出\t${s.otherDevelopment}\t拟用于对下转移支付资金\t${s.transfer}`,
    `总体绩效目标\t${s.goal}\t\t\t`,
    '年度重点工作任务\t名称\t主要实施内容\t拟投入的资金(万元)\t期望达到的目标(概述)',
    ...s.taskFunds.map((f, i) => `\t任务${i + 1}\t开展工作\t${f}\t完成任务`),
    '其他需完成的任务 (可选填)\t无\t\t\t',
    '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
    ...s.rows.map((r) => ['', ...r].join('\t')),
  ].join('\n');
}

/** One sheet per text: 表1, 表2, … */
export function workbookOfTexts(...texts: string[]): WorkbookSnapshot {
  return workbookOf(texts.map((t, i) => snapshotFromText(t, { sheetName: `表${i + 1}` })));
}

export function validate(texts: string[], settings: Partial<RuleSettings> = {}): Finding[] {
  return validateWorkbook(workbookOfTexts(...texts), settings).findings;
}

/** The findings of one rule, as `sheet!cell` strings. */
export function where(findings: Finding[], rule: string): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
}

/** The findings of one rule. */
export function ofRule(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** A project form's rows with one row replaced (by its 三级 name). */
export function replaceRow(rows: Row[], name: string, row: Row): Row[] {
  if (!rows.some((r) => r[2] === name)) throw new Error(`no row named ${name}`);
  return rows.map((r) => (r[2] === name ? row : r));
}
