// Merging and unmerging without losing the styles ExcelJS would reset.
import type { Style, Worksheet } from 'exceljs';
import { formatRange, rangesIntersect, type RangeRef } from '../../../core/address';
import { mergesOf } from './internals';

/** Unmerges one merged area; every cell keeps its own style (ExcelJS resets the others'). */
export function unmergeKeepingStyles(ws: Worksheet, m: RangeRef): void {
  const styles: [number, number, Partial<Style>][] = [];
  for (let r = m.top; r <= m.bottom; r++) {
    for (let c = m.left; c <= m.right; c++) {
      const cell = ws.findCell(r, c);
      if (cell) styles.push([r, c, cell.style]);
    }
  }
  ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  for (const [r, c, style] of styles) ws.getCell(r, c).style = style;
}

/** Unmerges every merged area touching the range. */
export function unmergeRange(ws: Worksheet, r: RangeRef): void {
  for (const m of mergesOf(ws).filter((m) => rangesIntersect(m, r))) unmergeKeepingStyles(ws, { ...m });
}

/**
 * Merges a range (the top-left cell keeps its value, the others are emptied; every cell keeps its
 * style). Merged areas inside the range are merged into it; one that sticks out is an error.
 */
export function mergeRange(ws: Worksheet, r: RangeRef): void {
  for (const m of mergesOf(ws).filter((m) => rangesIntersect(m, r))) {
    if (m.top < r.top || m.left < r.left || m.bottom > r.bottom || m.right > r.right) {
      throw new Error(`cannot merge ${formatRange(r)}: it cuts the merged area ${formatRange(m)}`);
    }
    unmergeKeepingStyles(ws, { ...m });
  }
  if (r.top === r.bottom && r.left === r.right) return;
  ws.mergeCellsWithoutStyle(r.top, r.left, r.bottom, r.right);
}
