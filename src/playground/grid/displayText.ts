/**
 * The text a cell shows for its value and number format, for the formats the forms and common
 * workbooks use: General, "0", "0.00", "#,##0.00##" (amounts), percentages, text "@", and dates
 * (yyyy/m/d, yyyy-mm-dd, yyyy"年"m"月"d"日"). Other formats show the value as General does.
 */
import type { Scalar } from '../../fake-excel/model/types';

/** General: up to 10 significant digits, no exponent for everyday magnitudes. */
function general(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) return n.toExponential(5).toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "0", "0.00", "#,##0", "#,##0.00##": grouping, fixed and optional decimals. */
function fixed(n: number, pattern: string): string | null {
  const m = /^(#,##)?0(?:\.(0*)(#*))?$/.exec(pattern);
  if (!m) return null;
  const min = m[2]?.length ?? 0;
  const max = min + (m[3]?.length ?? 0);
  let text = Math.abs(n).toFixed(max);
  if (max > min) text = text.replace(new RegExp(`0{1,${max - min}}$`), '').replace(/\.$/, '');
  const [int, dec] = text.split('.');
  const body = (m[1] ? group(int) : int) + (dec ? `.${dec}` : '');
  return n < 0 && Number(text) !== 0 ? `-${body}` : body;
}

function percent(n: number, pattern: string): string | null {
  const m = /^0(?:\.(0+))?%$/.exec(pattern);
  if (!m) return null;
  return `${(n * 100).toFixed(m[1]?.length ?? 0)}%`;
}

/** Days since 1899-12-30 → year, month, day (UTC). */
function dateParts(serial: number): { y: number; m: number; d: number } {
  const t = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  const date = new Date(t);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function date(n: number, pattern: string): string | null {
  const p = pattern.replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1');
  if (!/y{2,4}/i.test(p) || !/m/i.test(p)) return null;
  const { y, m, d } = dateParts(n);
  const pad = (v: number) => String(v).padStart(2, '0');
  return p
    .replace(/yyyy/gi, String(y))
    .replace(/yy/gi, pad(y % 100))
    .replace(/mm/gi, pad(m))
    .replace(/m/gi, String(m))
    .replace(/dd/gi, pad(d))
    .replace(/d/gi, String(d));
}

/** What the cell shows: its value through its number format (the first section of it). */
export function displayText(value: Scalar, numberFormat?: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const pattern = (numberFormat ?? 'General').split(';')[0].replace(/\[[^\]]*\]/g, '').trim();
  if (pattern === '' || pattern === 'General' || pattern === '@') return general(value);
  return fixed(value, pattern) ?? percent(value, pattern) ?? date(value, pattern) ?? general(value);
}
