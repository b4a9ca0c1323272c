/**
 * What every workbook host offers core's commands. The Office host (Office.js) and the xlsx host
 * (ExcelJS) implement it; commands in src/commands use nothing else.
 */
import type { EditPlan } from './plan';
import type { ReadRequest, WorkbookSnapshot } from './snapshot';

export interface ApplyResult {
  /** Operations applied. */
  applied: number;
  /** Operations the host could not carry out and skipped, with the reason (e.g. notes before ExcelApi 1.18). */
  skipped: { op: EditPlan['ops'][number]; reason: 'unsupported' }[];
}

export interface ApplyOptions {
  /**
   * A snapshot this host read moments ago in the same command: preconditions are checked against it
   * instead of reading again (saves a round trip in Office). Only for preconditions it covers.
   */
  checkedAgainst?: WorkbookSnapshot;
  /**
   * The sheets the plan adds record what its other operations replace (the mark store): after a
   * failure part way they are removed only when nothing outside them landed, so that no change is
   * left without its record. Default: sheets the plan added are removed after a failure.
   */
  keepRecordSheets?: boolean;
}

export interface WorkbookHost {
  /** Reads a snapshot; costs one round trip in Office. */
  read(request?: ReadRequest): Promise<WorkbookSnapshot>;
  /**
   * Checks every precondition (throws PlanRefusedError, having written nothing), then applies the
   * operations in order. A failure part way throws WriteFailedError saying what was left.
   */
  apply(plan: EditPlan, options?: ApplyOptions): Promise<ApplyResult>;
}
