/**
 * The outputs of 审核 over many files (the CLI's `jixiao validate`): per-file outcomes, their
 * counts, and the reviewer's report as tables.
 */
export {
  countSeverities,
  departmentOf,
  formName,
  formOf,
  isUnreadable,
  type CheckedFile,
  type FileOutcome,
  type SeverityCounts,
  type UnreadableFile,
} from './outcome';
export { findingMessage, OUTPUT_LABELS, type OutputLabels, type OutputLang } from './labels';
export { reportLayout, SEVERITY_FILLS, type ReportColumn, type ReportRow, type ReportSheet, type ReportValue } from './reportLayout';
