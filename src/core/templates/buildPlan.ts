/**
 * 插入模板: the EditPlan that writes a department or project form onto a new sheet or into an empty
 * area of an existing sheet.
 */
import { cellA1, formatRange, type RangeRef } from '../address';
import type { CellStyle, EditOp, EditPlan, Precondition } from '../plan';
import { assertSheetName } from '../sheetName';
import type { CellValue } from '../snapshot';
import {
  BODY_FONT_SIZE,
  estimateRowHeight,
  lineHeight,
  STYLES,
  TITLE_FONT_SIZE,
  TITLE_ROW_HEIGHT,
  type StyleName,
} from '../style';
import type { DepartmentFields, FieldsOf, FormKind, ProjectFields, TemplateIndicator } from './fields';
import { indicatorRowCounts, indicatorsBySubcategory } from './indicatorRows';
import { keyTaskRowCount, placeTemplate, type PlacedCell, type PlacedTemplate, type TemplateSettings } from './layout';
import { TARGET_STYLE } from './valueFormat';

export interface TemplatePlanOptions<K extends FormKind = FormKind> extends TemplateSettings {
  /** The sheet to write on: a new sheet's name, or an existing sheet. */
  sheet: string;
  /** Top-left cell of the form; default "A1". */
  anchor?: string;
  /** Add the sheet (it must not exist yet), or write into an existing one (the area must be empty). */
  newSheet: boolean;
  /**
   * Values to prefill. Amounts in 万元, years and counts as numbers. `indicators` go under their
   * 二级, each 二级 block getting as many rows as it has indicators (at least one).
   */
  fields?: Partial<FieldsOf<K>>;
  /**
   * Set the form's column widths and the print setup (A4 portrait, one page wide, print area = the
   * form). Default: on a new sheet only, so that a user's own sheet keeps its columns and printing.
   * Row heights of the form's rows are set in both cases where wrapped text needs them.
   */
  sheetSetup?: boolean;
}

/**
 * The plan for a form. A new sheet: `addSheet` with `sheetAbsent` and `structureWritable`; an
 * existing sheet: `sheetWritable` and `areaEmpty` over the whole form, so no cell of the user's
 * is overwritten. Ends with `activate`, selecting the first field. Throws SheetNameError for an
 * unusable new sheet name, and RangeError when the form would run off the sheet or an indicator's
 * 二级 is not one of hierarchy.ts (or not under the 一级 it names).
 */
export function buildTemplatePlan<K extends FormKind>(kind: K, options: TemplatePlanOptions<K>): EditPlan {
  const { sheet, newSheet } = options;
  if (newSheet) assertSheetName(sheet);
  const fields = (options.fields ?? {}) as Partial<DepartmentFields & ProjectFields>;
  const keyTaskRows = kind === 'department' ? keyTaskRowCount(options.keyTaskRows, fields.keyTasks) : undefined;
  const indicatorRows = indicatorRowCounts(fields.indicators, options.indicatorRows);
  const placed = placeTemplate(kind, options.anchor ?? 'A1', { level: options.level, keyTaskRows, indicatorRows });
  const sheetSetup = options.sheetSetup ?? newSheet;
  const formAddress = formatRange(placed.range);

  const preconditions: Precondition[] = newSheet
    ? [{ kind: 'sheetAbsent', sheet }, { kind: 'structureWritable' }]
    : [
        { kind: 'sheetWritable', sheet },
        { kind: 'areaEmpty', sheet, address: formAddress },
      ];

  const ops: EditOp[] = [];
  if (newSheet) ops.push({ kind: 'addSheet', sheet });
  if (sheetSetup) {
    for (const c of placed.columns) ops.push({ kind: 'columnWidth', sheet, col: c.col, width: c.width });
  }
  const values = cellValues(placed, fields);
  ops.push({ kind: 'values', sheet, address: cellA1(placed.range.top, placed.range.left), values: values.grid });
  for (const address of placed.merges) ops.push({ kind: 'merge', sheet, address });
  ops.push({ kind: 'style', sheet, address: formAddress, style: STYLES.base });
  ops.push({ kind: 'style', sheet, address: formatRange(placed.table), style: STYLES.table });
  for (const run of styleRuns(placed.cells)) {
    // 指标值 cells in the text format: a typed 95% stays the text 95%.
    const style = run.style === 'target' ? TARGET_STYLE : (STYLES[run.style] as CellStyle);
    ops.push({ kind: 'style', sheet, address: formatRange(run.range), style });
  }
  for (const v of placed.validations) {
    ops.push({ kind: 'listValidation', sheet, address: v.address, items: [...v.items], strict: v.strict });
  }
  for (const h of rowHeights(placed, values.text)) ops.push({ kind: 'rowHeight', sheet, row: h.row, height: h.height });
  if (sheetSetup) {
    ops.push({
      kind: 'printSetup',
      sheet,
      setup: { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: formAddress },
    });
  }
  const first = placed.cells.find((c) => c.field === placed.spec.firstField)!;
  ops.push({ kind: 'activate', sheet, select: first.cell });
  return { preconditions, ops };
}

/** The name a new sheet for the form would get: 部门整体, or the project's name (项目 when it has none). */
export function defaultSheetName<K extends FormKind>(kind: K, fields: Partial<FieldsOf<K>> = {}): string {
  if (kind === 'department') return '部门整体';
  const name = (fields as Partial<ProjectFields>).projectName;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : '项目';
}

/** The style each cell gets on top of the base style. */
export function styleOf(cell: Pick<PlacedCell, 'role' | 'valueType'>): StyleName {
  switch (cell.role) {
    case 'title':
    case 'label':
    case 'note':
    case 'indicator':
    case 'target':
      return cell.role;
    case 'category':
    case 'subcategory':
      return 'category';
    case 'field':
      if (cell.valueType === 'amount') return 'amount';
      if (cell.valueType === 'year' || cell.valueType === 'count') return 'integer';
      return 'text';
  }
}

function cellValues(
  placed: PlacedTemplate,
  fields: Partial<DepartmentFields & ProjectFields>,
): { grid: CellValue[][]; text: Map<PlacedCell, string> } {
  const { range } = placed;
  const grid: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) grid.push(new Array<CellValue>(range.right - range.left + 1).fill(''));
  const text = new Map<PlacedCell, string>();
  const indicators = indicatorsBySubcategory(fields.indicators);
  for (const c of placed.cells) {
    const v = c.role === 'field' ? fieldValue(c, fields) : c.slot ? indicatorValue(c, indicators) : c.text;
    grid[c.range.top - range.top][c.range.left - range.left] = v;
    text.set(c, String(v));
  }
  return { grid, text };
}

function fieldValue(c: PlacedCell, fields: Partial<DepartmentFields & ProjectFields>): CellValue {
  let v: unknown;
  if (c.field !== undefined) v = (fields as Record<string, unknown>)[c.field];
  else if (c.task !== undefined) v = fields.keyTasks?.[c.task.index]?.[c.task.part];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return '';
}

function indicatorValue(c: PlacedCell, bySubcategory: Map<string, TemplateIndicator[]>): CellValue {
  const ind = c.slot ? bySubcategory.get(c.slot.subcategory)?.[c.slot.index] : undefined;
  if (!ind) return '';
  const v = c.role === 'indicator' ? ind.name : c.valueKey ? ind[c.valueKey] : undefined;
  return typeof v === 'string' ? v : '';
}

/** Cells with the same style, joined into column runs to keep the plan short. */
function styleRuns(cells: PlacedCell[]): { style: StyleName; range: RangeRef }[] {
  const groups = new Map<string, { style: StyleName; range: RangeRef }[]>();
  for (const c of cells) {
    const style = styleOf(c);
    const key = `${style}|${c.range.left}|${c.range.right}`;
    const list = groups.get(key) ?? [];
    list.push({ style, range: { ...c.range } });
    groups.set(key, list);
  }
  const runs: { style: StyleName; range: RangeRef }[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.range.top - b.range.top);
    let cur = list[0];
    for (const next of list.slice(1)) {
      if (next.range.top === cur.range.bottom + 1) cur.range.bottom = next.range.bottom;
      else {
        runs.push(cur);
        cur = next;
      }
    }
    runs.push(cur);
  }
  return runs.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/**
 * Heights of the rows whose one-row cells need more than one line: the title, merged text fields
 * (kept a few lines tall when empty, for typing), labels that wrap, long prefilled text. Other rows
 * are left to the host's automatic height.
 */
function rowHeights(placed: PlacedTemplate, text: Map<PlacedCell, string>): { row: number; height: number }[] {
  const widthOf = (r: RangeRef) =>
    placed.columns.filter((c) => c.col >= r.left && c.col <= r.right).reduce((sum, c) => sum + c.width, 0);
  const byRow = new Map<number, number>();
  for (const c of placed.cells) {
    if (c.range.top !== c.range.bottom) continue;
    const title = c.role === 'title';
    const fontSize = title ? TITLE_FONT_SIZE : BODY_FONT_SIZE;
    const min = title ? TITLE_ROW_HEIGHT : (c.minLines ?? 1) * lineHeight(BODY_FONT_SIZE);
    const h = estimateRowHeight(text.get(c) ?? '', widthOf(c.range), fontSize, min);
    byRow.set(c.range.top, Math.max(byRow.get(c.range.top) ?? 0, h));
  }
  const single = lineHeight(BODY_FONT_SIZE);
  return [...byRow]
    .filter(([, h]) => h > single)
    .sort((a, b) => a[0] - b[0])
    .map(([row, height]) => ({ row, height }));
}
