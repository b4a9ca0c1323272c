/**
 * Unit and text conversions between a plan and Office.js.
 *
 * Column widths: plans use Excel's character units (the width the Excel UI shows, 8.43 for a
 * default column); Office.js wants points. For the default font (Calibri 11, a maximum digit
 * width of 7 pixels) Excel draws a column of w characters as trunc(w × 7 + 5) pixels (5 pixels of
 * padding), and a pixel is 0.75 point at 96 dpi: 8.43 → 64 px → 48 pt.
 */
export function columnWidthToPoints(width: number): number {
  if (!(width > 0)) return 0;
  return Math.trunc(width * 7 + 5) * 0.75;
}

/** The inverse for widths Excel drew (points back to the UI's characters, to two decimals). */
export function pointsToColumnWidth(points: number): number {
  if (!(points > 0)) return 0;
  const px = points / 0.75;
  return Math.round(((px - 5) / 7) * 100) / 100;
}

/**
 * A string as it must be written through `Range.values` to stay the same text: Excel turns input
 * starting with "=", "+" or "-" into a formula, and numbers, dates, times, percentages, currency,
 * "(1)", "TRUE" and "#N/A" into values of their own; a leading apostrophe keeps the rest as text
 * (and is not part of the value).
 */
export function asLiteralText(s: string): string {
  if (s === '') return s;
  const t = s.trim().replace(/^[\uFF01-\uFF5E]/, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^[=+\-'@#(.\d$¥￥€£]/.test(t) || /^(true|false)$/i.test(t)) return `'${s}`;
  return s;
}
