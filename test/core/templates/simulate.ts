/**
 * A tiny pure model of one sheet that applies the geometry of an EditPlan (values, merges, styles,
 * validations, row insertion), to check plans without a host. Two host behaviours are modelled for
 * row insertion: merges straddling the insertion point grow (Excel) or stay as they are (ExcelJS's
 * spliceRows); and two for `unmerge`: exactly one merged area (strict) or every area it touches.
 */
import {
  cellA1,
  parseCell,
  parseRange,
  rangeContains,
  rangesIntersect,
  shiftRangeForInsertedRows,
  type RangeRef,
} from '../../../src/core/address';
import type { CellStyle, EditOp, EditPlan, PrintSetup } from '../../../src/core/plan';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';

export interface SimOptions {
  /** Straddling merges grow on row insertion (Excel) or not. */
  growStraddling: boolean;
  /** `unmerge` removes every merged area the address touches (Office) instead of exactly one. */
  unmergeTouching?: boolean;
}

export class SimSheet {
  cells = new Map<string, CellValue>();
  merges: RangeRef[] = [];
  validations: { range: RangeRef; items: string[]; strict: boolean }[] = [];
  styles: { range: RangeRef; style: CellStyle }[] = [];
  heights = new Map<number, number>();
  widths = new Map<number, number>();
  print: PrintSetup | undefined;
  selected: string | undefined;

  constructor(readonly name: string) {}

  get(a1: string): CellValue {
    const c = parseCell(a1);
    return this.cells.get(key(c.row, c.col)) ?? '';
  }

  set(row: number, col: number, v: CellValue): void {
    if (v === '') this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), v);
  }

  /** The style a cell ends up with: every style op covering it, in order. */
  styleAt(a1: string): CellStyle {
    const c = parseCell(a1);
    const out: CellStyle = {};
    for (const s of this.styles) {
      if (!rangeContains(s.range, c.row, c.col)) continue;
      Object.assign(out, s.style, { font: { ...out.font, ...s.style.font } });
    }
    return out;
  }

  validationAt(a1: string): { items: string[]; strict: boolean } | undefined {
    const c = parseCell(a1);
    const hits = this.validations.filter((v) => rangeContains(v.range, c.row, c.col));
    const last = hits[hits.length - 1];
    return last && { items: last.items, strict: last.strict };
  }

  mergeList(): string[] {
    return this.merges.map(fmt).sort(byAddress);
  }

  apply(plan: EditPlan, opts: SimOptions): void {
    for (const op of plan.ops) this.applyOp(op, opts);
  }

  snapshot(withMerges = true): SheetSnapshot {
    let maxRow = 0;
    let maxCol = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    }
    const values: CellValue[][] = [];
    for (let r = 1; r <= maxRow; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= maxCol; c++) line.push(this.cells.get(key(r, c)) ?? '');
      values.push(line);
    }
    return {
      name: this.name,
      index: 0,
      visibility: 'visible',
      protected: false,
      read: true,
      origin: { row: 1, col: 1 },
      values,
      formulas: {},
      merges: withMerges ? this.merges.map((m) => ({ ...m })) : null,
    };
  }

  private applyOp(op: EditOp, opts: SimOptions): void {
    switch (op.kind) {
      case 'addSheet':
      case 'printSetup':
        if (op.kind === 'printSetup') this.print = op.setup;
        return;
      case 'values': {
        const tl = parseCell(op.address);
        op.values.forEach((line, i) => line.forEach((v, j) => this.set(tl.row + i, tl.col + j, v)));
        return;
      }
      case 'merge': {
        const r = parseRange(op.address);
        const clash = this.merges.find((m) => rangesIntersect(m, r));
        if (clash) throw new Error(`merge ${op.address} overlaps ${fmt(clash)}`);
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            if ((row !== r.top || col !== r.left) && this.cells.has(key(row, col))) {
              throw new Error(`merge ${op.address} would drop ${cellA1(row, col)}`);
            }
          }
        }
        this.merges.push(r);
        return;
      }
      case 'unmerge': {
        const r = parseRange(op.address);
        if (opts.unmergeTouching) {
          this.merges = this.merges.filter((m) => !rangesIntersect(m, r));
          return;
        }
        const i = this.merges.findIndex((m) => fmt(m) === fmt(r));
        if (i < 0) throw new Error(`unmerge ${op.address}: no such merged area`);
        this.merges.splice(i, 1);
        return;
      }
      case 'insertRows': {
        const moved = new Map<string, CellValue>();
        for (const [k, v] of this.cells) {
          const [r, c] = k.split(',').map(Number);
          moved.set(key(r >= op.at ? r + op.count : r, c), v);
        }
        this.cells = moved;
        this.merges = this.merges.map((m) =>
          opts.growStraddling || m.top >= op.at ? shiftRangeForInsertedRows(m, op.at, op.count) : m,
        );
        this.validations = this.validations.map((v) => ({ ...v, range: shiftRangeForInsertedRows(v.range, op.at, op.count) }));
        this.styles = this.styles.map((s) => ({ ...s, range: shiftRangeForInsertedRows(s.range, op.at, op.count) }));
        const heights = new Map<number, number>();
        for (const [r, h] of this.heights) heights.set(r >= op.at ? r + op.count : r, h);
        this.heights = heights;
        return;
      }
      case 'style':
        this.styles.push({ range: parseRange(op.address), style: op.style });
        return;
      case 'listValidation':
        this.validations.push({ range: parseRange(op.address), items: op.items, strict: op.strict });
        return;
      case 'columnWidth':
        this.widths.set(op.col, op.width);
        return;
      case 'rowHeight':
        this.heights.set(op.row, op.height);
        return;
      case 'activate':
        this.selected = op.select;
        return;
      default:
        throw new Error(`not simulated: ${op.kind}`);
    }
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function fmt(r: RangeRef): string {
  return r.top === r.bottom && r.left === r.right
    ? cellA1(r.top, r.left)
    : `${cellA1(r.top, r.left)}:${cellA1(r.bottom, r.right)}`;
}

/** Sorts A1 addresses by row, then column. */
export function byAddress(a: string, b: string): number {
  const ra = parseRange(a);
  const rb = parseRange(b);
  return ra.top - rb.top || ra.left - rb.left || ra.bottom - rb.bottom || ra.right - rb.right;
}
