/**
 * Inserting whole rows, as Excel does it. ExcelJS's spliceRows loses merged areas, so the host
 * moves the rows itself: cells (values, formulas, styles, notes, hyperlinks) and row heights move
 * down; merged areas below move and those straddling the insertion row grow; validations,
 * conditional formats, page breaks, the print area and defined names follow; formulas in every
 * sheet that refer to moved cells are rewritten. The new rows take the formatting (cell styles and
 * height) of the row above them, as Excel's default "Format Same As Above".
 * Not moved: pictures, tables (ExcelJS models them, the forms do not use them) and the targets of
 * in-document hyperlinks (Excel does not move those either).
 */
import type { CellModel, Row, Style, Workbook, Worksheet } from 'exceljs';
import { cellA1, MAX_ROWS, parseRange, formatRange, shiftRangeForInsertedRows } from '../../../core/address';
import { conditionalFormatsOf, mergesOf, rowBreaksOf, rowsOf } from '../excel/internals';
import { unmergeKeepingStyles } from '../excel/merges';
import { formulaModel, hasSharedFormulas, rewriteFormulas, unshareFormulas } from '../excel/formulaCells';
import { shiftDefinedNames } from './definedNames';
import { shiftFormulaRows } from './formulaShift';
import { shiftValidations } from './validations';

interface MovedCell {
  col: number;
  /** The cell's model (value, style, note), or null for a merged cell other than the top-left. */
  model: CellModel | null;
  style: Partial<Style>;
}

interface MovedRow {
  number: number;
  height?: number;
  hidden: boolean;
  outlineLevel: number;
  style: Partial<Style>;
  cells: MovedCell[];
}

function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** A row's own style (ExcelJS keeps it as a plain field its typings leave out). */
function rowStyle(row: Row): Partial<Style> {
  return (row as unknown as { style: Partial<Style> }).style ?? {};
}

function setRowStyle(row: Row, style: Partial<Style>): void {
  (row as unknown as { style: Partial<Style> }).style = style;
}

function captureRow(row: Row): MovedRow {
  const cells: MovedCell[] = [];
  for (let col = 1; col <= row.cellCount; col++) {
    const cell = row.findCell(col);
    if (!cell) continue;
    const slave = cell.master !== cell;
    cells.push({ col, model: slave ? null : ({ ...cell.model } as CellModel), style: cell.style });
  }
  return {
    number: row.number,
    height: row.height || undefined,
    hidden: row.hidden,
    outlineLevel: row.outlineLevel ?? 0,
    style: rowStyle(row),
    cells,
  };
}

function placeRow(ws: Worksheet, moved: MovedRow, number: number): void {
  const row = ws.getRow(number);
  if (moved.height !== undefined) row.height = moved.height;
  row.hidden = moved.hidden;
  row.outlineLevel = moved.outlineLevel;
  setRowStyle(row, moved.style);
  for (const c of moved.cells) {
    const cell = row.getCell(c.col);
    if (c.model) cell.model = { ...c.model, address: cellA1(number, c.col) } as unknown as CellModel;
    else cell.style = c.style;
  }
}

/** Gives new rows the look of the row above: each cell's style (a copy) and the row's height. */
function formatLikeAbove(ws: Worksheet, at: number, count: number): void {
  if (at <= 1) return;
  const above = ws.findRow(at - 1);
  if (!above) return;
  for (let n = at; n < at + count; n++) {
    const row = ws.getRow(n);
    if (above.height) row.height = above.height;
    setRowStyle(row, copy(rowStyle(above)));
    for (let col = 1; col <= above.cellCount; col++) {
      const src = above.findCell(col);
      if (src && Object.keys(src.style ?? {}).length > 0) row.getCell(col).style = copy(src.style);
    }
  }
}

function shiftAreas(text: string, at: number, count: number, separator: string): string {
  return text
    .split(separator)
    .map((area) => {
      const trimmed = area.trim();
      if (!trimmed) return area;
      try {
        return formatRange(shiftRangeForInsertedRows(parseRange(trimmed), at, count));
      } catch {
        return area;
      }
    })
    .join(separator);
}

function shiftRowSpan(span: string, at: number, count: number): string {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(span.trim());
  if (!m) return span;
  const r = shiftRangeForInsertedRows({ top: Number(m[1]), bottom: Number(m[2]), left: 1, right: 1 }, at, count);
  return `${r.top}:${r.bottom}`;
}

/** What belongs to the sheet and is addressed by row: formats, breaks, print setup, filter. */
function shiftSheetAreas(ws: Worksheet, at: number, count: number): void {
  for (const cf of conditionalFormatsOf(ws)) {
    cf.ref = shiftAreas(cf.ref, at, count, ' ');
    for (const rule of cf.rules) {
      if (rule.formulae) {
        rule.formulae = rule.formulae.map((f) =>
          typeof f === 'string' ? shiftFormulaRows(f, ws.name, ws.name, at, count) : f,
        );
      }
    }
  }
  for (const b of rowBreaksOf(ws)) if (b.id >= at) b.id += count;
  const ps = ws.pageSetup as { printArea?: string; printTitlesRow?: string };
  if (ps.printArea) ps.printArea = shiftAreas(ps.printArea, at, count, '&&');
  if (ps.printTitlesRow) ps.printTitlesRow = shiftRowSpan(ps.printTitlesRow, at, count);
  if (typeof ws.autoFilter === 'string') ws.autoFilter = shiftAreas(ws.autoFilter, at, count, ' ');
}

/** Formulas of every sheet that refer to the sheet's moved cells. */
function shiftFormulasEverywhere(wb: Workbook, ws: Worksheet, at: number, count: number): void {
  for (const other of wb.worksheets) {
    const shift = (f: string) => shiftFormulaRows(f, other.name, ws.name, at, count);
    if (other !== ws && hasSharedFormulas(other)) {
      let touched = false;
      other.eachRow((row) =>
        row.eachCell((cell) => {
          const m = formulaModel(cell);
          if (m?.formula !== undefined && shift(m.formula) !== m.formula) touched = true;
        }),
      );
      if (touched) unshareFormulas(other);
    }
    rewriteFormulas(other, shift, other === ws ? (ref) => shiftAreas(ref, at, count, ' ') : undefined);
  }
}

/** Inserts `count` empty rows before row `at` of the sheet. */
export function insertRows(wb: Workbook, ws: Worksheet, at: number, count: number): void {
  if (!Number.isInteger(at) || at < 1 || at > MAX_ROWS) throw new RangeError(`bad row: ${at}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`bad row count: ${count}`);
  const rows = rowsOf(ws);
  const merges = mergesOf(ws)
    .filter((m) => m.bottom >= at)
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  const lastRow = Math.max(rows.length, ...merges.map((m) => m.bottom));
  if (lastRow >= at && lastRow + count > MAX_ROWS) {
    throw new RangeError(`inserting ${count} rows would push row ${lastRow} past the last row of a sheet`);
  }

  // 1. Lift the merged areas below and across row `at`, keeping every cell's own style.
  for (const m of merges) unmergeKeepingStyles(ws, m);

  // 2. Formulas of this sheet refer to cells that move unevenly: each cell gets its own text.
  unshareFormulas(ws);

  // 3. Move the rows.
  const moved = rows
    .slice(at - 1)
    .filter((r): r is Row => r !== undefined)
    .map(captureRow);
  rows.length = Math.min(rows.length, at - 1);
  for (const m of moved) placeRow(ws, m, m.number + count);
  formatLikeAbove(ws, at, count);

  // 4. Merge again, moved or grown.
  for (const m of merges) {
    const r = shiftRangeForInsertedRows(m, at, count);
    ws.mergeCellsWithoutStyle(r.top, r.left, r.bottom, r.right);
  }

  // 5. Everything addressed by row.
  shiftValidations(ws, at, count);
  shiftSheetAreas(ws, at, count);
  shiftDefinedNames(wb, ws.name, at, count);
  shiftFormulasEverywhere(wb, ws, at, count);
}
