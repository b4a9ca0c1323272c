/**
 * 清除标记 (clearMarks): puts back the fill and note each mark replaced, where the mark is still as
 * written; a cell the user recoloured or re-noted since is left as it is and reported. The cells
 * are restored first, then the names and the store removed, so that nothing of ours stays in the
 * file once no mark is left.
 */
import type { EditOp, EditPlan } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { sortOutPreviousMarks, type CellAt, type KeptMark } from './previous';
import { removeStore, writeStore } from './storeWrite';

export interface ClearPlanResult {
  plan: EditPlan;
  /** Marks in the store before clearing. */
  found: number;
  /** Cells given back their fill and note. */
  restored: CellAt[];
  /** Cells the user changed since they were marked: left as they are. */
  leftAsUserChanged: CellAt[];
  /** Marks that stay in the store (protected sheet, or a note this host cannot read). */
  kept: KeptMark[];
  /** Marks whose cell no longer exists (row or sheet deleted). */
  gone: number;
  /** True when, after the plan, the workbook holds nothing of ours (no store sheet, no mark names). */
  storeRemoved: boolean;
}

/**
 * The plan clearing every mark. The snapshot must hold the defined names, the store sheet's
 * contents and the fills and notes of the marked cells (`cellDetails: 'all'`).
 */
export function planClearMarks(wb: WorkbookSnapshot): ClearPlanResult {
  const previous = sortOutPreviousMarks(wb);
  const result: ClearPlanResult = {
    plan: { preconditions: [], ops: [] },
    found: previous.store?.marks.length ?? 0,
    restored: previous.restored,
    leftAsUserChanged: previous.leftAsUserChanged,
    kept: previous.kept,
    gone: previous.gone,
    storeRemoved: false,
  };
  const store = previous.store;
  if (!store) return result;
  const ops: EditOp[] = [
    ...previous.ops,
    ...previous.namesToDelete.map((name): EditOp => ({ kind: 'deleteName', name })),
  ];
  const preconditions = [...previous.preconditions];
  if (previous.kept.length === 0) {
    const removal = removeStore(wb, store);
    ops.push(...removal.ops);
    preconditions.push(...removal.preconditions);
    result.storeRemoved = removal.removed;
  } else {
    const write = writeStore(
      wb,
      store,
      previous.kept.map((k) => k.mark),
    );
    if (write) {
      ops.push(...write.ops);
      preconditions.push(...write.preconditions);
    }
  }
  result.plan = { preconditions, ops };
  return result;
}
