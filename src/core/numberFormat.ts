/**
 * What a number looks like in its cell, for the number formats that change how a value reads:
 * percentages (1.2 in `0%` shows `120%`) and dates (46022 in `yyyy/m/d` shows `2025/12/31`).
 * Presentation only, shared by the hosts (to fill a snapshot's `texts`) and the fake Excel. Other
 * formats (General, amounts, text `@`, times, scientific) are not rendered: null.
 */

/** A number as text without binary noise: 0.1 + 0.2 → "0.3", 34.349999999999994 → "34.35". */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Number(n.toPrecision(15));
  return String(r === 0 ? 0 : r);
}

type Token =
  | { kind: 'literal'; text: string }
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'date'; text: string }
  | { kind: 'unsupported' };

/** The section of a format that applies to the value (positive/zero: first; negative: second). */
function sectionFor(format: string, value: number): { section: string; negativeSection: boolean } {
  const sections: string[] = [];
  let cur = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === '\\' && i + 1 < format.length) {
      cur += format.slice(i, i + 2);
      i++;
    } else if (ch === ';') {
      sections.push(cur);
      cur = '';
    } else cur += ch;
  }
  sections.push(cur);
  if (value < 0 && sections.length >= 2) return { section: sections[1], negativeSection: true };
  return { section: sections[0], negativeSection: false };
}

const DATE_RUN = /^(y+|m+|d+|e+)/i;

function tokenize(section: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    const rest = section.slice(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      out.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      if (i + 1 < section.length) out.push({ kind: 'literal', text: section[++i] });
    } else if (ch === '_') {
      // Space the width of the next character.
      i++;
      out.push({ kind: 'literal', text: ' ' });
    } else if (ch === '*') {
      // Repeat to fill the cell: nothing in a text.
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = end < 0 ? '' : section.slice(i + 1, end);
      // Colours and locales change nothing in the text; conditions, native digits, elapsed time do.
      if (end < 0 || !/^(\$-[0-9A-Fa-f]+|\$[^-\]]*(-[0-9A-Fa-f]+)?|black|white|red|green|blue|yellow|magenta|cyan|color\d+)$/i.test(inner)) {
        out.push({ kind: 'unsupported' });
      } else if (inner.startsWith('$') && !inner.startsWith('$-')) {
        // A currency symbol: [$¥-804] shows ¥.
        out.push({ kind: 'literal', text: inner.slice(1).replace(/-[0-9A-Fa-f]+$/, '') });
      }
      i = end < 0 ? section.length : end;
    } else if (ch === '0' || ch === '#' || ch === '?') out.push({ kind: 'digit', char: ch });
    else if (ch === '.') out.push({ kind: 'point' });
    else if (ch === ',') out.push({ kind: 'comma' });
    else if (ch === '%') out.push({ kind: 'percent' });
    else if (/^(general|@|[hs]|am\/pm|a\/p|e[+-]|b[12])/i.test(rest) || (ch === '/' && /[#?0]/.test(section))) {
      // Times, text, scientific and fractions are not rendered.
      out.push({ kind: 'unsupported' });
    } else {
      const m = DATE_RUN.exec(rest);
      if (m) {
        out.push({ kind: 'date', text: m[1].toLowerCase() });
        i += m[1].length - 1;
      } else out.push({ kind: 'literal', text: ch });
    }
  }
  return out;
}

/** Rounds half away from zero at `decimals` places, working on the decimal text (no binary noise). */
function roundDecimal(abs: number, decimals: number): number {
  const shifted = Number(`${numberText(abs)}e${decimals}`);
  if (!Number.isFinite(shifted)) return Math.round(abs * 10 ** decimals) / 10 ** decimals;
  return Number(`${Math.round(shifted)}e-${decimals}`);
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The number part of a format: its integer and decimal placeholders rendered for `abs`. */
function renderNumber(abs: number, tokens: Token[]): string {
  const first = tokens.findIndex((t) => t.kind === 'digit');
  const pointAt = tokens.findIndex((t) => t.kind === 'point');
  const intTokens = pointAt < 0 ? tokens : tokens.slice(0, pointAt);
  const decTokens = pointAt < 0 ? [] : tokens.slice(pointAt + 1);
  const intDigits = intTokens.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const decDigits = decTokens.filter((t): t is Extract<Token, { kind: 'digit' }> => t.kind === 'digit');
  const lastInt = intTokens.reduce((n, t, i) => (t.kind === 'digit' ? i : n), -1);
  const grouping = intTokens.some((t, i) => t.kind === 'comma' && i > first && i < lastInt);
  const maxDec = decDigits.length;
  const minDec = decDigits.filter((d) => d.char === '0').length;
  const rounded = roundDecimal(abs, maxDec);
  let [int, dec = ''] = rounded.toFixed(maxDec).split('.');
  const minInt = intDigits.filter((d) => d.char === '0').length;
  if (int === '0' && minInt === 0) int = '';
  int = int.padStart(minInt, '0');
  while (dec.length > minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
  const intText = grouping ? group(int) : int;
  return pointAt >= 0 ? `${intText}.${dec}` : intText;
}

/** Renders a number format's section: literals in place, the number at its first placeholder. */
function renderSection(value: number, format: string, accept: (tokens: Token[]) => boolean): string | null {
  const { section, negativeSection } = sectionFor(format, value);
  const tokens = tokenize(section);
  if (!accept(tokens) || tokens.some((t) => t.kind === 'unsupported')) return null;
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const scaled = Math.abs(value) * 100 ** percents;
  if (!Number.isFinite(scaled)) return null;
  const number = renderNumber(scaled, tokens);
  let out = '';
  let placed = false;
  for (const t of tokens) {
    if (t.kind === 'literal') out += t.text;
    else if (t.kind === 'percent') out += '%';
    else if (!placed && (t.kind === 'digit' || t.kind === 'point')) {
      out += number;
      placed = true;
    }
  }
  const negative = value < 0 && !negativeSection && /[1-9]/.test(number);
  return (negative ? '-' : '') + out.trim();
}

/**
 * The text a percentage format shows for a value: formatPercent(1.2, "0%") → "120%",
 * formatPercent(0.985, "0.0%") → "98.5%", formatPercent(0.98, "0.00%") → "98.00%". Null when the
 * format is not a percentage (General, amounts, dates, text …) or is one this does not render.
 */
export function formatPercent(value: number, numberFormat: string): string | null {
  if (!Number.isFinite(value)) return null;
  return renderSection(value, numberFormat, (tokens) => {
    const digits = tokens.some((t) => t.kind === 'digit');
    return digits && tokens.some((t) => t.kind === 'percent') && !tokens.some((t) => t.kind === 'date');
  });
}

/** Year, month, day of an Excel date serial (1900 system, or 1904). */
function dateParts(serial: number, date1904: boolean): { y: number; m: number; d: number } {
  // Excel counts a 29 February 1900 that never was: serials before it are one day early.
  const days = Math.floor(serial) + (date1904 ? 1462 : serial < 61 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Excel's built-in short date as ExcelJS names it (id 14), shown as the Chinese short date. */
const LOCALE_SHORT_DATE = 'mm-dd-yy';

/**
 * The text a date format shows for a serial: formatDate(46022, "yyyy/m/d") → "2025/12/31";
 * `yyyy"年"m"月"d"日"` → "2025年12月31日". Null for formats that are not dates, hold a time, a
 * weekday or a month name, and for serials outside 1900–9999.
 */
export function formatDate(value: number, numberFormat: string, date1904 = false): string | null {
  if (!Number.isFinite(value) || value < 1 || value >= 2958466) return null;
  const format = numberFormat === LOCALE_SHORT_DATE ? 'yyyy/m/d' : numberFormat;
  const { section } = sectionFor(format, value);
  const tokens = tokenize(section);
  const dateTokens = tokens.filter((t): t is Extract<Token, { kind: 'date' }> => t.kind === 'date');
  if (dateTokens.length === 0 || tokens.some((t) => t.kind !== 'date' && t.kind !== 'literal')) return null;
  const { y, m, d } = dateParts(value, date1904);
  const pad = (n: number) => String(n).padStart(2, '0');
  let out = '';
  for (const t of tokens) {
    if (t.kind === 'literal') {
      out += t.text;
      continue;
    }
    if (t.kind !== 'date') continue;
    const run = t.text;
    if (run[0] === 'y' || run[0] === 'e') out += run.length <= 2 && run[0] === 'y' ? pad(y % 100) : String(y);
    else if (run[0] === 'm' && run.length <= 2) out += run.length === 2 ? pad(m) : String(m);
    else if (run[0] === 'd' && run.length <= 2) out += run.length === 2 ? pad(d) : String(d);
    else return null;
  }
  return out.trim();
}

/**
 * The text a cell shows for a number in a percentage or date format, or null when its format is
 * General or one that is not rendered (the value then reads as itself).
 */
export function formattedNumber(value: number, numberFormat: string | null | undefined, date1904 = false): string | null {
  if (typeof numberFormat !== 'string') return null;
  const f = numberFormat.trim();
  if (f === '' || /^general$/i.test(f) || f === '@') return null;
  return formatPercent(value, f) ?? formatDate(value, f, date1904);
}
