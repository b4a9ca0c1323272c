/**
 * 汇总 (fillSummary): the department form filled from the project forms of the same workbook.
 */
export { planFill } from './planFill';
export type { FillChange, FillChangeKind, FillNotice, FillPlanResult } from './types';
export {
  readFillStore,
  FILL_STORE_SHEET,
  FILL_STORE_VERSION,
  FILL_NAME_PREFIX,
  SUMMARY_NAME,
  type FillStore,
  type StoredRow,
} from './store';
export { SUMMARY_TITLE, TOTAL_LABEL, SUMMARY_COLUMNS } from './summarySheet';
export { simulatePlan } from './simulate';
