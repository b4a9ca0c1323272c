/**
 * What 汇总 (fillSummary) plans and reports: the cells it changes, what it could not do, and the
 * plan with its findings.
 */
import type { Finding } from '../findings';
import type { WorkbookRecognition } from '../forms';
import type { EditPlan } from '../plan';
import type { CellValue } from '../snapshot';

/** What a changed cell is. */
export type FillChangeKind =
  /** A cell of the 项目支出汇总 sheet. */
  | 'summary'
  /** The department form's 项目支出. */
  | 'project-expenditure'
  /** A project amount typed as text, now a number. */
  | 'amount'
  /** A 三级 name or 指标值 written in the department's 绩效指标 table. */
  | 'indicator'
  /** A 一级 or 二级 label of a block the department table lacked. */
  | 'indicator-label'
  /** A row an earlier 汇总 wrote and no project gives any more, emptied. */
  | 'indicator-removed';

/**
 * One cell 汇总 changes. `cell` is where the cell is after the fill (rows inserted above it move it
 * down); `before` is what it held (a formula as its text with "="; in the 绩效指标 table a number in a
 * percentage or date format as displayed, `98%`), `after` what it will hold, with `result`, the
 * value a formula computes.
 */
export interface FillChange {
  sheet: string;
  cell: string;
  before: CellValue;
  after: CellValue;
  result?: CellValue;
  kind: FillChangeKind;
}

/** Something 汇总 left undone, and why. */
export type FillNotice =
  /**
   * 项目支出 was not written: some project forms' 当年度金额 are empty or not an amount (their
   * sheets), or the department form has no 项目支出 cell.
   */
  | { kind: 'expenditure-not-written'; reason: 'amounts-unreadable'; sheets: string[] }
  | { kind: 'expenditure-not-written'; reason: 'no-cell' }
  /** The department form has no 绩效指标 table: no indicator was added. */
  | { kind: 'indicators-not-added'; reason: 'no-table' }
  /** A project indicator whose 二级 is not one of the fixed hierarchy: it has no place in the table. */
  | { kind: 'indicator-not-placed'; sheet: string; cell: string; indicator: string };

export interface FillPlanResult {
  plan: EditPlan;
  /** Every cell the plan changes, in plan order (empty when the workbook is already filled). */
  changes: FillChange[];
  /**
   * fill.value-conflict findings, then the validation of the workbook as it will be after the fill
   * (what still does not add up), sorted as validation sorts them.
   */
  findings: Finding[];
  notices: FillNotice[];
  /** The forms of the workbook as it will be after the fill (what `findings` refer to). */
  recognition: WorkbookRecognition;
  departmentSheet: string;
  /** The summary sheet's name (new, or ours from an earlier 汇总). */
  summarySheet: string;
  /** The 合计 cell of the summary's 当年度金额 column. */
  totalCell: string;
}
