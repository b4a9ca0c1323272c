/**
 * The cells a fill plan depends on, as they were read: the plan's `cellsUnchanged` preconditions,
 * so that applying a preview refuses when any of them changed since.
 */
import { parseCell, cellA1 } from '../address';
import type { Precondition } from '../plan';
import { cellValue, type CellValue, type SheetSnapshot } from '../snapshot';

export class WatchedCells {
  private readonly bySheet = new Map<
    string,
    { sheet: string; cells: Record<string, { value: CellValue; formula?: string }> }
  >();

  /** Watches a cell (local A1, before the plan's row insertions) of a sheet whose contents were read. */
  add(sheet: SheetSnapshot, a1: string): void {
    const c = parseCell(a1);
    const key = cellA1(c.row, c.col);
    const entry = this.bySheet.get(sheet.name.toLowerCase()) ?? { sheet: sheet.name, cells: {} };
    const formula = sheet.formulas[key];
    entry.cells[key] =
      formula === undefined
        ? { value: cellValue(sheet, c.row, c.col) }
        : { value: cellValue(sheet, c.row, c.col), formula };
    this.bySheet.set(sheet.name.toLowerCase(), entry);
  }

  preconditions(): Precondition[] {
    return [...this.bySheet.values()]
      .filter((e) => Object.keys(e.cells).length > 0)
      .map((e) => ({ kind: 'cellsUnchanged', sheet: e.sheet, cells: e.cells }));
  }
}
