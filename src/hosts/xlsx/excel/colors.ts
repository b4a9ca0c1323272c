/**
 * Colours as ExcelJS keeps them ({argb}, {theme, tint}, {indexed}) resolved to "#RRGGBB", as
 * Office.js reports them: theme colours from the workbook's theme part (Office 2007 colours when
 * there is none), tints with Excel's luminance rule (in floating point: a channel may differ by one
 * from what Excel shows), indexed colours from the legacy palette.
 */
import type { Fill } from 'exceljs';

export interface ExcelColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** Theme slots in the order Excel numbers them (dark/light pairs swapped against the XML). */
const THEME_SLOTS = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];
const OFFICE_2007 = [
  'FFFFFF',
  '000000',
  'EEECE1',
  '1F497D',
  '4F81BD',
  'C0504D',
  '9BBB59',
  '8064A2',
  '4BACC6',
  'F79646',
  '0000FF',
  '800080',
];

// prettier-ignore
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** The 12 theme colours ("RRGGBB") of a theme part, by Excel's theme index. */
export function themePalette(themeXml: string | null): string[] {
  if (!themeXml) return OFFICE_2007;
  return THEME_SLOTS.map((slot, i) => {
    const m = new RegExp(`<(?:\\w+:)?${slot}>([\\s\\S]*?)</(?:\\w+:)?${slot}>`).exec(themeXml);
    const rgb = m && (/srgbClr\s+val="([0-9A-Fa-f]{6})"/.exec(m[1]) ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]));
    return rgb ? rgb[1].toUpperCase() : OFFICE_2007[i];
  });
}

function applyTint(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d + 6) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 1 ? [c, x, 0] : h < 2 ? [x, c, 0] : h < 3 ? [0, c, x] : h < 4 ? [0, x, c] : h < 5 ? [x, 0, c] : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** "#RRGGBB" of a colour, or null when it names none. */
export function resolveColor(color: ExcelColor | undefined, palette: string[]): string | null {
  if (!color) return null;
  let rgb: string | undefined;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) rgb = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === 'number') rgb = palette[color.theme];
  else if (typeof color.indexed === 'number') rgb = INDEXED[color.indexed];
  if (!rgb) return null;
  if (typeof color.tint === 'number' && color.tint !== 0) rgb = applyTint(rgb, color.tint);
  return `#${rgb}`;
}

/**
 * The colour a fill shows, or null for no fill: the foreground colour of a pattern (solid or not;
 * the background colour when a pattern has no foreground), the first stop of a gradient.
 */
export function fillColor(fill: Fill | undefined, palette: string[]): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    if (!fill.pattern || fill.pattern === 'none') return null;
    return resolveColor(fill.fgColor as ExcelColor, palette) ?? resolveColor(fill.bgColor as ExcelColor, palette);
  }
  if (fill.type === 'gradient') return resolveColor(fill.stops?.[0]?.color as ExcelColor, palette);
  return null;
}

/** ExcelJS's colour for "#RRGGBB". */
export function argbOf(hex: string): { argb: string } {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(hex);
  if (!m) throw new RangeError(`bad colour: ${hex}`);
  return { argb: `FF${m[1].toUpperCase()}` };
}
