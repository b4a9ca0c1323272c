/**
 * The 绩效指标 part shared by both forms: the header row and the whole 一级 → 二级 skeleton of
 * hierarchy.ts, one empty 三级 row per 二级, with the 一级 and 二级 drop-downs.
 */
import { CATEGORY_NAMES, HIERARCHY } from '../hierarchy';
import {
  labelCell,
  specCell,
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

/**
 * The section with its header at row offset `headerRow`: 绩效指标 in column 0, then 一级指标,
 * 二级指标, 三级指标 and the value columns with their header texts.
 */
export function indicatorSection(
  headerRow: number,
  valueHeaders: readonly { key: IndicatorValueKey; text: string }[],
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
      block.subcategories.push({ name: sub, first: row, last: row });
      cells.push(specCell('subcategory', row, subcategoryCol, sub));
      cells.push(specCell('indicator', row, indicatorCol, ''));
      for (const v of valueCols) cells.push(specCell('target', row, v.col, '', { valueKey: v.key }));
      row++;
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
