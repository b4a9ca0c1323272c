/**
 * Cutting a sheet into the row bands that may each hold one form: a band starts at each title
 * (…绩效目标申报表) and at a first label (部门名称 / 项目名称) that repeats without a title between.
 */
import { isTitleText } from './labels';
import type { GridCell, SheetGrid } from './grid';

export interface Segment {
  /** First and last non-empty rows of the band. */
  top: number;
  bottom: number;
  title: GridCell | null;
}

function hasFirstLabel(cells: GridCell[]): boolean {
  return cells.some((c) => c.label.first !== null);
}

export function findSegments(grid: SheetGrid): Segment[] {
  const segments: (Segment & { firstLabel: boolean })[] = [];
  for (const row of grid.nonEmptyRows()) {
    const cells = grid.cells(row);
    const firstLabel = hasFirstLabel(cells);
    const isTitle = !firstLabel && isTitleText(cells[0].text);
    let current = segments[segments.length - 1];
    if (!current || isTitle || (firstLabel && current.firstLabel)) {
      current = { top: row, bottom: row, title: isTitle ? cells[0] : null, firstLabel: false };
      segments.push(current);
    }
    current.bottom = row;
    current.firstLabel ||= firstLabel;
  }
  return segments.map(({ top, bottom, title }) => ({ top, bottom, title }));
}
