/**
 * 审核结果 (Finding): what validation reports, one per problem, pointing at a cell.
 */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  /** Stable rule id, e.g. "value.percent-range" (see RULES.md). */
  rule: string;
  severity: Severity;
  /** Sheet name; null for workbook-level findings (workbook.no-form). */
  sheet: string | null;
  /** The cell the finding points at (local A1), as RULES.md says; null for workbook-level findings. */
  cell: string | null;
  /** Every cell involved (local A1 on `sheet`), `cell` first. */
  cells: string[];
  /** Index of the form in the recognition's `forms` list; null when not about one form. */
  form: number | null;
  /** The 三级 indicator's name, or the field's label, the finding is about. */
  indicator: string | null;
  /** The value as typed, when the finding is about a value. */
  value: string | null;
  /** Plain-language explanation: what is wrong and what to do (zh-CN). */
  message: string;
  /** The same in English. */
  messageEn: string;
}
