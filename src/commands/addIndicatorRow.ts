/**
 * 添加指标行 (addIndicatorRow): one more 三级 row at the end of the selected 二级 block, keeping every
 * merge, border and drop-down. In Office: read the sheet list with the selection, read the
 * selection's sheet, write (3 syncs).
 */
import { parseCell } from '../core/address';
import { SelectionError } from '../core/errors';
import type { WorkbookHost } from '../core/host';
import { findSheet } from '../core/snapshot';
import { planAddIndicatorRow } from '../core/templates';

export interface AddIndicatorRowResult {
  sheet: string;
  /** The new row (1-based). */
  row: number;
}

export async function addIndicatorRow(host: WorkbookHost): Promise<AddIndicatorRowResult> {
  // One read: the selection and the contents of its sheet.
  const wb = await host.read({ sheets: [], selectionSheet: true });
  if (!wb.selection) throw new SelectionError('no-selection');
  const { sheet: sheetName, address } = wb.selection;
  const sheet = findSheet(wb, sheetName);
  if (!sheet || !sheet.read) throw new SelectionError('no-selection');
  const selected = parseCell(address.split(':')[0]);
  const plan = planAddIndicatorRow(sheet, selected);
  await host.apply(plan, { checkedAgainst: wb });
  const insert = plan.ops.find((o) => o.kind === 'insertRows');
  return { sheet: sheet.name, row: insert && insert.kind === 'insertRows' ? insert.at : selected.row + 1 };
}
