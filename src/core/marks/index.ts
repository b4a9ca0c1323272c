/**
 * Marks (审核 → mark, 清除标记 → clearMarks): findings written onto their cells as fills and notes,
 * with a record in the workbook of what they replaced.
 */
export { MARK_FILLS, MARK_NOTE_TITLE, markNoteText, type MarkSeverity } from './colours';
export {
  readMarkStore,
  locateMark,
  isMarkName,
  markName,
  STORE_SHEET,
  STORE_VERSION,
  STORE_LABEL,
  MARK_NAME_PREFIX,
  type MarkStore,
  type StoredMark,
} from './store';
export { markState, type MarkState } from './state';
export type { CellAt, KeptMark } from './previous';
export { planMarks, type MarkPlanResult, type MarkSkipReason } from './planMarks';
export { planClearMarks, type ClearPlanResult } from './planClearMarks';
export { missingMarkDetails, withCellDetails } from './details';
