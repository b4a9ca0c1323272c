/**
 * A form template as data: its cells (labels, value cells, the indicator skeleton), merges (a cell
 * spanning more than one row or column is a merged area), drop-downs and column widths, in offsets
 * from the form's top-left cell. layout.ts places a spec at an anchor; buildPlan.ts writes it.
 */
import type { FieldId, FormKind, KeyTaskPart, ValueType } from './fields';

/** What a cell is for; it decides the cell's style. */
export type CellRole =
  | 'title'
  /** A label or column header (bold, filled). */
  | 'label'
  /** A value cell of a field, empty unless prefilled. */
  | 'field'
  /** 一级 / 二级 cell of the indicator skeleton (prefilled, with a drop-down). */
  | 'category'
  | 'subcategory'
  /** 三级 name cell, empty. */
  | 'indicator'
  /** 指标值 cell, empty. */
  | 'target'
  | 'note';

/** The value columns of an indicator table: 指标值, or 实施周期指标值 and 当年度指标值. */
export type IndicatorValueKey = 'target' | 'periodTarget' | 'annualTarget';

export interface SpecCell {
  /** Offsets (0-based) from the form's top-left cell, and the span in rows and columns. */
  row: number;
  col: number;
  rows: number;
  cols: number;
  role: CellRole;
  /** Label text, skeleton text, or "" for a cell to fill in. */
  text: string;
  /** The field a `field` cell holds. */
  field?: FieldId;
  /** The key-task row and part a `field` cell of 年度重点工作任务 holds. */
  task?: { index: number; part: KeyTaskPart };
  valueType?: ValueType;
  /** Which value column a `target` cell is in. */
  valueKey?: IndicatorValueKey;
  /** The indicator row an `indicator` or `target` cell belongs to: its 二级 and its place in it (0-based). */
  slot?: IndicatorSlot;
  /** Lines of room kept for typing when a text field is empty. */
  minLines?: number;
}

export interface IndicatorSlot {
  subcategory: string;
  index: number;
}

/** Rows wanted per 二级 (current names of hierarchy.ts); a 二级 not listed gets one row. */
export type IndicatorRowCounts = Readonly<Record<string, number>>;

export interface SpecValidation {
  row: number;
  col: number;
  rows: number;
  cols: number;
  items: readonly string[];
  strict: boolean;
}

export interface SpecSubcategoryBlock {
  name: string;
  /** First and last row offsets of the block. */
  first: number;
  last: number;
}

export interface SpecCategoryBlock {
  category: string;
  first: number;
  last: number;
  subcategories: SpecSubcategoryBlock[];
}

export interface IndicatorSpec {
  /** Column of the 绩效指标 label, merged down over the header row and the body. */
  labelCol: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  categoryCol: number;
  subcategoryCol: number;
  indicatorCol: number;
  valueCols: { key: IndicatorValueKey; col: number }[];
  blocks: SpecCategoryBlock[];
}

export interface TemplateSpec {
  kind: FormKind;
  /** Widths of the form's columns in character units, left to right. */
  columnWidths: readonly number[];
  /** Rows from the title to the last 备注 line. */
  rowCount: number;
  /** Row offsets of the bordered table (below the title, above the notes). */
  tableFirstRow: number;
  tableLastRow: number;
  cells: SpecCell[];
  validations: SpecValidation[];
  indicators: IndicatorSpec;
  /** The field selected when the form is shown. */
  firstField: FieldId;
}

/** A one-cell (or, with `span`, merged) spec cell. */
export function specCell(
  role: CellRole,
  row: number,
  col: number,
  text: string,
  extra: Partial<Omit<SpecCell, 'role' | 'row' | 'col' | 'text'>> = {},
): SpecCell {
  return { row, col, rows: 1, cols: 1, role, text, ...extra };
}

export function labelCell(row: number, col: number, text: string, rows = 1, cols = 1): SpecCell {
  return specCell('label', row, col, text, { rows, cols });
}

export function fieldCell(
  row: number,
  col: number,
  field: FieldId,
  valueType: ValueType,
  extra: Partial<Pick<SpecCell, 'rows' | 'cols' | 'minLines'>> = {},
): SpecCell {
  return specCell('field', row, col, '', { field, valueType, ...extra });
}
