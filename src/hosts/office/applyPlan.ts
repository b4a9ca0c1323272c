/**
 * Applies an EditPlan: checks its preconditions (on one read, or on the snapshot the command has
 * just read), refuses it whole when any fails, then queues every operation and syncs once — or
 * once per batch of at most `batchLimit` bytes when the plan is larger. After a failed sync it
 * says how many operations landed and removes the sheets the plan added (one more sync).
 */
import { splitSheetAddress } from '../../core/address';
import { PlanRefusedError, WriteFailedError } from '../../core/errors';
import type { ApplyResult } from '../../core/host';
import { EXCEL_WEB_PAYLOAD_LIMIT, splitByBytes, type EditOp, type EditPlan } from '../../core/plan';
import { checkPreconditions } from '../../core/preconditions';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { OfficeCapabilities } from './capabilities';
import { isOfficeError } from './excelApi';
import { PlanState, planNeeds } from './planState';
import { officeOpBytes } from './requestBytes';
import { baseFromSnapshot, readForPlan } from './preconditionRead';
import { OpWriter, supported } from './writeOps';

/**
 * Bytes of operations per sync, as officeOpBytes estimates them (commands with their object paths,
 * not only the operation's JSON); the margin under Excel on the web's 5 MB covers the rest.
 */
export const DEFAULT_BATCH_LIMIT = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.8);

export interface ApplyOptions {
  /**
   * A snapshot read in the same command just before: the preconditions are checked on it without
   * another sync. Ignored (and read again) when it lacks what the plan needs.
   */
  checkedAgainst?: WorkbookSnapshot;
  /**
   * The sheets the plan adds record what its other operations replace (the mark store): after a
   * failure they are removed only when nothing outside them landed.
   */
  keepRecordSheets?: boolean;
}

/** Whether an operation changed something other than the given (added) sheets. */
function touchesOutside(op: EditOp, added: Set<string>): boolean {
  if (op.kind === 'activate') return false;
  // A name referring into an added sheet goes with the sheet.
  if (op.kind === 'addName') return !added.has((splitSheetAddress(op.ref.replace(/^=/, '')).sheet ?? '').toLowerCase());
  return !('sheet' in op) || !added.has(op.sheet.toLowerCase());
}

const TRACE = 'jixiao-op:';

/** The number of operations of the batch whose trace was reached before the failure. */
function landed(e: unknown): number {
  const traces = isOfficeError(e) ? (e.traceMessages ?? []) : [];
  let n = 0;
  for (const t of traces) if (t.startsWith(TRACE)) n = Math.max(n, Number(t.slice(TRACE.length)) + 1);
  return n;
}

/** The sheets the landed operations added, and whether each ended very hidden. */
function addedSheets(landedOps: EditOp[]): { sheet: string; veryHidden: boolean }[] {
  const out = new Map<string, { sheet: string; veryHidden: boolean }>();
  for (const op of landedOps) {
    const key = 'sheet' in op ? op.sheet.toLowerCase() : '';
    if (op.kind === 'addSheet') out.set(key, { sheet: op.sheet, veryHidden: false });
    if (op.kind === 'deleteSheet') out.delete(key);
    const added = out.get(key);
    if (op.kind === 'sheetVisibility' && added) added.veryHidden = op.visibility === 'veryHidden';
  }
  return [...out.values()];
}

/**
 * The sheet to show again after removing the added sheets: the one active before the plan, when
 * the failure came while (or after) activating an added sheet, which Excel would otherwise replace
 * by its neighbour. Known when the caller's snapshot has the selection; null otherwise.
 */
function sheetToReactivate(snapshot: WorkbookSnapshot, reached: EditOp[], added: { sheet: string }[]): string | null {
  const before = snapshot.selection?.sheet;
  if (!before) return null;
  const addedNames = new Set(added.map((a) => a.sheet.toLowerCase()));
  if (addedNames.has(before.toLowerCase())) return null;
  const activated = reached.some((op) => op.kind === 'activate' && addedNames.has(op.sheet.toLowerCase()));
  return activated ? before : null;
}

/**
 * Removes the sheets a failed plan added (and shows `reactivate` again when given); returns those
 * removed. One sync.
 */
async function removeAddedSheets(
  context: Excel.RequestContext,
  sheets: { sheet: string; veryHidden: boolean }[],
  reactivate: string | null,
): Promise<string[]> {
  if (sheets.length === 0) return [];
  sheets.forEach(({ sheet, veryHidden }, i) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // A very hidden sheet cannot be deleted (InvalidOperation) until it is only hidden.
    if (veryHidden) ws.visibility = 'Hidden';
    ws.delete();
    context.trace(`${TRACE}${i}`);
  });
  if (reactivate) context.workbook.worksheets.getItem(reactivate).activate();
  try {
    await context.sync();
    return sheets.map((s) => s.sheet);
  } catch (e) {
    return sheets.slice(0, landed(e)).map((s) => s.sheet);
  }
}

export async function applyPlan(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  plan: EditPlan,
  options: ApplyOptions,
  batchLimit: number,
): Promise<ApplyResult> {
  const needs = planNeeds(plan.ops, caps.notes);
  let snapshot = options.checkedAgainst;
  let base = snapshot ? baseFromSnapshot(snapshot, plan, needs) : null;
  if (!snapshot || !base) {
    const read = await readForPlan(context, caps, plan, needs);
    snapshot = read.snapshot;
    base = read.base;
  }
  const { violations, failed } = checkPreconditions(plan, snapshot);
  if (violations.length > 0) throw new PlanRefusedError(violations, failed);

  const skipped: ApplyResult['skipped'] = [];
  const ops: EditOp[] = [];
  for (const op of plan.ops) {
    if (supported(op, caps)) ops.push(op);
    else skipped.push({ op, reason: 'unsupported' });
  }
  const writer = new OpWriter(context, new PlanState(base), snapshot);
  let applied = 0;
  for (const batch of splitByBytes(ops, batchLimit, officeOpBytes)) {
    batch.forEach((op, i) => {
      writer.queue(op);
      context.trace(`${TRACE}${i}`);
    });
    try {
      // One sync per batch: the count grows with the plan's bytes, never with sheets or cells.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const done = applied + landed(e);
      const added = addedSheets(ops.slice(0, done));
      // A record sheet stays when what it records landed: removing it would orphan those changes.
      // The failed operation counts as reached: a sheet it was adding is not outside.
      const reached = ops.slice(0, done + 1);
      const addedNames = new Set(reached.flatMap((op) => (op.kind === 'addSheet' ? [op.sheet.toLowerCase()] : [])));
      const keep = options.keepRecordSheets === true && reached.some((op) => touchesOutside(op, addedNames));
      const removed = keep ? [] : await removeAddedSheets(context, added, sheetToReactivate(snapshot, reached, added));
      throw new WriteFailedError(
        done,
        ops.length,
        ops[done] ?? null,
        added.map((a) => a.sheet).filter((s) => !removed.includes(s)),
        removed,
        e instanceof Error ? e.message : String(e),
        isOfficeError(e) ? e.code : null,
      );
    }
    applied += batch.length;
  }
  return { applied, skipped };
}

