/**
 * The fields of the two forms (names as in the glossary) and the values a caller may prefill.
 * Amounts are numbers of 万元; years and counts are numbers; everything else is text.
 */

export type FormKind = 'department' | 'project';

/** One row of 年度重点工作任务. */
export interface KeyTask {
  name?: string;
  content?: string;
  /** 拟投入的资金, 万元 */
  plannedFunds?: number;
  expectedResult?: string;
}

export type KeyTaskPart = keyof KeyTask;

/**
 * A 三级 indicator to prefill under its 二级 (a current name of hierarchy.ts; its 一级 must be the
 * one the hierarchy gives, or empty). Values as typed: `target` on the department form,
 * `periodTarget` and `annualTarget` on the project form.
 */
export interface TemplateIndicator {
  category: string;
  subcategory: string;
  name: string;
  target?: string;
  periodTarget?: string;
  annualTarget?: string;
}
export const KEY_TASK_PARTS: readonly KeyTaskPart[] = ['name', 'content', 'plannedFunds', 'expectedResult'];

export interface DepartmentFields {
  departmentName: string;
  fundedStaff: number;
  subordinateUnits: number;
  basicExpenditure: number;
  projectExpenditure: number;
  fiscalAppropriation: number;
  otherFunds: number;
  specialFunds: number;
  otherDevelopmentFunds: number;
  ownLevelFunds: number;
  transferFunds: number;
  overallGoal: string;
  keyTasks: KeyTask[];
  otherTasks: string;
  /** 绩效指标 rows, in order within each 二级. */
  indicators: TemplateIndicator[];
}

export interface ProjectFields {
  projectName: string;
  projectType: string;
  projectLevel: string;
  supervisingDepartment: string;
  spendingUnit: string;
  startYear: number;
  endYear: number;
  totalBudget: number;
  annualBudget: number;
  overview: string;
  periodGoal: string;
  annualGoal: string;
  /** 绩效指标 rows, in order within each 二级. */
  indicators: TemplateIndicator[];
}

/** Department fields held in one cell each (everything but the key-task and indicator rows). */
export type DepartmentField = Exclude<keyof DepartmentFields, 'keyTasks' | 'indicators'>;
/** Project fields held in one cell each (everything but the indicator rows). */
export type ProjectField = Exclude<keyof ProjectFields, 'indicators'>;
export type FieldId = DepartmentField | ProjectField;

export type FieldsOf<K extends FormKind> = K extends 'department' ? DepartmentFields : ProjectFields;

/** How a value cell holds its value. */
export type ValueType = 'text' | 'amount' | 'year' | 'count';

/** 项目类型 choices (the list also accepts other text). */
export const PROJECT_TYPES: readonly string[] = ['部门职能类', '专项类', '其他运转类', '特定目标类', '基本建设类'];
/** 项目等级 choices. */
export const PROJECT_LEVELS: readonly string[] = ['一级项目', '二级项目'];
