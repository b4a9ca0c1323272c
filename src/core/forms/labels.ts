/**
 * The labels of both forms and how their text varies between levels, regions and years: matched
 * on `labelKey` (no spaces, half-width, without a trailing colon or bracketed unit or remark).
 */
import type { DepartmentFieldKey, ProjectFieldKey } from './types';
import { compactText, labelKey } from './normalize';
import { TextMemo } from './textMemo';

export type FormKind = 'department' | 'project';

/** How a field's cell is read. */
export type ValueKind = 'text' | 'amount' | 'year' | 'count';

export interface LabelSpec<K extends string> {
  field: K;
  pattern: RegExp;
  kind: ValueKind;
  /** A goal sub-header: when its row holds both goal headers, the value sits below it. */
  goal?: boolean;
}

export const DEPARTMENT_LABELS: readonly LabelSpec<DepartmentFieldKey>[] = [
  { field: 'departmentName', pattern: /^(?:预算)?(?:部门|单位)名称$/, kind: 'text' },
  { field: 'fundedStaff', pattern: /^财政供养人员(?:数|数量|总数)?$/, kind: 'count' },
  { field: 'subordinateUnits', pattern: /^下属(?:二级)?(?:预算)?单位(?:数|数量|个数)?$/, kind: 'count' },
  { field: 'expenditure', pattern: /^部门预算支出(?:总额|合计)?$/, kind: 'amount' },
  { field: 'basicExpenditure', pattern: /^基本支出$/, kind: 'amount' },
  { field: 'projectExpenditure', pattern: /^项目支出$/, kind: 'amount' },
  { field: 'fiscalAppropriation', pattern: /^财政拨款(?:收入|资金)?$/, kind: 'amount' },
  { field: 'otherFunds', pattern: /^其他(?:资金|收入)$/, kind: 'amount' },
  { field: 'specialFunds', pattern: /^财政专项资金$/, kind: 'amount' },
  { field: 'otherDevelopmentFunds', pattern: /^其他事业发展性支出$/, kind: 'amount' },
  { field: 'ownLevelFunds', pattern: /^[省市州县区旗]?本级使用资金$/, kind: 'amount' },
  { field: 'transferFunds', pattern: /^(?:拟用于)?对下转移支付(?:资金)?$/, kind: 'amount' },
  { field: 'overallGoal', pattern: /^(?:部门)?(?:整体)?总体(?:绩效)?目标$/, kind: 'text' },
  { field: 'otherTasks', pattern: /^其他需完成的(?:工作)?任务$/, kind: 'text' },
];

export const PROJECT_LABELS: readonly LabelSpec<ProjectFieldKey>[] = [
  { field: 'projectName', pattern: /^项目名称$/, kind: 'text' },
  { field: 'projectType', pattern: /^项目(?:类型|类别)$/, kind: 'text' },
  { field: 'projectLevel', pattern: /^项目(?:等级|级次|级别)$/, kind: 'text' },
  { field: 'supervisingDepartment', pattern: /^主管(?:部门|单位)$/, kind: 'text' },
  { field: 'spendingUnit', pattern: /^(?:用款|实施|项目实施|执行)单位$/, kind: 'text' },
  {
    field: 'startYear',
    pattern: /^(?:起始|开始)(?:年度|年份|日期|时间)$|^计划(?:开始|起始)(?:日期|时间|年度)$/,
    kind: 'year',
  },
  {
    field: 'endYear',
    pattern: /^(?:到期|结束|完成|截止)(?:年度|年份|日期|时间)$|^计划(?:完成|结束)(?:日期|时间|年度)$/,
    kind: 'year',
  },
  {
    field: 'totalBudget',
    pattern: /^(?:总金额|项目资金总额|项目总金额|资金总额|项目总预算|总预算)$/,
    kind: 'amount',
  },
  {
    field: 'annualBudget',
    pattern: /^(?:当年度金额|年度金额|当年金额|本年度金额|年度资金申请总额|年度资金总额|当年度预算)$/,
    kind: 'amount',
  },
  { field: 'overview', pattern: /^项目(?:概述|概况|简介)$/, kind: 'text' },
  { field: 'periodGoal', pattern: /^(?:实施周期总目标|实施期总目标|项目总目标|总目标)$/, kind: 'text', goal: true },
  {
    field: 'annualGoal',
    pattern: /^(?:当年度目标|年度目标|年度总体目标|当年度绩效目标|年度绩效目标)$/,
    kind: 'text',
    goal: true,
  },
];

/** Section labels and column headers that are no field but stop the search for a value. */
const DEPARTMENT_STRUCTURE = [
  /^基本信息$/,
  /^预算整体情况$/,
  /^收入来源$/,
  /^事业发展性支出$/,
  /^按预算级次划分$/,
  /^预算金额$/,
  /^年度重点工作任务$/,
  /^绩效指标$/,
  /^其中/,
];

const PROJECT_STRUCTURE = [
  /^实施期限$/,
  /^预算金额$/,
  /^总体绩效目标$/,
  /^绩效指标$/,
  /^项目性质$/,
  /^其中/,
  /^其他资金$/,
  /^上年结转资金$/,
  /^财政(?:资金|拨款)$/,
  /^(?:金额|资金)?单位:/,
];

/** The label that starts a form: 部门名称 or 项目名称. */
export const FIRST_LABEL: Readonly<Record<FormKind, RegExp>> = {
  department: DEPARTMENT_LABELS[0].pattern,
  project: PROJECT_LABELS[0].pattern,
};

/** Whether a cell's text is a label (field or structure) of a form of this kind. */
export function isLabelText(text: string, kind: FormKind): boolean {
  return LABEL_TEXT[kind].get(text);
}

function labelTexts(kind: FormKind): TextMemo<boolean> {
  const fields: readonly LabelSpec<string>[] = kind === 'department' ? DEPARTMENT_LABELS : PROJECT_LABELS;
  const structure = kind === 'department' ? DEPARTMENT_STRUCTURE : PROJECT_STRUCTURE;
  return new TextMemo((text) => {
    const key = labelKey(text);
    if (key === '') return false;
    return fields.some((l) => l.pattern.test(key)) || structure.some((p) => p.test(key));
  });
}

const LABEL_TEXT: Readonly<Record<FormKind, TextMemo<boolean>>> = {
  department: labelTexts('department'),
  project: labelTexts('project'),
};

/** Each list of specs' field labels, by text (most cells are asked about several times). */
const fieldsByText = new WeakMap<readonly LabelSpec<string>[], TextMemo<LabelSpec<string> | null>>();

/** The field label a text is, among `specs`. */
export function fieldOfLabel<K extends string>(text: string, specs: readonly LabelSpec<K>[]): LabelSpec<K> | null {
  let fields = fieldsByText.get(specs);
  if (!fields) {
    fields = new TextMemo((t) => {
      const key = labelKey(t);
      if (key === '') return null;
      return specs.find((l) => l.pattern.test(key)) ?? null;
    });
    fieldsByText.set(specs, fields);
  }
  return fields.get(text) as LabelSpec<K> | null;
}

/** A form title: one cell naming a 绩效目标申报表 (or 绩效目标表). */
export function isTitleText(text: string): boolean {
  return titleTexts.get(text);
}

const titleTexts = new TextMemo((text) => {
  const s = compactText(text);
  return s.length <= 60 && /绩效目标(?:申报)?表/.test(s) && !/^(?:备注|注:|说明)/.test(s);
});

/** The kind a title names, if it says. */
export function kindOfTitle(text: string): FormKind | null {
  const s = compactText(text);
  if (/部门整体|部门预算/.test(s)) return 'department';
  if (/项目/.test(s)) return 'project';
  return null;
}

/** A `金额单位：元` line: the unit of the amounts below it. */
export function unitLine(text: string): '万元' | '元' | null {
  return unitLines.get(text);
}

const unitLines = new TextMemo((text): '万元' | '元' | null => {
  const m = /^(?:金额|资金)?单位[:：](万元|元)$/.exec(compactText(text));
  return m ? (m[1] as '万元' | '元') : null;
});

/** A 备注 line: the end of the indicator table. */
export function isRemarkText(text: string): boolean {
  return remarkTexts.get(text);
}

const remarkTexts = new TextMemo((text) => /^(?:备注|注[:：])/.test(compactText(text)));
