/**
 * What recognition reads out of a sheet: the department form (部门整体预算绩效目标申报表) and the
 * project form (项目支出绩效目标申报表), every value with the cell it came from.
 */

/**
 * One value of a form. `value` is parsed (numbers of 万元 for amounts, numbers for years and counts,
 * from the cell's number; trimmed text otherwise) and null when the cell is empty or cannot be read;
 * `text` is the cell as typed ("" when empty): as displayed, so a number in a percentage or date
 * format is its displayed text (1.2 in `0%` is `120%`, and a text value reads `120%` too). `cell` is the local A1 of the value cell, or of where the value belongs when
 * it is empty; null when the form has no place for it (its label is missing). `labelCell` is the
 * A1 of the label the value was found by.
 */
export interface Field<T> {
  value: T | null;
  text: string;
  cell: string | null;
  labelCell: string | null;
}

export interface FormTitle {
  text: string;
  cell: string;
}

/** Where an amount's unit came from; amounts are always given in 万元. */
export type AmountUnit = '万元' | '元';

/** One row of 年度重点工作任务. */
export interface KeyTaskRow {
  row: number;
  name: Field<string>;
  content: Field<string>;
  /** 拟投入的资金, 万元 */
  plannedFunds: Field<number>;
  expectedResult: Field<string>;
}

/** The value columns of an indicator table (same keys as the templates use). */
export type IndicatorValueKey = 'target' | 'periodTarget' | 'annualTarget';

/** Where the indicator table sits; columns are 1-based. */
export interface IndicatorTableLayout {
  headerRow: number;
  /** Column of the 绩效指标 label, or null when the table has none (the Shanghai layout). */
  labelCol: number | null;
  categoryCol: number;
  subcategoryCol: number;
  indicatorCol: number;
  valueCols: { key: IndicatorValueKey; col: number; header: string }[];
  /** First and last rows below the header that belong to the table (blank rows included). */
  firstRow: number;
  lastRow: number;
}

/**
 * What recognition repaired on an indicator row:
 * - `shifted-left`: the row sits left of the header's columns; values were read in order.
 * - `shifted-right`: the name or a value sits right of its column; values were read in order.
 * - `name-in-category-column`: the 三级 name is in the 一级 column (or left of the table).
 * - `name-in-subcategory-column`: the 三级 name is in the 二级 column.
 * - `extra-value-column`: more value cells than value columns; the first ones were kept and the
 *   rest are in `extraValues`.
 * - `category-inferred`: the 二级 did not belong to the 一级 above it; the 一级 was taken from the
 *   hierarchy (its field has no cell).
 */
export type IndicatorRepair =
  | 'shifted-left'
  | 'shifted-right'
  | 'name-in-category-column'
  | 'name-in-subcategory-column'
  | 'extra-value-column'
  | 'category-inferred';

/**
 * A 一级 or 二级 as it applies to a row: `value` is the current official name it reads as (null when
 * the text is not a known name), `text` the text as written, `cell` where it is written (often on an
 * earlier row: 一级/二级 are written once for a block of rows).
 */
export type HierarchyField = Field<string>;

export interface IndicatorBase {
  /** 一级指标 */
  category: HierarchyField;
  /** 二级指标 */
  subcategory: HierarchyField;
  /** 三级指标 (its name) */
  name: Field<string>;
  row: number;
  notes: IndicatorRepair[];
  /** Value cells beyond the table's value columns (`extra-value-column`). */
  extraValues: Field<string>[];
}

export interface DepartmentIndicator extends IndicatorBase {
  /** 指标值 */
  target: Field<string>;
}

export interface ProjectIndicator extends IndicatorBase {
  /** 实施周期指标值 (no cell when the form has a single value column) */
  periodTarget: Field<string>;
  /** 当年度指标值 (the Shanghai layout's 年度(/项目)指标值) */
  annualTarget: Field<string>;
}

export type Indicator = DepartmentIndicator | ProjectIndicator;

/** A row of the indicator table naming a 一级/二级 with no 三级 indicator and no value. */
export interface PlaceholderRow {
  row: number;
  category: HierarchyField;
  subcategory: HierarchyField;
}

interface FormBase {
  sheet: string;
  /** A1 of the form's rectangle, from its title (or first label) to its last non-empty row. */
  range: string;
  title: FormTitle | null;
  /** The unit the form's amounts were written in (`金额单位：元` lines); values are in 万元. */
  amountUnit: AmountUnit;
  indicatorTable: IndicatorTableLayout | null;
  placeholderRows: PlaceholderRow[];
}

export interface DepartmentForm extends FormBase {
  kind: 'department';
  departmentName: Field<string>;
  fundedStaff: Field<number>;
  subordinateUnits: Field<number>;
  /** 部门预算支出: a header in most layouts, with a value only where one is written. */
  expenditure: Field<number>;
  basicExpenditure: Field<number>;
  projectExpenditure: Field<number>;
  fiscalAppropriation: Field<number>;
  otherFunds: Field<number>;
  specialFunds: Field<number>;
  otherDevelopmentFunds: Field<number>;
  /** 市本级/县本级/区本级/省本级使用资金 */
  ownLevelFunds: Field<number>;
  transferFunds: Field<number>;
  overallGoal: Field<string>;
  keyTasks: KeyTaskRow[];
  otherTasks: Field<string>;
  indicators: DepartmentIndicator[];
}

export interface ProjectForm extends FormBase {
  kind: 'project';
  projectName: Field<string>;
  projectType: Field<string>;
  projectLevel: Field<string>;
  supervisingDepartment: Field<string>;
  spendingUnit: Field<string>;
  startYear: Field<number>;
  endYear: Field<number>;
  totalBudget: Field<number>;
  annualBudget: Field<number>;
  overview: Field<string>;
  periodGoal: Field<string>;
  annualGoal: Field<string>;
  indicators: ProjectIndicator[];
}

export type TargetForm = DepartmentForm | ProjectForm;

export type DepartmentFieldKey =
  | 'departmentName'
  | 'fundedStaff'
  | 'subordinateUnits'
  | 'expenditure'
  | 'basicExpenditure'
  | 'projectExpenditure'
  | 'fiscalAppropriation'
  | 'otherFunds'
  | 'specialFunds'
  | 'otherDevelopmentFunds'
  | 'ownLevelFunds'
  | 'transferFunds'
  | 'overallGoal'
  | 'otherTasks';

export type ProjectFieldKey =
  | 'projectName'
  | 'projectType'
  | 'projectLevel'
  | 'supervisingDepartment'
  | 'spendingUnit'
  | 'startYear'
  | 'endYear'
  | 'totalBudget'
  | 'annualBudget'
  | 'overview'
  | 'periodGoal'
  | 'annualGoal';

/**
 * Why a sheet holds no form: our own sheets (项目支出汇总, 导入说明, the `jixiao_` store) are left
 * alone; hidden sheets are skipped; `not-read` sheets came without their contents.
 */
export type OtherSheetReason = 'not-a-form' | 'ours' | 'empty' | 'hidden' | 'not-read';

export interface OtherSheet {
  sheet: string;
  reason: OtherSheetReason;
}

export interface WorkbookRecognition {
  /** Forms in sheet order, then top to bottom within a sheet. */
  forms: TargetForm[];
  otherSheets: OtherSheet[];
}
