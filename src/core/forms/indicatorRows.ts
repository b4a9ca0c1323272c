/**
 * Reading the indicator table row by row, tolerating the flaws of pasted and hand-edited forms.
 * A cell that reads as a 一级 or 二级 name sets the context (written once per block of rows); the
 * first other non-empty cell is the 三级 name; the cells after it are values, put in the value
 * columns by position when the row is aligned with the header, otherwise in order (extra ones kept
 * apart). A row that names a 一级/二级 and nothing else is a placeholder row.
 */
import { cellA1 } from '../address';
import type { GridCell, SheetGrid } from './grid';
import { headerCell } from './indicatorHeader';
import { readText } from './readValue';
import type {
  Field,
  HierarchyField,
  IndicatorRepair,
  IndicatorTableLayout,
  IndicatorValueKey,
  PlaceholderRow,
} from './types';
import { matchHierarchyName } from './vocabulary';

/** An indicator row before it is shaped for its form. */
export interface RawIndicator {
  row: number;
  category: HierarchyField;
  subcategory: HierarchyField;
  name: Field<string>;
  values: Partial<Record<IndicatorValueKey, Field<string>>>;
  extraValues: Field<string>[];
  notes: IndicatorRepair[];
}

const REPAIR_ORDER: readonly IndicatorRepair[] = [
  'shifted-left',
  'shifted-right',
  'name-in-category-column',
  'name-in-subcategory-column',
  'extra-value-column',
  'category-inferred',
];

const REPAIR_BIT = Object.fromEntries(REPAIR_ORDER.map((r, i) => [r, 1 << i])) as Record<IndicatorRepair, number>;

const NONE: HierarchyField = { value: null, text: '', cell: null, labelCell: null };

function textField(cell: GridCell, labelCell: string | null): Field<string> {
  // As the user sees it: 1.2 in a `0%` cell is `120%`, what was typed.
  return { value: readText(cell.text), text: cell.text, cell: cellA1(cell.row, cell.col), labelCell };
}

function emptyField(row: number, col: number, labelCell: string | null): Field<string> {
  return { value: null, text: '', cell: cellA1(row, col), labelCell };
}

/** The row's cells less a 绩效指标 label (the table's row header, left of 一级指标). */
function tableCells(grid: SheetGrid, row: number): readonly GridCell[] {
  const all = grid.cells(row);
  let i = 0;
  while (i < all.length && all[i].label.compact !== '绩效指标') i++;
  // Most rows have no such cell: the grid's own array, not a copy.
  if (i === all.length) return all;
  const cells: GridCell[] = [];
  for (let j = 0; j < all.length; j++) if (all[j].label.compact !== '绩效指标') cells.push(all[j]);
  return cells;
}

/** The cell of `cells` in column `col`. */
function cellIn(cells: readonly GridCell[], col: number): GridCell | undefined {
  for (let i = 0; i < cells.length; i++) if (cells[i].col === col) return cells[i];
  return undefined;
}

/** Whether every cell sits in one of the value columns. */
function inValueColumns(cells: readonly GridCell[], valueCols: IndicatorTableLayout['valueCols']): boolean {
  for (let i = 0; i < cells.length; i++) {
    let found = false;
    for (let k = 0; k < valueCols.length && !found; k++) found = valueCols[k].col === cells[i].col;
    if (!found) return false;
  }
  return true;
}

export function readIndicatorRows(
  grid: SheetGrid,
  table: IndicatorTableLayout,
): { indicators: RawIndicator[]; placeholders: PlaceholderRow[] } {
  const indicators: RawIndicator[] = [];
  const placeholders: PlaceholderRow[] = [];
  const valueCols = table.valueCols;
  const firstValueCol = valueCols[0].col;
  const lastValueCol = valueCols[valueCols.length - 1].col;
  const catHeader = headerCell(table, table.categoryCol);
  const subHeader = headerCell(table, table.subcategoryCol);
  const nameHeader = headerCell(table, table.indicatorCol);
  const valueHeaders = valueCols.map((vc) => headerCell(table, vc.col));
  let category: HierarchyField = NONE;
  let subcategory: HierarchyField = NONE;

  for (const row of grid.nonEmptyRows(table.firstRow, table.lastRow)) {
    const cells = tableCells(grid, row);
    // Repairs as bits of REPAIR_ORDER (no Set per row: this runs for every row of every form).
    let notes = 0;
    let categoryHere = false;
    let hierarchyHere = false;
    let name: GridCell | null = null;
    const values: GridCell[] = [];

    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (name) {
        values.push(cell);
        continue;
      }
      const match = matchHierarchyName(cell.text, { allowShort: cell.col < table.indicatorCol });
      if (match) {
        hierarchyHere = true;
        const field: HierarchyField = {
          value: match.name,
          text: cell.text,
          cell: cellA1(cell.row, cell.col),
          labelCell: match.level === 'category' ? catHeader : subHeader,
        };
        if (match.level === 'category') {
          category = field;
          subcategory = NONE;
          categoryHere = true;
        } else {
          subcategory = field;
          if (category.value !== match.category && !categoryHere) {
            category = { value: match.category, text: '', cell: null, labelCell: catHeader };
            notes |= REPAIR_BIT['category-inferred'];
          }
        }
        continue;
      }
      // An unknown 一级/二级 (a short misspelt name ending in 指标) in its column, before the name.
      const compact = cell.label.compact;
      const unknownLevel = compact.length <= 12 && compact.endsWith('指标') && i < cells.length - 1;
      if (unknownLevel && cell.col <= table.categoryCol) {
        category = { value: null, text: cell.text, cell: cellA1(cell.row, cell.col), labelCell: catHeader };
        subcategory = NONE;
        categoryHere = hierarchyHere = true;
        continue;
      }
      if (unknownLevel && cell.col === table.subcategoryCol) {
        subcategory = { value: null, text: cell.text, cell: cellA1(cell.row, cell.col), labelCell: subHeader };
        hierarchyHere = true;
        continue;
      }
      name = cell;
    }

    // A lone cell in the value columns is a value without a name.
    if (name && name.col >= firstValueCol && values.every((v) => v.col <= lastValueCol)) {
      values.unshift(name);
      name = null;
    }
    const finalName: GridCell | null = name;

    if (!finalName && values.length === 0) {
      if (hierarchyHere) placeholders.push({ row, category, subcategory });
      continue;
    }

    const aligned = (finalName === null || finalName.col === table.indicatorCol) && inValueColumns(values, valueCols);
    const byKey: Partial<Record<IndicatorValueKey, Field<string>>> = {};
    let extra: GridCell[] = [];
    if (aligned) {
      for (let k = 0; k < valueCols.length; k++) {
        const vc = valueCols[k];
        const cell = cellIn(values, vc.col);
        byKey[vc.key] = cell ? textField(cell, valueHeaders[k]) : emptyField(row, vc.col, valueHeaders[k]);
      }
    } else {
      for (let k = 0; k < valueCols.length; k++) {
        const vc = valueCols[k];
        const cell = values[k];
        byKey[vc.key] = cell ? textField(cell, valueHeaders[k]) : emptyField(row, vc.col, valueHeaders[k]);
      }
      extra = values.slice(valueCols.length);
      if (extra.length > 0) notes |= REPAIR_BIT['extra-value-column'];
      const kept = values.slice(0, valueCols.length);
      if (kept.some((v, k) => v.col < valueCols[k].col)) notes |= REPAIR_BIT['shifted-left'];
      if (extra.length === 0 && kept.some((v, k) => v.col > valueCols[k].col)) notes |= REPAIR_BIT['shifted-right'];
    }

    if (finalName) {
      if (finalName.col < table.indicatorCol) notes |= REPAIR_BIT['shifted-left'];
      if (finalName.col > table.indicatorCol) notes |= REPAIR_BIT['shifted-right'];
      if (finalName.col <= table.categoryCol) notes |= REPAIR_BIT['name-in-category-column'];
      else if (finalName.col === table.subcategoryCol) notes |= REPAIR_BIT['name-in-subcategory-column'];
    }

    indicators.push({
      row,
      category,
      subcategory,
      name: finalName ? textField(finalName, nameHeader) : emptyField(row, table.indicatorCol, nameHeader),
      values: byKey,
      extraValues: extra.length === 0 ? [] : extra.map((c) => textField(c, null)),
      notes: notes === 0 ? [] : REPAIR_ORDER.filter((r) => (notes & REPAIR_BIT[r]) !== 0),
    });
  }
  return { indicators, placeholders };
}
