/**
 * The header row of the indicator table (一级指标 | 二级指标 | 三级指标 | 指标值 …) and the rows
 * that belong to the table (down to 备注 or the end of the form).
 */
import { cellA1 } from '../address';
import type { TableHeader } from './cellLabel';
import type { GridCell, SheetGrid } from './grid';
import { isRemarkText, type FormKind } from './labels';
import { compactText, labelKey } from './normalize';
import type { IndicatorTableLayout, IndicatorValueKey } from './types';

interface HeaderCell {
  col: number;
  text: string;
}

function valueKeys(kind: FormKind, headers: HeaderCell[]): { key: IndicatorValueKey; col: number; header: string }[] {
  if (kind === 'department') {
    return headers.slice(0, 1).map((h) => ({ key: 'target', col: h.col, header: h.text }));
  }
  const out: { key: IndicatorValueKey; col: number; header: string }[] = [];
  const take = (key: IndicatorValueKey, h: HeaderCell) => {
    if (!out.some((o) => o.key === key)) out.push({ key, col: h.col, header: h.text });
  };
  const plain: HeaderCell[] = [];
  for (const h of headers) {
    const s = compactText(h.text);
    if (/实施周期|项目周期|全周期|整体/.test(s)) take('periodTarget', h);
    else if (/年度/.test(s)) take('annualTarget', h);
    else plain.push(h);
  }
  // Plain 指标值 headers: one is the year's value; two are 实施周期 then 当年度.
  if (plain.length === 1 && out.length === 0) take('annualTarget', plain[0]);
  else for (const h of plain) take(out.some((o) => o.key === 'periodTarget') ? 'annualTarget' : 'periodTarget', h);
  return out.sort((a, b) => a.col - b.col);
}

/** The first column of each indicator-table header among a row's cells. */
function headerCols(cells: GridCell[]): Record<TableHeader, number | null> {
  const cols: Record<TableHeader, number | null> = { category: null, subcategory: null, indicator: null };
  for (let i = 0; i < cells.length; i++) {
    const header = cells[i].label.tableHeader;
    if (header !== null && cols[header] === null) cols[header] = cells[i].col;
  }
  return cols;
}

/**
 * The indicator table of the rows `top`..`bottom`, or null when they hold no header row. The
 * header needs 三级指标 and 一级指标 or 二级指标.
 */
export function findIndicatorTable(
  grid: SheetGrid,
  kind: FormKind,
  top: number,
  bottom: number,
): IndicatorTableLayout | null {
  for (const row of grid.nonEmptyRows(top, bottom)) {
    const cells = grid.cells(row);
    const { indicator: indicatorCol, subcategory: subCol, category: catCol } = headerCols(cells);
    if (indicatorCol === null || (subCol === null && catCol === null)) continue;
    const subcategoryCol = subCol ?? indicatorCol - 1;
    const categoryCol = catCol ?? subcategoryCol - 1;
    if (categoryCol < 1) continue;
    const labelCol = cells.find((c) => c.col < categoryCol && labelKey(c.text) === '绩效指标')?.col ?? null;
    const headers = cells
      .filter((c) => c.col > indicatorCol && /指标值|目标值/.test(compactText(c.text)))
      .map((c) => ({ col: c.col, text: c.text }));
    let valueCols = valueKeys(kind, headers);
    if (valueCols.length === 0) {
      valueCols =
        kind === 'department'
          ? [{ key: 'target', col: indicatorCol + 1, header: '' }]
          : [
              { key: 'periodTarget', col: indicatorCol + 1, header: '' },
              { key: 'annualTarget', col: indicatorCol + 2, header: '' },
            ];
    }
    let lastRow = row;
    for (const r of grid.nonEmptyRows(row + 1, bottom)) {
      if (isRemarkText(grid.cells(r)[0].text)) break;
      lastRow = r;
    }
    return { headerRow: row, labelCol, categoryCol, subcategoryCol, indicatorCol, valueCols, firstRow: row + 1, lastRow };
  }
  return null;
}

/** A1 of a header cell of the table, for `labelCell`. */
export function headerCell(table: IndicatorTableLayout, col: number): string {
  return cellA1(table.headerRow, col);
}
