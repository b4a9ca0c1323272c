/**
 * Formula results for the whole workbook, computed on demand and cached until the next change.
 * A circular reference evaluates to 0, as Excel shows it.
 */
import type { RangeRef } from '../../core/address';
import { EMPTY, evaluateFormula, type CellResult, type FormulaEnv } from '../formula/evaluate';
import { cellKey, keyCol, keyRow, type SheetModel } from './sheet';
import type { ErrorValue, Scalar } from './types';
import type { WorkbookModel } from './workbook';

const caches = new WeakMap<WorkbookModel, { version: number; values: Map<string, Scalar | ErrorValue>; busy: Set<string> }>();

function cacheOf(wb: WorkbookModel) {
  let c = caches.get(wb);
  if (!c || c.version !== wb.version) {
    c = { version: wb.version, values: new Map(), busy: new Set() };
    caches.set(wb, c);
  }
  return c;
}

/** The value of a cell as Excel shows it: its constant, or its formula's result. */
export function cellResult(wb: WorkbookModel, sheet: SheetModel, row: number, col: number): CellResult {
  const cell = sheet.cell(row, col);
  if (!cell) return EMPTY;
  if (cell.formula === undefined) return cell.value === '' ? EMPTY : cell.value;
  const cache = cacheOf(wb);
  const id = `${sheet.id}:${cellKey(row, col)}`;
  const hit = cache.values.get(id);
  if (hit !== undefined) return hit;
  if (cache.busy.has(id)) throw new Circular(id);
  cache.busy.add(id);
  try {
    const v = evaluateFormula(cell.formula, envFor(wb, sheet));
    cache.values.set(id, v);
    return v;
  } catch (e) {
    if (!(e instanceof Circular)) throw e;
    // Every cell of the cycle reads 0; cells outside it go on with that.
    cache.values.set(id, 0);
    if (e.origin === id) return 0;
    throw e;
  } finally {
    cache.busy.delete(id);
  }
}

/** Unwinds the evaluation of a circular reference back to the cell where it started. */
class Circular extends Error {
  constructor(readonly origin: string) {
    super('circular reference');
  }
}

function envFor(wb: WorkbookModel, own: SheetModel): FormulaEnv {
  const sheetOf = (name: string | null) => (name === null ? own : wb.sheetByName(name));
  return {
    cell(name, row, col) {
      const s = sheetOf(name);
      return s ? cellResult(wb, s, row, col) : null;
    },
    range(name, rect: RangeRef) {
      const s = sheetOf(name);
      if (!s) return null;
      const out: CellResult[] = [];
      // Only stored cells matter: empty ones add nothing to a sum.
      for (const [key] of s.cells) {
        const row = keyRow(key);
        const col = keyCol(key);
        if (row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right) {
          out.push(cellResult(wb, s, row, col));
        }
      }
      return out;
    },
    name(n) {
      return wb.names.get(n.toLowerCase())?.formula;
    },
  };
}
