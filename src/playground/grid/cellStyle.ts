/**
 * A cell's look in the grid from its format as the fake keeps it (Office.js names and points):
 * font, fill, alignment, wrapping, and the lines on its edges.
 */
import type { BorderLine, CellFormat, Scalar } from '../../fake-excel/model/types';

/** Excel draws at 96 dpi: a point is 4/3 of a pixel. */
export function pointsToPixels(points: number): number {
  return Math.round(points / 0.75);
}

/** A font stack that falls back to the installed Noto CJK fonts (nothing is loaded from the web). */
export function fontStack(name: string | undefined): string {
  const serif = name !== undefined && /宋|仿宋|楷|SimSun|FangSong|KaiTi|Song|Times|Serif/i.test(name);
  const fallback = serif ? '"Noto Serif CJK SC", "Songti SC", serif' : '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';
  return name ? `"${name.replace(/"/g, '')}", ${fallback}` : `Calibri, Carlito, ${fallback}`;
}

const ALIGN: Record<string, string> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
  Justify: 'justify',
  Distributed: 'justify',
  Fill: 'left',
};

const VALIGN: Record<string, string> = { Top: 'top', Center: 'middle', Bottom: 'bottom', Justify: 'middle', Distributed: 'middle' };

/** A line as CSS (1, 2 or 3 pixels; dashes and dots kept). */
export function cssLine(line: BorderLine | undefined): string | null {
  if (!line || line.style === 'None') return null;
  const width = line.weight === 'Thick' ? 3 : line.weight === 'Medium' ? 2 : 1;
  const style = line.style === 'Double' ? 'double' : /Dot$|^Dot/.test(line.style) ? 'dotted' : /Dash/.test(line.style) ? 'dashed' : 'solid';
  return `${style === 'double' ? 3 : width}px ${style} ${line.color}`;
}

/** Inline styles for a cell's content (not its edges: see renderGrid). */
export function contentStyle(format: CellFormat | undefined, value: Scalar): Partial<CSSStyleDeclaration> {
  const f = format ?? {};
  const style: Partial<CSSStyleDeclaration> = {};
  if (f.fill) style.backgroundColor = f.fill;
  if (f.fontName) style.fontFamily = fontStack(f.fontName);
  if (f.fontSize) style.fontSize = `${f.fontSize}pt`;
  if (f.fontBold) style.fontWeight = 'bold';
  if (f.fontColor) style.color = f.fontColor;
  const general = typeof value === 'number' ? 'right' : typeof value === 'boolean' ? 'center' : 'left';
  style.textAlign = (f.horizontal && ALIGN[f.horizontal]) ?? general;
  style.verticalAlign = (f.vertical && VALIGN[f.vertical]) ?? 'bottom';
  if (f.wrap) style.whiteSpace = 'pre-wrap';
  return style;
}
