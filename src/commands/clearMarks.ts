/**
 * 清除标记 (clearMarks): restores what every mark replaced where the mark is still as written,
 * leaves cells the user changed since, and removes the store and its names when no mark is left.
 * In Office: 3 syncs (sheet list and names; contents with every fill and note; the write).
 */
import { recoverableWrite } from '../core/errors';
import type { WorkbookHost } from '../core/host';
import { missingMarkDetails, planClearMarks, withCellDetails, type CellAt, type KeptMark } from '../core/marks';

export interface ClearMarksResult {
  /** Cells given back their original fill and note. */
  restored: number;
  /** Cells the user recoloured or re-noted since they were marked: left as they are. */
  leftAsUserChanged: CellAt[];
  /** True when the workbook holds nothing of ours any more (no store sheet, no mark names). */
  storeRemoved: boolean;
  /** Marks that stay (protected sheet, or notes this host cannot read). */
  kept: KeptMark[];
  /** Marks whose cells no longer exist (rows or sheets deleted). */
  gone: number;
}

export async function clearMarks(host: WorkbookHost): Promise<ClearMarksResult> {
  let wb = await host.read({ names: true, cellDetails: 'all' });
  const missing = missingMarkDetails(wb, null);
  if (missing) wb = withCellDetails(wb, await host.read({ sheets: [], cellDetails: missing }));
  const planned = planClearMarks(wb);
  await recoverableWrite('clear-again', () => host.apply(planned.plan, { checkedAgainst: wb }));
  return {
    restored: planned.restored.length,
    leftAsUserChanged: planned.leftAsUserChanged,
    storeRemoved: planned.storeRemoved,
    kept: planned.kept,
    gone: planned.gone,
  };
}
