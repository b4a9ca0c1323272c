/**
 * The 一级 and 二级 cells of a form's indicator table, each once (they are written once per block).
 */
import { cellRef } from '../cellRef';
import type { HierarchyField, TargetForm } from '../../forms';

export interface HierarchyCell {
  level: 'category' | 'subcategory';
  field: HierarchyField;
  /** The field's cell (never null here). */
  cell: string;
  row: number;
  col: number;
  /** The 一级 the rows under this cell read as. */
  category: HierarchyField;
}

/** Each form's cells, worked out once: several rules ask, and categoryAbove asks per cell. */
const cached = new WeakMap<TargetForm, readonly HierarchyCell[]>();

export function hierarchyCells(form: TargetForm): readonly HierarchyCell[] {
  let cells = cached.get(form);
  if (!cells) {
    cells = collect(form);
    cached.set(form, cells);
  }
  return cells;
}

function collect(form: TargetForm): HierarchyCell[] {
  const byCell = new Map<string, HierarchyCell>();
  const add = (level: HierarchyCell['level'], field: HierarchyField, category: HierarchyField) => {
    if (field.cell === null || byCell.has(field.cell)) return;
    const ref = cellRef(field.cell);
    byCell.set(field.cell, { level, field, cell: field.cell, row: ref.row, col: ref.col, category });
  };
  const addRow = (r: { category: HierarchyField; subcategory: HierarchyField }) => {
    add('category', r.category, r.category);
    add('subcategory', r.subcategory, r.category);
  };
  form.indicators.forEach(addRow);
  form.placeholderRows.forEach(addRow);
  return [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** The 一级 written last above `row` (null when none is written). */
export function categoryAbove(form: TargetForm, row: number): HierarchyCell | null {
  let found: HierarchyCell | null = null;
  for (const c of hierarchyCells(form)) {
    if (c.level === 'category' && c.row < row) found = c;
  }
  return found;
}
