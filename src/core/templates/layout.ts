/**
 * Places a template spec at an anchor cell: absolute addresses of every cell, merge and drop-down,
 * and the layout later features (import, fill) use to find fields in forms we created.
 */
import { cellA1, formatRange, parseCell, type CellRef, type RangeRef } from '../address';
import { departmentSpec, DEFAULT_KEY_TASK_ROWS } from './department';
import type {
  DepartmentField,
  FieldId,
  FormKind,
  KeyTask,
  KeyTaskPart,
  ProjectField,
  ValueType,
} from './fields';
import { DEFAULT_LEVEL, type Level } from './level';
import { projectSpec } from './project';
import type { CellRole, IndicatorRowCounts, IndicatorSlot, IndicatorValueKey, SpecCell, TemplateSpec } from './spec';

export interface TemplateSettings {
  /** 本级; default 市. */
  level?: Level;
  /** Rows under 年度重点工作任务 (department form); default 3. */
  keyTaskRows?: number;
  /** 三级 rows per 二级 (current names); default one each. See `indicatorRowCounts`. */
  indicatorRows?: IndicatorRowCounts;
}

/** The spec of a form for the given settings. */
export function templateSpec(kind: FormKind, settings: TemplateSettings = {}): TemplateSpec {
  const level = settings.level ?? DEFAULT_LEVEL;
  return kind === 'department'
    ? departmentSpec(level, settings.keyTaskRows ?? DEFAULT_KEY_TASK_ROWS, settings.indicatorRows)
    : projectSpec(settings.indicatorRows);
}

/** Rows a department form needs for `keyTasks`: the rows asked for, or more to hold every task. */
export function keyTaskRowCount(keyTaskRows: number | undefined, keyTasks: readonly KeyTask[] | undefined): number {
  return Math.max(keyTaskRows ?? DEFAULT_KEY_TASK_ROWS, keyTasks?.length ?? 0);
}

/** A spec cell at its place on the sheet. */
export interface PlacedCell {
  /** The cell's area: "B3:E3" when merged, "B3" otherwise. */
  address: string;
  /** Its top-left cell, where its value lives. */
  cell: string;
  range: RangeRef;
  merged: boolean;
  role: CellRole;
  text: string;
  field?: FieldId;
  task?: { index: number; part: KeyTaskPart };
  valueType?: ValueType;
  valueKey?: IndicatorValueKey;
  /** The indicator row of an `indicator` or `target` cell. */
  slot?: IndicatorSlot;
  minLines?: number;
}

export interface PlacedValidation {
  address: string;
  items: readonly string[];
  strict: boolean;
}

export interface IndicatorBlockLayout {
  category: string;
  firstRow: number;
  lastRow: number;
  subcategories: { name: string; firstRow: number; lastRow: number }[];
}

/** Where the 绩效指标 table of a placed form is (rows and columns are 1-based). */
export interface IndicatorTableLayout {
  /** The 绩效指标 label cell (merged down over the header row and the body). */
  labelCell: string;
  headerRow: number;
  /** First and last body rows (one empty 三级 row per 二级 in a blank form). */
  firstRow: number;
  lastRow: number;
  labelCol: number;
  categoryCol: number;
  subcategoryCol: number;
  indicatorCol: number;
  valueCols: { key: IndicatorValueKey; col: number }[];
  /** Leftmost and rightmost columns (the 绩效指标 label column to the last value column). */
  left: number;
  right: number;
  /** Columns from left to right. */
  width: number;
  /** Sum of those columns' template widths, in character units. */
  widthChars: number;
  blocks: IndicatorBlockLayout[];
}

interface LayoutBase {
  /** Top-left cell of the form (its title). */
  anchor: string;
  /** The whole form, title to last 备注 line. */
  range: string;
  /** The bordered table (without the title and the notes). */
  table: string;
  title: string;
  indicators: IndicatorTableLayout;
}

export interface DepartmentLayout extends LayoutBase {
  kind: 'department';
  /** The value cell (A1, top-left of a merged area) of each field. */
  fields: Record<DepartmentField, string>;
  /** The cells of each 年度重点工作任务 row, top to bottom. */
  keyTasks: Record<KeyTaskPart, string>[];
}

export interface ProjectLayout extends LayoutBase {
  kind: 'project';
  fields: Record<ProjectField, string>;
}

export type TemplateLayout = DepartmentLayout | ProjectLayout;
export type LayoutOf<K extends FormKind> = K extends 'department' ? DepartmentLayout : ProjectLayout;

export interface PlacedTemplate<K extends FormKind = FormKind> {
  kind: K;
  spec: TemplateSpec;
  anchor: CellRef;
  /** The whole form. */
  range: RangeRef;
  /** The bordered table. */
  table: RangeRef;
  /** Column numbers and their widths (character units). */
  columns: { col: number; width: number }[];
  cells: PlacedCell[];
  /** Merged areas, as A1 ranges. */
  merges: string[];
  validations: PlacedValidation[];
  layout: LayoutOf<K>;
}

/** A form placed with its top-left cell at `anchor` (default "A1"). Throws RangeError when it does not fit the sheet. */
export function placeTemplate<K extends FormKind>(
  kind: K,
  anchor: string = 'A1',
  settings: TemplateSettings = {},
): PlacedTemplate<K> {
  const spec = templateSpec(kind, settings);
  const at = parseCell(anchor);
  const rect = (row: number, col: number, rows: number, cols: number): RangeRef => ({
    top: at.row + row,
    left: at.col + col,
    bottom: at.row + row + rows - 1,
    right: at.col + col + cols - 1,
  });
  const range = rect(0, 0, spec.rowCount, spec.columnWidths.length);
  formatRange(range); // throws RangeError when the form runs off the sheet

  const cells = spec.cells.map((c) => placeCell(c, rect(c.row, c.col, c.rows, c.cols)));
  const validations = spec.validations.map((v) => ({
    address: formatRange(rect(v.row, v.col, v.rows, v.cols)),
    items: v.items,
    strict: v.strict,
  }));
  const columns = spec.columnWidths.map((width, i) => ({ col: at.col + i, width }));
  const table = rect(spec.tableFirstRow, 0, spec.tableLastRow - spec.tableFirstRow + 1, spec.columnWidths.length);
  return {
    kind,
    spec,
    anchor: at,
    range,
    table,
    columns,
    cells,
    merges: cells.filter((c) => c.merged).map((c) => c.address),
    validations,
    layout: buildLayout(kind, spec, at, range, table, cells) as LayoutOf<K>,
  };
}

/** Where each field and the indicator table of a form placed at `anchor` are. */
export function templateLayout<K extends FormKind>(
  kind: K,
  anchor: string = 'A1',
  settings: TemplateSettings = {},
): LayoutOf<K> {
  return placeTemplate(kind, anchor, settings).layout;
}

/** Every cell of a placed form (labels, value cells, skeleton, notes), top to bottom. */
export function templateCells(kind: FormKind, anchor: string = 'A1', settings: TemplateSettings = {}): PlacedCell[] {
  return placeTemplate(kind, anchor, settings).cells;
}

function placeCell(c: SpecCell, r: RangeRef): PlacedCell {
  const out: PlacedCell = {
    address: formatRange(r),
    cell: cellA1(r.top, r.left),
    range: r,
    merged: c.rows > 1 || c.cols > 1,
    role: c.role,
    text: c.text,
  };
  if (c.field !== undefined) out.field = c.field;
  if (c.task !== undefined) out.task = c.task;
  if (c.valueType !== undefined) out.valueType = c.valueType;
  if (c.valueKey !== undefined) out.valueKey = c.valueKey;
  if (c.slot !== undefined) out.slot = c.slot;
  if (c.minLines !== undefined) out.minLines = c.minLines;
  return out;
}

function buildLayout(
  kind: FormKind,
  spec: TemplateSpec,
  at: CellRef,
  range: RangeRef,
  table: RangeRef,
  cells: PlacedCell[],
): TemplateLayout {
  const ind = spec.indicators;
  const row = (offset: number) => at.row + offset;
  const col = (offset: number) => at.col + offset;
  const valueCols = ind.valueCols.map((v) => ({ key: v.key, col: col(v.col) }));
  const left = col(ind.labelCol);
  const right = Math.max(...valueCols.map((v) => v.col));
  const indicators: IndicatorTableLayout = {
    labelCell: cellA1(row(ind.headerRow), left),
    headerRow: row(ind.headerRow),
    firstRow: row(ind.firstRow),
    lastRow: row(ind.lastRow),
    labelCol: left,
    categoryCol: col(ind.categoryCol),
    subcategoryCol: col(ind.subcategoryCol),
    indicatorCol: col(ind.indicatorCol),
    valueCols,
    left,
    right,
    width: right - left + 1,
    widthChars: spec.columnWidths.slice(ind.labelCol, right - at.col + 1).reduce((a, b) => a + b, 0),
    blocks: ind.blocks.map((b) => ({
      category: b.category,
      firstRow: row(b.first),
      lastRow: row(b.last),
      subcategories: b.subcategories.map((s) => ({ name: s.name, firstRow: row(s.first), lastRow: row(s.last) })),
    })),
  };
  const fields: Record<string, string> = {};
  const keyTasks: Record<string, string>[] = [];
  for (const c of cells) {
    if (c.field !== undefined) fields[c.field] = c.cell;
    if (c.task !== undefined) (keyTasks[c.task.index] ??= {})[c.task.part] = c.cell;
  }
  const base: LayoutBase = {
    anchor: cellA1(at.row, at.col),
    range: formatRange(range),
    table: formatRange(table),
    title: cells.find((c) => c.role === 'title')!.text,
    indicators,
  };
  return kind === 'department'
    ? {
        ...base,
        kind,
        fields: fields as Record<DepartmentField, string>,
        keyTasks: keyTasks as Record<KeyTaskPart, string>[],
      }
    : { ...base, kind, fields: fields as Record<ProjectField, string> };
}
