/**
 * The workbook as a fill plan will leave it, worked out on the snapshot: values, formulas (with
 * their results), links, inserted rows, merges, sheets and names, and the displayed texts of
 * formatted numbers (`texts`), which move with their cells and go where a cell is written. What
 * validation reads; styles, widths, drop-downs and print setup are not modelled.
 */
import {
  cellA1,
  parseCell,
  parseRange,
  quoteSheetName,
  rangesIntersect,
  shiftRangeForInsertedRows,
  splitSheetAddress,
} from '../address';
import type { EditOp, EditPlan } from '../plan';
import {
  cellValue,
  findSheet,
  usedBottomRight,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';

class Grid {
  cells = new Map<string, CellValue>();
  formulas = new Map<string, string>();
  texts = new Map<string, string>();
  merges: { top: number; left: number; bottom: number; right: number }[] | null;

  constructor(readonly base: SheetSnapshot) {
    const end = usedBottomRight(base);
    for (let r = base.origin.row; r <= end.row; r++) {
      for (let c = base.origin.col; c <= end.col; c++) {
        const v = cellValue(base, r, c);
        if (v !== '') this.cells.set(key(r, c), v);
      }
    }
    for (const [a1, f] of Object.entries(base.formulas)) {
      const c = parseCell(a1);
      this.formulas.set(key(c.row, c.col), f);
    }
    for (const [a1, t] of Object.entries(base.texts ?? {})) {
      const c = parseCell(a1);
      this.texts.set(key(c.row, c.col), t);
    }
    this.merges = base.merges ? base.merges.map((m) => ({ ...m })) : null;
  }

  set(row: number, col: number, v: CellValue, formula?: string): void {
    const k = key(row, col);
    if (v === '') this.cells.delete(k);
    else this.cells.set(k, v);
    if (formula === undefined) this.formulas.delete(k);
    else this.formulas.set(k, formula);
    // What is written shows as itself (the cell's number format is not modelled).
    this.texts.delete(k);
  }

  insertRows(at: number, count: number): void {
    const move = <T>(m: Map<string, T>) => {
      const out = new Map<string, T>();
      for (const [k, v] of m) {
        const [r, c] = k.split(',').map(Number);
        out.set(key(r >= at ? r + count : r, c), v);
      }
      return out;
    };
    this.cells = move(this.cells);
    this.formulas = move(this.formulas);
    this.texts = move(this.texts);
    if (this.merges) this.merges = this.merges.map((m) => shiftRangeForInsertedRows(m, at, count));
  }

  snapshot(): SheetSnapshot {
    let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
    const grow = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    for (const k of [...this.cells.keys(), ...this.formulas.keys()]) {
      const [r, c] = k.split(',').map(Number);
      grow(r, c);
    }
    for (const m of this.merges ?? []) {
      grow(m.top, m.left);
      grow(m.bottom, m.right);
    }
    const formulas: Record<string, string> = {};
    for (const [k, f] of this.formulas) {
      const [r, c] = k.split(',').map(Number);
      formulas[cellA1(r, c)] = f;
    }
    const texts: { texts?: Record<string, string> } = {};
    if (this.texts.size > 0) {
      texts.texts = {};
      for (const [k, t] of this.texts) {
        const [r, c] = k.split(',').map(Number);
        texts.texts[cellA1(r, c)] = t;
      }
    }
    const base = { ...this.base };
    delete base.texts;
    if (bottom === 0)
      return { ...base, ...texts, read: true, origin: { row: 1, col: 1 }, values: [], formulas, merges: this.merges };
    const values: CellValue[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: CellValue[] = [];
      for (let c = left; c <= right; c++) line.push(this.cells.get(key(r, c)) ?? '');
      values.push(line);
    }
    return { ...base, ...texts, read: true, origin: { row: top, col: left }, values, formulas, merges: this.merges };
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function emptySheet(name: string, index: number): SheetSnapshot {
  return {
    name,
    index,
    visibility: 'visible',
    protected: false,
    read: true,
    origin: { row: 1, col: 1 },
    values: [],
    formulas: {},
    merges: [],
  };
}

/** Moves the names that refer to a sheet's rows at or below `at` down by `count` rows. */
function shiftNames(names: Record<string, string>, sheet: string, at: number, count: number): void {
  for (const [n, ref] of Object.entries(names)) {
    const { sheet: s, a1 } = splitSheetAddress(ref.replace(/^=/, ''));
    if (s === null || s.toLowerCase() !== sheet.toLowerCase()) continue;
    try {
      const r = shiftRangeForInsertedRows(parseRange(a1), at, count);
      const abs = (row: number, col: number) => cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
      names[n] =
        `${quoteSheetName(s)}!${abs(r.top, r.left)}${r.bottom !== r.top || r.right !== r.left ? `:${abs(r.bottom, r.right)}` : ''}`;
    } catch {
      // "#REF!" stays as it is.
    }
  }
}

/** The snapshot after the plan's operations (preconditions are not checked). */
export function simulatePlan(wb: WorkbookSnapshot, plan: EditPlan): WorkbookSnapshot {
  const grids = new Map<string, Grid>();
  const order = [...wb.sheets].sort((a, b) => a.index - b.index).map((s) => ({ ...s }));
  const names = wb.names ? { ...wb.names } : undefined;
  const grid = (sheet: string): Grid => {
    const lower = sheet.toLowerCase();
    let g = grids.get(lower);
    if (!g) {
      const base = order.find((s) => s.name.toLowerCase() === lower) ?? findSheet(wb, sheet);
      if (!base) throw new RangeError(`simulatePlan: no sheet ${sheet}`);
      g = new Grid(base);
      grids.set(lower, g);
    }
    return g;
  };
  const apply = (op: EditOp) => {
    switch (op.kind) {
      case 'addSheet':
        order.push(emptySheet(op.sheet, order.length));
        return;
      case 'deleteSheet': {
        const i = order.findIndex((s) => s.name.toLowerCase() === op.sheet.toLowerCase());
        if (i >= 0) order.splice(i, 1);
        grids.delete(op.sheet.toLowerCase());
        return;
      }
      case 'sheetVisibility': {
        const s = order.find((x) => x.name.toLowerCase() === op.sheet.toLowerCase());
        if (s) s.visibility = op.visibility;
        return;
      }
      case 'insertRows':
        grid(op.sheet).insertRows(op.at, op.count);
        if (names) shiftNames(names, op.sheet, op.at, op.count);
        return;
      case 'values': {
        const g = grid(op.sheet);
        const tl = parseCell(op.address);
        op.values.forEach((line, i) => line.forEach((v, j) => g.set(tl.row + i, tl.col + j, v)));
        return;
      }
      case 'formula': {
        const c = parseCell(op.cell);
        grid(op.sheet).set(c.row, c.col, op.result, op.formula.startsWith('=') ? op.formula : `=${op.formula}`);
        return;
      }
      case 'link': {
        const c = parseCell(op.cell);
        grid(op.sheet).set(c.row, c.col, op.text);
        return;
      }
      case 'merge': {
        const g = grid(op.sheet);
        const r = parseRange(op.address);
        if (g.merges) g.merges.push(r);
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) g.set(row, col, '');
        }
        return;
      }
      case 'unmerge': {
        const g = grid(op.sheet);
        const r = parseRange(op.address);
        if (g.merges) g.merges = g.merges.filter((m) => !rangesIntersect(m, r));
        return;
      }
      case 'addName':
        if (names) names[op.name] = op.ref;
        return;
      case 'deleteName':
        if (names) {
          const k = Object.keys(names).find((n) => n.toLowerCase() === op.name.toLowerCase());
          if (k !== undefined) delete names[k];
        }
        return;
      default:
        // Styles, widths, heights, drop-downs, notes, print setup and activation change no value.
        return;
    }
  };
  for (const op of plan.ops) apply(op);
  const sheets = order.map((s, index) => {
    const g = grids.get(s.name.toLowerCase());
    return { ...(g ? g.snapshot() : s), name: s.name, index, visibility: s.visibility };
  });
  return { ...wb, sheets, ...(names ? { names } : {}) };
}
