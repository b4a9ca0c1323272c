/**
 * The 绩效指标 part shared by both forms: the header row and the whole 一级 → 二级 skeleton of
 * hierarchy.ts, one empty 三级 row per 二级 (or as many as asked for), with the 一级 and 二级
 * drop-downs.
 */
import { CATEGORY_NAMES, HIERARCHY } from '../hierarchy';
import {
  labelCell,
  specCell,
  type IndicatorRowCounts,
  type IndicatorSpec,
  type IndicatorValueKey,
  type SpecCategoryBlock,
  type SpecCell,
  type SpecValidation,
} from './spec';

export interface IndicatorSection {
  cells: SpecCell[];
  validations: SpecValidation[];
  indicators: IndicatorSpec;
  /** Offset of the section's last row. */
  lastRow: number;
}

/** Most rows one 二级 block may have. */
export const MAX_INDICATOR_ROWS = 1000;

/** Rows of a 二级 block: the count asked for, at least one. Throws RangeError for a bad count. */
function rowsOf(counts: IndicatorRowCounts, subcategory: string): number {
  const n = counts[subcategory] ?? 1;
  if (!Number.isInteger(n) || n < 0 || n > MAX_INDICATOR_ROWS) {
    throw new RangeError(`indicator rows of ${subcategory} must be an integer from 0 to ${MAX_INDICATOR_ROWS}: ${n}`);
  }
  return Math.max(1, n);
}

/**
 * The section with its header at row offset `headerRow`: 绩效指标 in column 0, then 一级指标,
 * 二级指标, 三级指标 and the value columns with their header texts. A 二级 given more than one row
 * in `rowCounts` has its label merged down over them.
 */
export function indicatorSection(
  headerRow: number,
  valueHeaders: readonly { key: IndicatorValueKey; text: string }[],
  rowCounts: IndicatorRowCounts = {},
): IndicatorSection {
  const [labelCol, categoryCol, subcategoryCol, indicatorCol] = [0, 1, 2, 3];
  const valueCols = valueHeaders.map((h, i) => ({ key: h.key, col: indicatorCol + 1 + i }));
  const cells: SpecCell[] = [];
  const validations: SpecValidation[] = [];
  const blocks: SpecCategoryBlock[] = [];

  const firstRow = headerRow + 1;
  let row = firstRow;
  for (const category of HIERARCHY) {
    const block: SpecCategoryBlock = { category: category.name, first: row, last: row, subcategories: [] };
    for (const sub of category.subcategories) {
      const rows = rowsOf(rowCounts, sub);
      block.subcategories.push({ name: sub, first: row, last: row + rows - 1 });
      cells.push(specCell('subcategory', row, subcategoryCol, sub, { rows }));
      for (let index = 0; index < rows; index++, row++) {
        const slot = { subcategory: sub, index };
        cells.push(specCell('indicator', row, indicatorCol, '', { slot }));
        for (const v of valueCols) cells.push(specCell('target', row, v.col, '', { valueKey: v.key, slot }));
      }
    }
    block.last = row - 1;
    const rows = block.last - block.first + 1;
    cells.push(specCell('category', block.first, categoryCol, category.name, { rows }));
    validations.push({
      row: block.first,
      col: subcategoryCol,
      rows,
      cols: 1,
      items: category.subcategories,
      strict: true,
    });
    blocks.push(block);
  }
  const lastRow = row - 1;
  validations.unshift({
    row: firstRow,
    col: categoryCol,
    rows: lastRow - firstRow + 1,
    cols: 1,
    items: CATEGORY_NAMES,
    strict: true,
  });

  cells.push(labelCell(headerRow, labelCol, '绩效指标', lastRow - headerRow + 1));
  cells.push(labelCell(headerRow, categoryCol, '一级指标'));
  cells.push(labelCell(headerRow, subcategoryCol, '二级指标'));
  cells.push(labelCell(headerRow, indicatorCol, '三级指标'));
  valueHeaders.forEach((h, i) => cells.push(labelCell(headerRow, valueCols[i].col, h.text)));

  return {
    cells,
    validations,
    indicators: { labelCol, headerRow, firstRow, lastRow, categoryCol, subcategoryCol, indicatorCol, valueCols, blocks },
    lastRow,
  };
}
