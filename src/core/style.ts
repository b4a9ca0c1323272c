/**
 * The look of the forms we write, in one place: font, sizes, fills, number formats and the cell
 * styles built from them, and an estimate of the height a row needs for wrapped text.
 * Widths are in Excel's character units, heights in points (see plan.ts); hosts convert.
 */
import type { CellStyle } from './plan';

/** 宋体, the font of the official forms. */
export const FONT_NAME = 'SimSun';
export const TITLE_FONT_SIZE = 16;
export const BODY_FONT_SIZE = 11;
/** Light blue fill of label and column-header cells: white cells are the ones to fill in. */
export const LABEL_FILL = '#DDEBF7';

/** Amounts in 万元: two to four decimals. */
export const AMOUNT_FORMAT = '#,##0.00##';
/** Years and counts: whole numbers without separators. */
export const INTEGER_FORMAT = '0';

/** Height of one line of text, in points, at a font size (14.25 pt at size 11, as Excel). */
export function lineHeight(fontSize: number = BODY_FONT_SIZE): number {
  return roundUpQuarter((fontSize * 14.25) / 11);
}

/** Named styles. Each is complete for its purpose, so a host can apply it on its own. */
export const STYLES = {
  /** Every cell of a form: the font, wrapping and vertical centring. */
  base: { font: { name: FONT_NAME, size: BODY_FONT_SIZE }, wrap: true, vertical: 'center' },
  /** The bordered table of a form. */
  table: { border: 'thin' },
  title: {
    font: { name: FONT_NAME, size: TITLE_FONT_SIZE, bold: true },
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  },
  /** A label or column header: bold, filled, centred. */
  label: {
    font: { name: FONT_NAME, size: BODY_FONT_SIZE, bold: true },
    fill: LABEL_FILL,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  },
  /** A cell for text the user types. */
  text: { horizontal: 'left', vertical: 'center', wrap: true },
  amount: { horizontal: 'right', vertical: 'center', numberFormat: AMOUNT_FORMAT },
  integer: { horizontal: 'center', vertical: 'center', numberFormat: INTEGER_FORMAT },
  /** 一级 and 二级 cells of an indicator table. */
  category: { horizontal: 'center', vertical: 'center', wrap: true },
  /** 三级 names. */
  indicator: { horizontal: 'left', vertical: 'center', wrap: true },
  /** 指标值 cells. */
  target: { horizontal: 'center', vertical: 'center', wrap: true },
  /** 备注 lines under a form. */
  note: { horizontal: 'left', vertical: 'center', wrap: true },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

/**
 * Display width of one line of text in character units at size 11: CJK and other full-width
 * characters (and the curly quotes, dashes and ellipsis SimSun draws full width) count 2, others 1.
 */
export function displayWidth(line: string): number {
  let w = 0;
  for (const ch of line) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/**
 * Estimated height in points of a row holding `text` wrapped in an area `widthChars` wide (the
 * sum of its columns' widths, in character units). Explicit line breaks start new lines; each
 * line takes ceil(width / usable width) lines, where about one unit goes to the cell's margins.
 * The result is at least `minHeight` (one line by default) and rounded up to a quarter point.
 */
export function estimateRowHeight(
  text: string,
  widthChars: number,
  fontSize: number = BODY_FONT_SIZE,
  minHeight: number = lineHeight(fontSize),
): number {
  const scale = fontSize / BODY_FONT_SIZE;
  const usable = Math.max(1, widthChars - 1);
  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    lines += Math.max(1, Math.ceil((displayWidth(line) * scale) / usable));
  }
  return Math.max(roundUpQuarter(minHeight), roundUpQuarter(lines * lineHeight(fontSize)));
}

function roundUpQuarter(points: number): number {
  return Math.ceil(points * 4 - 1e-9) / 4;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2014 && cp <= 0x2015) || // dashes
    (cp >= 0x2018 && cp <= 0x201f) || // curly quotes
    cp === 0x2026 || // ellipsis
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, symbols and punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // kana, bopomofo, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B and later
  );
}

/** Height of a form's title row, in points. */
export const TITLE_ROW_HEIGHT = 30;
