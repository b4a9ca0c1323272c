/**
 * 汇总 (fillSummary): fills the department form from the project forms — the 项目支出汇总 sheet, the
 * 项目支出 formula, text amounts made numbers, the projects' indicators added to the department's
 * table (see src/core/fill). A preview first shows every change; applying it re-reads the planned
 * cells and writes nothing when any changed since (PlanRefusedError, cellChanged).
 * In Office: reading costs 2 syncs, applying 2 (re-check, write): at most 4 for fillSummary without
 * a preview, whatever the number of project sheets.
 */
import { recoverableWrite } from '../core/errors';
import type { ApplyResult, WorkbookHost } from '../core/host';
import { planFill, type FillPlanResult } from '../core/fill';
import type { RuleSettings } from '../core/rules';

export interface FillSummaryOptions {
  /** Plan and return the preview without writing (default false: write at once). */
  preview?: boolean;
  /** Validation settings for the findings after the fill. */
  settings?: Partial<RuleSettings>;
}

/** What 汇总 will change (a preview) or has changed. */
export interface FillOutcome extends FillPlanResult {
  /** Whether the plan was written. */
  applied: boolean;
  /** Operations the host could not carry out (e.g. print setup before ExcelApi 1.9). */
  skippedOps: ApplyResult['skipped'];
}

/** Reads the workbook and plans 汇总; writes the plan unless `preview`. */
export async function fillSummary(host: WorkbookHost, options: FillSummaryOptions = {}): Promise<FillOutcome> {
  const wb = await host.read({ names: true });
  const planned = planFill(wb, options.settings);
  const preview: FillOutcome = { ...planned, applied: false, skippedOps: [] };
  return options.preview ? preview : applyFill(host, preview);
}

/**
 * Writes a preview's plan. Its preconditions are checked on a fresh read of the planned cells: when
 * any changed since the preview, nothing is written and PlanRefusedError (cellChanged) asks the
 * user to look again.
 */
export async function applyFill(host: WorkbookHost, preview: FillPlanResult): Promise<FillOutcome> {
  if (preview.plan.ops.length === 0) return { ...preview, applied: false, skippedOps: [] };
  // A sheet the plan adds is kept after a failure once cells outside it were written: the
  // department's 项目支出 may already refer to it.
  const result = await recoverableWrite('fill-again', () => host.apply(preview.plan, { keepRecordSheets: true }));
  return { ...preview, applied: true, skippedOps: result.skipped };
}
