/**
 * The WorkbookHost over an in-memory ExcelJS workbook (the CLI's and the tests' host).
 *
 * `apply` is atomic: preconditions are checked on a snapshot first (PlanRefusedError, nothing
 * changed); then the workbook is serialised to a buffer, the operations run, and if one throws the
 * workbook is loaded back from that buffer, in place, before WriteFailedError is thrown. Nothing
 * reaches a file until the caller saves.
 */
import type { Workbook } from 'exceljs';
import { PlanRefusedError, WriteFailedError } from '../../core/errors';
import type { ApplyOptions, ApplyResult, WorkbookHost } from '../../core/host';
import type { EditPlan } from '../../core/plan';
import { checkPreconditions, sheetsNeededFor } from '../../core/preconditions';
import type { ReadRequest, WorkbookSnapshot } from '../../core/snapshot';
import { applyOp } from './ops/applyOp';
import { readWorkbookSnapshot } from './readSnapshot';

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class XlsxHost implements WorkbookHost {
  constructor(readonly workbook: Workbook) {}

  async read(request?: ReadRequest): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.workbook, request);
  }

  /**
   * `options.checkedAgainst` is accepted and not used: reading the in-memory workbook again costs
   * nothing and cannot be stale.
   */
  async apply(plan: EditPlan, _options?: ApplyOptions): Promise<ApplyResult> {
    const wb = this.workbook;
    const { violations, failed } = checkPreconditions(
      plan,
      readWorkbookSnapshot(wb, { sheets: sheetsNeededFor(plan) }),
    );
    if (violations.length > 0) throw new PlanRefusedError(violations, failed);

    const total = plan.ops.length;
    let backup: Parameters<Workbook['xlsx']['load']>[0];
    try {
      backup = await wb.xlsx.writeBuffer();
    } catch (err) {
      throw new WriteFailedError(
        0,
        total,
        plan.ops[0] ?? null,
        [],
        [],
        `cannot copy the workbook before writing: ${messageOf(err)}`,
      );
    }

    let done = 0;
    try {
      for (const op of plan.ops) {
        applyOp(wb, op);
        done++;
      }
    } catch (err) {
      const failedOp = plan.ops[done];
      const created = plan.ops.slice(0, done).flatMap((o) => (o.kind === 'addSheet' ? [o.sheet] : []));
      const cause = `operation ${done + 1} of ${total} (${failedOp.kind}): ${messageOf(err)}`;
      try {
        await wb.xlsx.load(backup);
      } catch (restoreErr) {
        const left = created.filter((s) => wb.worksheets.some((w) => w.name.toLowerCase() === s.toLowerCase()));
        throw new WriteFailedError(
          done,
          total,
          failedOp,
          left,
          [],
          `${cause}; restoring the workbook failed: ${messageOf(restoreErr)}`,
        );
      }
      throw new WriteFailedError(0, total, failedOp, [], created, cause);
    }
    return { applied: done, skipped: [] };
  }
}
