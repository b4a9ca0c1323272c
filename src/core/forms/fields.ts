/**
 * Finding a form's fields by their labels: the value is the first non-empty cell right of the
 * label (past its merged area) before the next label; goal sub-headers that share a row
 * (实施周期总目标 | 当年度目标) hold their values below. An empty value's cell is where the form
 * puts it: right after the label's merged area, or, without merges, at the distance the other
 * labels of that column keep from their values.
 */
import { cellA1 } from '../address';
import type { GridCell, SheetGrid } from './grid';
import { fieldOfLabel, isLabelText, type FormKind, type LabelSpec, type ValueKind } from './labels';
import { labelUnit } from './normalize';
import { readAmount, readCount, readText, readYear } from './readValue';
import type { AmountUnit, Field } from './types';

/** The part of a sheet one form's fields are searched in. */
export interface FieldScope {
  grid: SheetGrid;
  kind: FormKind;
  /** Rows holding the labels (above the indicator table). */
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Unit of amounts written without one (a `金额单位` line), unless the label names its own. */
  unit: AmountUnit;
}

export type FieldValue = string | number;

export const NO_FIELD: Field<never> = Object.freeze({ value: null, text: '', cell: null, labelCell: null });

/** Amounts, years and counts from the cell's value (a number stays a number); text as the user sees it. */
function parse(kind: ValueKind, cell: GridCell, unit: AmountUnit): FieldValue | null {
  switch (kind) {
    case 'amount':
      return readAmount(cell.value, unit);
    case 'year':
      // A date cell reads as the host showed it: the host knows the workbook's date system.
      return readYear(typeof cell.value === 'number' && /[年/.-]/.test(cell.text) ? cell.text : cell.value);
    case 'count':
      return readCount(cell.value);
    default:
      return readText(cell.text);
  }
}

interface Hit<K extends string> {
  spec: LabelSpec<K>;
  label: GridCell;
  /** Last column of the label's merged area (the label column without merges). */
  labelEnd: number;
}

function findHits<K extends string>(scope: FieldScope, specs: readonly LabelSpec<K>[]): Hit<K>[] {
  const seen = new Set<K>();
  const hits: Hit<K>[] = [];
  for (const row of scope.grid.nonEmptyRows(scope.top, scope.bottom)) {
    const cells = scope.grid.cells(row);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell.col < scope.left || cell.col > scope.right) continue;
      const spec = fieldOfLabel(cell.text, specs);
      if (!spec || seen.has(spec.field)) continue;
      seen.add(spec.field);
      const labelEnd = scope.grid.mergeFrom(cell.row, cell.col)?.right ?? cell.col;
      hits.push({ spec, label: cell, labelEnd });
    }
  }
  return hits;
}

/** The next cell right of the label in its row: a value, or the label that blocks it. */
function rightOf(scope: FieldScope, hit: Hit<string>): { value: GridCell | null; blockedAt: number | null } {
  for (const cell of scope.grid.cells(hit.label.row)) {
    if (cell.col <= hit.labelEnd || cell.col > scope.right) continue;
    if (isLabelText(cell.text, scope.kind)) return { value: null, blockedAt: cell.col };
    return { value: cell, blockedAt: null };
  }
  return { value: null, blockedAt: null };
}

function rowHasLabel(scope: FieldScope, row: number): boolean {
  return scope.grid.cells(row).some((c) => isLabelText(c.text, scope.kind));
}

/** Value below a goal sub-header, within the columns up to the next label of its row. */
function below(scope: FieldScope, hit: Hit<string>): { value: GridCell | null; slot: string | null } {
  const next = scope.grid
    .cells(hit.label.row)
    .find((c) => c.col > hit.labelEnd && isLabelText(c.text, scope.kind));
  const lastCol = next ? next.col - 1 : scope.right;
  const firstRow = hit.label.row + 1;
  const slot = rowHasLabel(scope, firstRow) ? null : cellA1(firstRow, hit.label.col);
  for (let row = firstRow; row <= Math.min(scope.bottom, hit.label.row + 3); row++) {
    if (rowHasLabel(scope, row)) break;
    const value = scope.grid.cells(row).find((c) => c.col >= hit.label.col && c.col <= lastCol);
    if (value) return { value, slot };
  }
  return { value: null, slot };
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The fields of `specs` found in the scope. A field whose label is missing is `NO_FIELD`.
 */
export function readFields<K extends string>(
  scope: FieldScope,
  specs: readonly LabelSpec<K>[],
): Record<K, Field<FieldValue>> {
  const hits = findHits(scope, specs);
  const goalRows = new Map<number, number>();
  for (const h of hits) if (h.spec.goal) goalRows.set(h.label.row, (goalRows.get(h.label.row) ?? 0) + 1);

  const found = new Map<K, { value: GridCell | null; slot: string | null; blockedAt: number | null; below: boolean }>();
  const offsets = new Map<number, number[]>();
  for (const hit of hits) {
    if (hit.spec.goal && (goalRows.get(hit.label.row) ?? 0) > 1) {
      const b = below(scope, hit);
      found.set(hit.spec.field, { value: b.value, slot: b.slot, blockedAt: null, below: true });
      continue;
    }
    const r = rightOf(scope, hit);
    found.set(hit.spec.field, { value: r.value, blockedAt: r.blockedAt, slot: null, below: false });
    if (r.value) {
      const list = offsets.get(hit.labelEnd) ?? [];
      list.push(r.value.col - hit.labelEnd);
      offsets.set(hit.labelEnd, list);
    }
  }

  const result = {} as Record<K, Field<FieldValue>>;
  for (const spec of specs) result[spec.field] = NO_FIELD;
  for (const hit of hits) {
    const f = found.get(hit.spec.field);
    if (!f) continue;
    const labelCell = cellA1(hit.label.row, hit.label.col);
    const unit = labelUnit(hit.label.text) ?? scope.unit;
    if (f.value) {
      result[hit.spec.field] = {
        value: parse(hit.spec.kind, f.value, unit),
        text: f.value.text,
        cell: cellA1(f.value.row, f.value.col),
        labelCell,
      };
      continue;
    }
    let slot = f.slot;
    if (!f.below) {
      const known = scope.grid.merges !== null;
      const offset = known ? 1 : (mostCommon(offsets.get(hit.labelEnd) ?? []) ?? 1);
      let col = hit.labelEnd + offset;
      if (f.blockedAt !== null && col >= f.blockedAt) col = hit.labelEnd + 1;
      slot = f.blockedAt === col ? null : cellA1(hit.label.row, col);
    }
    result[hit.spec.field] = { value: null, text: '', cell: slot, labelCell };
  }
  return result;
}
