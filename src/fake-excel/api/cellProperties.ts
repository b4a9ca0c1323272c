/**
 * Range.getCellProperties (ExcelApi 1.9): per cell, the properties asked for. The fake answers
 * `address` and `format` → `fill` (`color`, `tintAndShade`) and `font` (`name`, `size`, `bold`,
 * `color`); anything else fails with NotImplemented rather than answering wrongly.
 */
import { ModelError } from '../model/errors';
import type { SheetModel } from '../model/sheet';
import { DEFAULT_FONT } from '../model/types';
import { apiAddress } from './address';

export interface CellPropertiesRequest {
  address?: boolean;
  format?: {
    fill?: { color?: boolean; tintAndShade?: boolean };
    font?: { name?: boolean; size?: boolean; bold?: boolean; color?: boolean };
  };
}

export interface CellPropertiesResult {
  address?: string;
  format?: {
    fill?: { color?: string; tintAndShade?: number | null };
    font?: { name?: string; size?: number; bold?: boolean; color?: string };
  };
}

function only(what: string, asked: object, known: string[]): void {
  for (const k of Object.keys(asked)) {
    if (!known.includes(k))
      throw new ModelError('NotImplemented', `the fake's getCellProperties does not read ${what}${k}`);
  }
}

export function cellProperties(
  sheet: SheetModel,
  row: number,
  col: number,
  asked: CellPropertiesRequest,
): CellPropertiesResult {
  only('', asked, ['address', 'format']);
  const out: CellPropertiesResult = {};
  if (asked.address) out.address = apiAddress(sheet.name, { top: row, left: col, bottom: row, right: col });
  if (asked.format) {
    only('format/', asked.format, ['fill', 'font']);
    const f = sheet.format(row, col);
    out.format = {};
    const fill = asked.format.fill;
    if (fill) {
      only('format/fill/', fill, ['color', 'tintAndShade']);
      out.format.fill = {};
      // As RangeFill: no fill reads as white, and tintAndShade is null only for no fill.
      if (fill.color) out.format.fill.color = f.fill ?? '#FFFFFF';
      if (fill.tintAndShade) out.format.fill.tintAndShade = f.fill === undefined ? null : 0;
    }
    const font = asked.format.font;
    if (font) {
      only('format/font/', font, ['name', 'size', 'bold', 'color']);
      out.format.font = {};
      if (font.name) out.format.font.name = f.fontName ?? DEFAULT_FONT.name;
      if (font.size) out.format.font.size = f.fontSize ?? DEFAULT_FONT.size;
      if (font.bold) out.format.font.bold = f.fontBold ?? DEFAULT_FONT.bold;
      if (font.color) out.format.font.color = f.fontColor ?? DEFAULT_FONT.color;
    }
  }
  return out;
}
