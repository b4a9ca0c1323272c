/**
 * 添加指标行: one more 三级 row at the end of the selected 二级 block of an indicator table, with
 * merges, borders and drop-downs kept intact.
 */
import { cellA1, formatRange, type RangeRef } from '../address';
import { SelectionError } from '../errors';
import { CATEGORY_NAMES, categoryOf } from '../hierarchy';
import type { CellStyle, EditOp, EditPlan } from '../plan';
import { isBlank, cellValue, type SheetSnapshot } from '../snapshot';
import { STYLES } from '../style';
import {
  categoryByLabel,
  findIndicatorTableAt,
  isCategoryLabel,
  isSubcategoryLabel,
  labelBlockAt,
  mergeAt,
  type FoundIndicatorTable,
} from './indicatorTable';
import { TARGET_STYLE } from './valueFormat';

/** A label column's run of rows that must cover the new row too. */
export interface Group {
  col: number;
  top: number;
  bottom: number;
}

/**
 * The plan for one new 三级 row under the 二级 block holding `selected` (any cell of one of its rows).
 * Merged areas that straddle or end at the block (the 绩效指标, 一级 and 二级 labels) are unmerged
 * first and merged again one row longer, because hosts grow merges differently on insertion; a
 * 一级 or 二级 label that was not merged is merged down over its rows when the cells below it are
 * empty, as in the official forms. Without merge information (`sheet.merges === null`), the label
 * columns of the affected rows are unmerged as a whole and merged again from the values.
 * Throws SelectionError when the cell is not in an indicator table's body or has no 二级 above it.
 */
export function planAddIndicatorRow(sheet: SheetSnapshot, selected: { row: number; col: number }): EditPlan {
  const { row, col } = selected;
  const table = findIndicatorTableAt(sheet, row, col);
  if (!table) throw new SelectionError('not-in-indicator-table', sheet.name, cellA1(row, col));

  const category =
    labelBlockAt(sheet, table.categoryCol, table.firstRow, table.lastRow, row, isCategoryLabel) ??
    { top: table.firstRow, bottom: table.lastRow, text: '' };
  const sub = labelBlockAt(sheet, table.subcategoryCol, category.top, category.bottom, row, isSubcategoryLabel);
  if (!sub) throw new SelectionError('no-subcategory', sheet.name, cellA1(row, col));

  const at = sub.bottom + 1;
  const groups: Group[] = [
    ...(table.labelCol !== null ? [{ col: table.labelCol, top: table.headerRow, bottom: table.lastRow }] : []),
    ...(category.text !== '' ? [{ col: table.categoryCol, top: category.top, bottom: category.bottom }] : []),
    { col: table.subcategoryCol, top: sub.top, bottom: sub.bottom },
  ];
  const { unmerge, merge } = sheet.merges === null ? mergesFromValues(sheet, groups) : mergesKnown(sheet, groups, sub.bottom);

  const s = sheet.name;
  const ops: EditOp[] = [];
  for (const r of unmerge) ops.push({ kind: 'unmerge', sheet: s, address: formatRange(r) });
  ops.push({ kind: 'insertRows', sheet: s, at, count: 1 });
  ops.push(...newRowStyles(s, table, at));
  for (const r of merge) ops.push({ kind: 'merge', sheet: s, address: formatRange(r) });
  ops.push({ kind: 'listValidation', sheet: s, address: cellA1(at, table.categoryCol), items: [...CATEGORY_NAMES], strict: true });
  const spec = categoryByLabel(category.text) ?? categoryOf(sub.text) ?? categoryOf(`${sub.text}指标`);
  if (spec) {
    ops.push({
      kind: 'listValidation',
      sheet: s,
      address: cellA1(at, table.subcategoryCol),
      items: [...spec.subcategories],
      strict: true,
    });
  }
  ops.push({ kind: 'activate', sheet: s, select: cellA1(at, table.indicatorCol) });
  return { preconditions: [{ kind: 'sheetWritable', sheet: s }], ops };
}

/** With merges known: exactly the areas to unmerge before the insertion and merge after it. */
function mergesKnown(sheet: SheetSnapshot, groups: Group[], blockBottom: number): { unmerge: RangeRef[]; merge: RangeRef[] } {
  const grown = new Map<string, { from: RangeRef; to: RangeRef }>();
  const grow = (m: RangeRef) => grown.set(formatRange(m), { from: m, to: { ...m, bottom: m.bottom + 1 } });
  const fresh: RangeRef[] = [];
  for (const g of groups) {
    const m = mergeAt(sheet, g.top, g.col);
    if (m && m.top === g.top) {
      if (m.bottom >= blockBottom) grow(m);
    } else if (!m && canMergeDown(sheet, g)) {
      fresh.push({ top: g.top, left: g.col, bottom: g.bottom + 1, right: g.col });
    }
  }
  // Any other area straddling the insertion point (hosts grow these differently).
  for (const m of sheet.merges ?? []) {
    if (m.top <= blockBottom && m.bottom > blockBottom) grow(m);
  }
  const list = [...grown.values()];
  return { unmerge: list.map((x) => x.from), merge: [...list.map((x) => x.to), ...fresh] };
}

/** Without merge information: unmerge each label column's rows, merge them again one row longer. */
function mergesFromValues(sheet: SheetSnapshot, groups: Group[]): { unmerge: RangeRef[]; merge: RangeRef[] } {
  const unmerge: RangeRef[] = [];
  const merge: RangeRef[] = [];
  for (const g of groups) {
    unmerge.push({ top: g.top, left: g.col, bottom: g.bottom, right: g.col });
    if (canMergeDown(sheet, g)) merge.push({ top: g.top, left: g.col, bottom: g.bottom + 1, right: g.col });
  }
  return { unmerge, merge };
}

/** The label has text and every cell below it in the group is empty and not merged. */
export function canMergeDown(sheet: SheetSnapshot, g: Group): boolean {
  if (isBlank(cellValue(sheet, g.top, g.col))) return false;
  for (let r = g.top + 1; r <= g.bottom; r++) {
    if (!isBlank(cellValue(sheet, r, g.col)) || mergeAt(sheet, r, g.col)) return false;
  }
  return true;
}

/**
 * The new row styled like the table's body rows: font, borders, wrapping, alignment per column;
 * its 指标值 cells in the text format.
 */
export function newRowStyles(sheet: string, t: FoundIndicatorTable, at: number): EditOp[] {
  const range = (left: number, right: number) => formatRange({ top: at, left, bottom: at, right });
  const style = (address: string, s: CellStyle): EditOp => ({ kind: 'style', sheet, address, style: s });
  return [
    style(range(t.left, t.right), { ...STYLES.base, ...STYLES.table }),
    style(range(t.left, t.subcategoryCol), STYLES.category),
    style(range(t.indicatorCol, t.indicatorCol), STYLES.indicator),
    style(range(t.valueCols[0], t.right), TARGET_STYLE),
  ];
}
