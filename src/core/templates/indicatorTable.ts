/**
 * Finds the 绩效指标 table around a cell of a sheet snapshot, in our forms or in forms shaped like
 * them: a header row 一级指标 | 二级指标 | 三级指标 | value columns, optionally with a 绩效指标 label
 * column on its left, then the body. Uses `sheet.merges` when the host could read them, values
 * alone otherwise.
 */
import { rangeContains, type RangeRef } from '../address';
import { categoryOf, categorySpec, type CategorySpec } from '../hierarchy';
import { cellValue, isBlank, usedBottomRight, type SheetSnapshot } from '../snapshot';

export interface FoundIndicatorTable {
  headerRow: number;
  /** The 绩效指标 label column, when the table has one. */
  labelCol: number | null;
  categoryCol: number;
  subcategoryCol: number;
  indicatorCol: number;
  valueCols: number[];
  /** Leftmost (label or 一级) and rightmost (last value) columns. */
  left: number;
  right: number;
  /** First and last body rows. */
  firstRow: number;
  lastRow: number;
}

/** A run of rows of one 一级 or 二级 label. */
export interface LabelBlock {
  top: number;
  bottom: number;
  /** The label's text, without white space ("" when the block has no label). */
  text: string;
}

/** Text of a cell without any white space. */
export function compactText(sheet: SheetSnapshot, row: number, col: number): string {
  return String(cellValue(sheet, row, col)).replace(/\s+/g, '');
}

/** The merged area covering a cell, if merges are known and one does. */
export function mergeAt(sheet: SheetSnapshot, row: number, col: number): RangeRef | undefined {
  return sheet.merges?.find((m) => rangeContains(m, row, col));
}

/** The 一级 named by a label: its current name, or the name without the trailing 指标. */
export function categoryByLabel(text: string): CategorySpec | undefined {
  return categorySpec(text) ?? categorySpec(`${text}指标`);
}

/** The table whose header is the nearest one above `row` and whose columns include `col`, if `row` is in its body. */
export function findIndicatorTableAt(sheet: SheetSnapshot, row: number, col: number): FoundIndicatorTable | null {
  if (!sheet.read || sheet.values.length === 0) return null;
  for (let r = row - 1; r >= sheet.origin.row; r--) {
    const table = headerAt(sheet, r);
    if (!table) continue;
    if (col < table.left || col > table.right) continue;
    const lastRow = bodyEnd(sheet, table);
    return row <= lastRow ? { ...table, firstRow: r + 1, lastRow } : null;
  }
  return null;
}

/** Blocks of a label column within rows top..bottom: each starts at a label (or merged area) and runs to the next. */
export function labelBlockAt(
  sheet: SheetSnapshot,
  col: number,
  top: number,
  bottom: number,
  row: number,
  isLabel: (text: string) => boolean,
): LabelBlock | null {
  const starts = (r: number) => {
    const m = mergeAt(sheet, r, col);
    if (m && m.top === r) return true;
    if (m && m.top < r) return false;
    const t = compactText(sheet, r, col);
    return t !== '' && isLabel(t);
  };
  let start = -1;
  for (let r = row; r >= top; r--) {
    if (starts(r)) {
      start = r;
      break;
    }
  }
  if (start < 0) return null;
  let end = bottom;
  for (let r = row + 1; r <= bottom; r++) {
    if (starts(r)) {
      end = r - 1;
      break;
    }
  }
  return { top: start, bottom: end, text: compactText(sheet, start, col) };
}

/** A 一级 label: a known 一级 (with or without 指标), or any text ending in 指标. */
export function isCategoryLabel(text: string): boolean {
  return categoryByLabel(text) !== undefined || text.endsWith('指标');
}

/** A 二级 label: a known 二级 (with or without 指标), or any text ending in 指标. */
export function isSubcategoryLabel(text: string): boolean {
  return categoryOf(text) !== undefined || categoryOf(`${text}指标`) !== undefined || text.endsWith('指标');
}

function headerAt(sheet: SheetSnapshot, r: number): Omit<FoundIndicatorTable, 'firstRow' | 'lastRow'> | null {
  const { col: usedRight } = usedBottomRight(sheet);
  for (let c = sheet.origin.col; c + 2 <= usedRight; c++) {
    if (
      compactText(sheet, r, c) !== '一级指标' ||
      compactText(sheet, r, c + 1) !== '二级指标' ||
      compactText(sheet, r, c + 2) !== '三级指标'
    ) {
      continue;
    }
    const valueCols: number[] = [];
    for (let v = c + 3; v <= usedRight; v++) {
      const m = mergeAt(sheet, r, v);
      const covered = m !== undefined && m.left < v && valueCols.length > 0;
      if (isBlank(cellValue(sheet, r, v)) && !covered) break;
      valueCols.push(v);
    }
    if (valueCols.length === 0) valueCols.push(c + 3);
    const labelCol = c > 1 && labelTextAt(sheet, r, c - 1) === '绩效指标' ? c - 1 : null;
    return {
      headerRow: r,
      labelCol,
      categoryCol: c,
      subcategoryCol: c + 1,
      indicatorCol: c + 2,
      valueCols,
      left: labelCol ?? c,
      right: valueCols[valueCols.length - 1],
    };
  }
  return null;
}

/** Text shown in a cell: a merged area's top-left text. */
function labelTextAt(sheet: SheetSnapshot, r: number, c: number): string {
  const m = mergeAt(sheet, r, c);
  return m ? compactText(sheet, m.top, m.left) : compactText(sheet, r, c);
}

/**
 * Last body row: the bottom of the 绩效指标 label's merged area when there is one; otherwise the
 * last row with content before the table ends (a 备注 line, a title, another header, or text in the
 * label column). Rows left empty just above a 备注 line count as body rows: they are indicator rows
 * added and not filled in yet (without merges nothing else tells them apart).
 */
function bodyEnd(sheet: SheetSnapshot, t: Omit<FoundIndicatorTable, 'firstRow' | 'lastRow'>): number {
  if (t.labelCol !== null) {
    const m = mergeAt(sheet, t.headerRow, t.labelCol);
    if (m && m.top === t.headerRow && m.bottom > t.headerRow) return m.bottom;
  }
  const { row: usedBottom } = usedBottomRight(sheet);
  let last = t.headerRow;
  for (let r = t.headerRow + 1; r <= usedBottom; r++) {
    if (headerAt(sheet, r)) break;
    let ended = false;
    let notes = false;
    let content = false;
    for (let c = t.left; c <= t.right; c++) {
      const text = compactText(sheet, r, c);
      if (text.startsWith('备注')) notes = true;
      if (notes || text.endsWith('申报表')) ended = true;
      if (c === t.labelCol && text !== '') ended = true;
      if (text !== '' || (c <= t.subcategoryCol && (mergeAt(sheet, r, c)?.top ?? r) < r)) content = true;
    }
    if (ended) {
      if (notes) last = r - 1;
      break;
    }
    if (content) last = r;
  }
  return last;
}
