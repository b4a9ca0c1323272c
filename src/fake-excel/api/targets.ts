/** Shared checks of the proxies: live sheets, protection, requirement sets. */
import type { RangeRef } from '../../core/address';
import { ModelError } from '../model/errors';
import { keyCol, keyRow, type SheetModel } from '../model/sheet';
import type { WorkbookModel } from '../model/workbook';
import type { FakeRequestContext } from './context';

/** A rectangle of cells on a sheet: what a Range proxy stands for. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: RangeRef;
}

export function assertAlive(wb: WorkbookModel, sheet: SheetModel): SheetModel {
  if (!wb.sheets.includes(sheet)) throw new ModelError('ItemNotFound', `The worksheet "${sheet.name}" no longer exists.`);
  return sheet;
}

/** Cell writes fail on a protected sheet (every cell counts as locked). */
export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) {
    throw new ModelError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
  }
}

/** Adding, deleting, hiding or moving sheets fails while the workbook structure is protected. */
export function assertStructureWritable(wb: WorkbookModel): void {
  if (wb.structureProtected) throw new ModelError('AccessDenied', 'The workbook structure is protected.');
}

/** A feature of a newer requirement set than the fake's version fails as ApiNotFound. */
export function requireApi(ctx: FakeRequestContext, version: string, what: string): void {
  if (!ctx.env.supports(version)) {
    throw new ModelError('ApiNotFound', `${what} needs ExcelApi ${version}; this host supports ${ctx.env.apiVersion.join('.')}.`);
  }
}

/** Cells of a rectangle, row by row, for reads (Excel refuses reads of more than 5,000,000 cells). */
export function forEachRow<V>(rect: RangeRef, cell: (row: number, col: number) => V): V[][] {
  const count = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
  if (count > 5_000_000) throw new ModelError('RangeExceedsLimit', 'The range has more than 5,000,000 cells.');
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(cell(r, c));
    out.push(line);
  }
  return out;
}

/**
 * The one value every cell of the rectangle shares, or null when they differ (as Office.js reports
 * mixed formats). Cells that store nothing have `fallback`.
 */
export function uniform<V>(sheet: SheetModel, rect: RangeRef, pick: (row: number, col: number) => V, fallback: V): V | null {
  const values: V[] = [];
  const area = (rect.right - rect.left + 1) * (rect.bottom - rect.top + 1);
  if (area <= 200_000) {
    eachCell(rect, (r, c) => values.push(pick(r, c)));
  } else {
    // A whole column is a million cells: only stored cells can differ from the default.
    let stored = 0;
    for (const key of sheet.cells.keys()) {
      const row = keyRow(key);
      const col = keyCol(key);
      if (row < rect.top || row > rect.bottom || col < rect.left || col > rect.right) continue;
      stored++;
      values.push(pick(row, col));
    }
    if (stored < area) values.push(fallback);
  }
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : null;
}

export function eachCell(rect: RangeRef, f: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}
