// Values, formulas, notes and hyperlinks of cells.
import type { Cell, Worksheet } from 'exceljs';
import { cellA1, parseCell } from '../../../core/address';
import type { CellValue } from '../../../core/snapshot';
import { removeNote } from '../excel/internals';

function isMergedAway(cell: Cell): boolean {
  return cell.master !== cell;
}

function checkValue(v: CellValue, where: string): void {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`${where}: not a finite number`);
  if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') throw new Error(`${where}: bad value`);
}

/**
 * Writes a rectangle of values from `address` (its top-left). Strings stay text even when they
 * look like numbers or formulas; "" empties a cell. Inside a merged area only the top-left cell
 * takes a value: "" elsewhere is skipped, anything else is an error.
 */
export function writeValues(ws: Worksheet, address: string, values: CellValue[][]): void {
  const origin = parseCell(address);
  values.forEach((line, i) =>
    line.forEach((v, j) => {
      const where = `${ws.name}!${cellA1(origin.row + i, origin.col + j)}`;
      checkValue(v, where);
      const cell = ws.getCell(origin.row + i, origin.col + j);
      if (isMergedAway(cell)) {
        if (v === '') return;
        throw new Error(`${where}: inside a merged area`);
      }
      cell.value = v === '' ? null : v;
    }),
  );
}

/** A formula (leading "=" optional) with the result readers show until they recalculate. */
export function writeFormula(ws: Worksheet, a1: string, formula: string, result: CellValue): void {
  const cell = ws.getCell(a1);
  if (isMergedAway(cell)) throw new Error(`${ws.name}!${a1}: inside a merged area`);
  checkValue(result, `${ws.name}!${a1}`);
  const text = formula.replace(/^=/, '');
  if (!text) throw new Error(`${ws.name}!${a1}: empty formula`);
  cell.value = { formula: text, result: result === '' ? undefined : result };
}

export function writeNote(ws: Worksheet, a1: string, text: string | null): void {
  const cell = ws.getCell(a1);
  if (text === null) removeNote(cell);
  else cell.note = text;
}

/** A hyperlink to a place in the workbook ("'项目1'!A1"), shown as `text`. */
export function writeLink(ws: Worksheet, a1: string, target: string, text: string): void {
  const cell = ws.getCell(a1);
  if (isMergedAway(cell)) throw new Error(`${ws.name}!${a1}: inside a merged area`);
  cell.value = { text, hyperlink: `#${target.replace(/^#/, '')}` };
}
