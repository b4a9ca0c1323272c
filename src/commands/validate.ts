/**
 * 审核 (validate, and mark when asked): reads the workbook, validates every form, and — only when
 * the user asks for marks — clears the marks of an earlier 审核 and marks the new findings on their
 * cells (see src/core/marks). In Office: at most 3 syncs whatever the number of sheets (sheet list
 * and names; contents with every fill and note; the write). Before ExcelApi 1.9, where fills
 * cannot all be read at once, one more sync reads the fills of the cells concerned.
 */
import { recoverableWrite } from '../core/errors';
import type { Finding } from '../core/findings';
import type { ApplyResult, WorkbookHost } from '../core/host';
import type { WorkbookRecognition } from '../core/forms';
import {
  missingMarkDetails,
  planMarks,
  withCellDetails,
  type CellAt,
  type KeptMark,
  type MarkSkipReason,
} from '../core/marks';
import { validateWorkbook, type RuleSettings } from '../core/rules';
import type { WorkbookSnapshot } from '../core/snapshot';

export interface ValidateOptions {
  /** Write the findings onto their cells (fills and notes); default false: findings only. */
  mark: boolean;
}

export interface ValidateResult {
  recognition: WorkbookRecognition;
  findings: Finding[];
  /** Cells marked (0 unless `mark`). */
  marked: number;
  /** Cells with error or warning findings on protected sheets: listed, not marked. */
  unmarkedProtected: CellAt[];
  /** Cells not marked for another reason. */
  skipped: (CellAt & { reason: MarkSkipReason })[];
  /** Marks carry notes (false where the host has none, e.g. Excel before ExcelApi 1.18: fill only). */
  notes: boolean;
  /** Marks of an earlier 审核 the user had changed since: left as they are, no longer tracked. */
  leftAsUserChanged: CellAt[];
  /** Marks of an earlier 审核 that could not be cleared here and stay (protected sheet, no notes). */
  kept: KeptMark[];
  /** Operations the host skipped. */
  skippedOps: ApplyResult['skipped'];
}

export async function validateAndMark(
  host: WorkbookHost,
  settings: Partial<RuleSettings> = {},
  options: ValidateOptions = { mark: false },
): Promise<ValidateResult> {
  if (!options.mark) {
    const wb = await host.read();
    const { recognition, findings } = validateWorkbook(wb, settings);
    return {
      recognition,
      findings,
      marked: 0,
      unmarkedProtected: [],
      skipped: [],
      notes: wb.capabilities.notes,
      leftAsUserChanged: [],
      kept: [],
      skippedOps: [],
    };
  }
  const wb = await host.read({ names: true, cellDetails: 'all' });
  const { recognition, findings } = validateWorkbook(wb, settings);
  return { recognition, findings, ...(await markOn(host, wb, findings)) };
}

export type MarkResult = Omit<ValidateResult, 'recognition' | 'findings'>;

/**
 * Marks findings found earlier (e.g. a list the user has just reviewed), replacing earlier marks:
 * one read of the workbook, then the write (3 syncs in Office).
 */
export async function markFindings(host: WorkbookHost, findings: readonly Finding[]): Promise<MarkResult> {
  return markOn(host, await host.read({ names: true, cellDetails: 'all' }), findings);
}

/** Plans and writes the marks on a snapshot just read (with names and cellDetails 'all'). */
async function markOn(host: WorkbookHost, read: WorkbookSnapshot, findings: readonly Finding[]): Promise<MarkResult> {
  const missing = missingMarkDetails(read, findings);
  const wb = missing ? withCellDetails(read, await host.read({ sheets: [], cellDetails: missing })) : read;
  const planned = planMarks(wb, findings);
  const applied = await recoverableWrite('clear-marks', () =>
    host.apply(planned.plan, { checkedAgainst: wb, keepRecordSheets: true }),
  );
  return {
    marked: planned.marked.length,
    unmarkedProtected: planned.unmarkedProtected,
    skipped: planned.skipped,
    notes: planned.notes,
    leftAsUserChanged: planned.previous.leftAsUserChanged,
    kept: planned.previous.kept,
    skippedOps: applied.skipped,
  };
}
