/**
 * The department form's 绩效指标 table as blocks of rows: each 一级 label starts a block in the 一级
 * column, each 二级 label a block in the 二级 column (the same reading as 添加指标行), with the
 * official names the labels read as, and the rows of each 二级 block that are empty 三级 rows.
 */
import { CATEGORY_NAMES, categorySpec } from '../hierarchy';
import { matchHierarchyName, type IndicatorTableLayout } from '../forms';
import { cellValue, isBlank, type SheetSnapshot } from '../snapshot';
import {
  compactText,
  isCategoryLabel,
  isSubcategoryLabel,
  mergeAt,
  type FoundIndicatorTable,
} from '../templates/indicatorTable';

export interface SubBlock {
  top: number;
  bottom: number;
  /** The official 二级 name the label reads as; null for rows with no 二级 label or an unknown one. */
  name: string | null;
  /** Rows with no 三级 name and no value (filled before new rows are added). */
  emptyRows: number[];
}

export interface CategoryBlock {
  top: number;
  bottom: number;
  /** The official 一级 name; null for rows before the first 一级 label or an unknown label. */
  name: string | null;
  /** The label as written (copied when the label has to move up). */
  text: string;
  subs: SubBlock[];
}

export interface TableBlocks {
  table: FoundIndicatorTable;
  categories: CategoryBlock[];
}

/** The table in the shape 添加指标行's helpers take, from recognition's layout. */
export function foundTable(layout: IndicatorTableLayout): FoundIndicatorTable {
  const valueCols = layout.valueCols.map((v) => v.col);
  return {
    headerRow: layout.headerRow,
    labelCol: layout.labelCol,
    categoryCol: layout.categoryCol,
    subcategoryCol: layout.subcategoryCol,
    indicatorCol: layout.indicatorCol,
    valueCols,
    left: layout.labelCol ?? layout.categoryCol,
    right: Math.max(layout.indicatorCol, ...valueCols),
    firstRow: layout.firstRow,
    lastRow: layout.lastRow,
  };
}

/** Rows top..bottom cut where `starts` holds (rows before the first start form a block of their own). */
function cut(top: number, bottom: number, starts: (row: number) => boolean): { top: number; bottom: number }[] {
  const out: { top: number; bottom: number }[] = [];
  for (let r = top; r <= bottom; r++) {
    if (out.length === 0 || starts(r)) out.push({ top: r, bottom: r });
    else out[out.length - 1].bottom = r;
  }
  return out;
}

function labelStarts(sheet: SheetSnapshot, col: number, isLabel: (text: string) => boolean): (row: number) => boolean {
  return (r) => {
    const m = mergeAt(sheet, r, col);
    if (m) return m.top === r;
    const t = compactText(sheet, r, col);
    return t !== '' && isLabel(t);
  };
}

function hierarchyName(text: string, level: 'category' | 'subcategory'): string | null {
  const m = matchHierarchyName(text, { allowShort: true });
  return m && m.level === level ? m.name : null;
}

/** Whether a body row holds nothing but the 一级/二级 labels its blocks start with. */
function isEmptyRow(
  sheet: SheetSnapshot,
  t: FoundIndicatorTable,
  row: number,
  labelRows: { category: number; sub: number },
): boolean {
  for (let col = t.left; col <= t.right; col++) {
    if (col === t.categoryCol && row === labelRows.category) continue;
    if (col === t.subcategoryCol && row === labelRows.sub) continue;
    const m = mergeAt(sheet, row, col);
    if (m && m.top < row && col >= t.indicatorCol) return false;
    if (m && m.top < row) continue;
    if (col === t.labelCol && m) continue;
    if (!isBlank(cellValue(sheet, row, col))) return false;
  }
  return true;
}

/** The blocks of the table's body. */
export function tableBlocks(sheet: SheetSnapshot, table: FoundIndicatorTable): TableBlocks {
  const categories: CategoryBlock[] = [];
  const categoryStarts = labelStarts(sheet, table.categoryCol, isCategoryLabel);
  const subStarts = labelStarts(sheet, table.subcategoryCol, isSubcategoryLabel);
  for (const c of cut(table.firstRow, table.lastRow, categoryStarts)) {
    const text = String(cellValue(sheet, c.top, table.categoryCol));
    const name = categoryStarts(c.top) ? hierarchyName(text, 'category') : null;
    const subs: SubBlock[] = cut(c.top, c.bottom, subStarts).map((s) => {
      const subName = subStarts(s.top)
        ? hierarchyName(String(cellValue(sheet, s.top, table.subcategoryCol)), 'subcategory')
        : null;
      const emptyRows: number[] = [];
      for (let r = s.top; r <= s.bottom; r++) {
        if (isEmptyRow(sheet, table, r, { category: c.top, sub: s.top })) emptyRows.push(r);
      }
      return { top: s.top, bottom: s.bottom, name: subName, emptyRows };
    });
    categories.push({ top: c.top, bottom: c.bottom, name, text, subs });
  }
  return { table, categories };
}

/** Position of a 一级 in the fixed order (hierarchy.ts). */
export function categoryIndex(name: string): number {
  return CATEGORY_NAMES.indexOf(name);
}

/** Position of a 二级 within its 一级. */
export function subcategoryIndex(category: string, sub: string): number {
  return categorySpec(category)?.subcategories.indexOf(sub) ?? -1;
}
