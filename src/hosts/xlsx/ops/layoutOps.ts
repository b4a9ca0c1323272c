// Column widths, row heights and print setup.
import type { PageSetup, Worksheet } from 'exceljs';
import { cellA1, MAX_COLS, MAX_ROWS, parseRange } from '../../../core/address';
import type { PrintSetup } from '../../../core/plan';

/** Excel's widest column, in character units. */
export const MAX_COLUMN_WIDTH = 255;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;

export function setColumnWidth(ws: Worksheet, col: number, width: number): void {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLS) throw new RangeError(`bad column: ${col}`);
  if (!(width >= 0 && width <= MAX_COLUMN_WIDTH)) throw new RangeError(`bad column width: ${width}`);
  ws.getColumn(col).width = width;
}

export function setRowHeight(ws: Worksheet, row: number, height: number): void {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new RangeError(`bad row: ${row}`);
  if (!(height >= 0 && height <= MAX_ROW_HEIGHT)) throw new RangeError(`bad row height: ${height}`);
  ws.getRow(row).height = height;
}

/** A4 = paper size 9 in the file format. */
const PAPER_A4 = 9;

/**
 * Paper, orientation, fit to one page wide (any number of pages tall), and, when given, the print
 * area and the rows repeated at the top of each page. What the setup leaves out stays as it was.
 */
export function setPrintSetup(ws: Worksheet, setup: PrintSetup): void {
  const ps = ws.pageSetup as Partial<PageSetup> & { paperSize?: number };
  ps.paperSize = PAPER_A4;
  ps.orientation = setup.orientation;
  if (setup.fitToWidth) {
    ps.fitToPage = true;
    ps.fitToWidth = 1;
    ps.fitToHeight = 0;
  } else {
    ps.fitToPage = false;
    ps.scale = 100;
  }
  if (setup.printArea !== undefined) {
    const r = parseRange(setup.printArea.replace(/^.*!/, '').replace(/\$/g, ''));
    ps.printArea = `${cellA1(r.top, r.left)}:${cellA1(r.bottom, r.right)}`;
  }
  if (setup.titleRows !== undefined) {
    const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(setup.titleRows.replace(/^.*!/, '').trim());
    if (!m) throw new Error(`bad title rows: ${setup.titleRows}`);
    const first = Number(m[1]);
    const last = Number(m[2] ?? m[1]);
    if (first < 1 || last < first || last > MAX_ROWS) throw new Error(`bad title rows: ${setup.titleRows}`);
    ps.printTitlesRow = `${first}:${last}`;
  }
}
