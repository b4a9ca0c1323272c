/**
 * The style operation. ExcelJS shares one style object among the cells that had the same style in
 * the file, so every cell gets a fresh copy before anything changes.
 */
import type { Alignment, Borders, Cell, Font, Style, Worksheet } from 'exceljs';
import type { RangeRef } from '../../../core/address';
import type { CellStyle } from '../../../core/plan';
import { argbOf } from '../excel/colors';
import { forgetLoadedStyleId } from '../excel/internals';

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

function copyStyle(style: Partial<Style> | undefined): Partial<Style> {
  return style ? (JSON.parse(JSON.stringify(style)) as Partial<Style>) : {};
}

function restyle(cell: Cell, change: (s: Partial<Style>) => void): void {
  const s = copyStyle(cell.style);
  change(s);
  cell.style = s;
  // Else a loaded cell whose style becomes the default is written with its old style id.
  forgetLoadedStyleId(cell);
}

function applyTo(s: Partial<Style>, style: CellStyle): void {
  if (style.font) {
    const font: Partial<Font> = { ...s.font };
    if (style.font.name !== undefined) font.name = style.font.name;
    if (style.font.size !== undefined) font.size = style.font.size;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    if (style.font.color !== undefined) font.color = argbOf(style.font.color);
    s.font = font;
  }
  if (style.fill === null) delete s.fill;
  else if (style.fill !== undefined) s.fill = { type: 'pattern', pattern: 'solid', fgColor: argbOf(style.fill) };
  if (style.numberFormat !== undefined) s.numFmt = style.numberFormat;
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    const a: Partial<Alignment> = { ...s.alignment };
    if (style.horizontal === 'general') delete a.horizontal;
    else if (style.horizontal !== undefined) a.horizontal = style.horizontal;
    if (style.vertical !== undefined) a.vertical = style.vertical === 'center' ? 'middle' : style.vertical;
    if (style.wrap !== undefined) a.wrapText = style.wrap;
    s.alignment = a;
  }
  if (style.border === 'thin') s.border = { ...s.border, top: THIN, left: THIN, bottom: THIN, right: THIN };
  else if (style.border === 'none') {
    const b: Partial<Borders> = { ...s.border };
    delete b.top;
    delete b.left;
    delete b.bottom;
    delete b.right;
    s.border = b;
  }
}

/** Clears the side of a neighbouring cell that faces the range (Excel's "no border" does). */
function clearFacingSide(ws: Worksheet, row: number, col: number, side: 'top' | 'left' | 'bottom' | 'right'): void {
  if (row < 1 || col < 1) return;
  const cell = ws.findCell(row, col);
  if (!cell?.style?.border?.[side]) return;
  restyle(cell, (s) => {
    const b = { ...s.border };
    delete b[side];
    s.border = b;
  });
}

export function applyStyle(ws: Worksheet, r: RangeRef, style: CellStyle): void {
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) restyle(ws.getCell(row, col), (s) => applyTo(s, style));
  }
  if (style.border === 'none') {
    for (let col = r.left; col <= r.right; col++) {
      clearFacingSide(ws, r.top - 1, col, 'bottom');
      clearFacingSide(ws, r.bottom + 1, col, 'top');
    }
    for (let row = r.top; row <= r.bottom; row++) {
      clearFacingSide(ws, row, r.left - 1, 'right');
      clearFacingSide(ws, row, r.right + 1, 'left');
    }
  }
}
