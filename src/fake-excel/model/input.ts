/**
 * What Excel stores when the API writes a value into a cell through `values` or `formulas`:
 * text starting with "=" (or "+"/"-" before more text) becomes a formula, numeric-looking text a
 * number, "TRUE"/"FALSE" a boolean, dates a date serial; a leading apostrophe keeps text as text,
 * and so does the text number format "@". `null` leaves the cell as it was; "" empties it.
 */
import { ModelError } from './errors';
import type { SheetModel } from './sheet';
import type { Scalar } from './types';

const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/;

/** Full-width digits and signs typed in a Chinese input method, as Excel reads them. */
function halfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

function numberFrom(text: string): number | null {
  const t = halfWidth(text.trim());
  if (!/\d/.test(t) || !NUMERIC.test(t)) return null;
  const pct = t.endsWith('%');
  const n = Number(t.replace(/[,%]/g, ''));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

/** Days since 1899-12-30 (Excel's serial date) for y-m-d. */
function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

function dateFrom(text: string): { serial: number; format: string } | null {
  const t = halfWidth(text.trim());
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) {
    const s = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    return s === null ? null : { serial: s, format: 'yyyy/m/d' };
  }
  m = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(t);
  if (m) {
    const s = serial(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
    return s === null ? null : { serial: s, format: m[3] ? 'yyyy"年"m"月"d"日"' : 'yyyy"年"m"月"' };
  }
  return null;
}

/** Writes one input value into a cell of a sheet, as Excel does for `values` and `formulas`. */
export function storeInput(sheet: SheetModel, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  const textFormat = sheet.format(row, col).numberFormat === '@';
  const set = (value: Scalar, formula?: string) => {
    const c = sheet.ensureCell(row, col);
    c.value = value;
    if (formula === undefined) delete c.formula;
    else c.formula = formula;
    sheet.prune(row, col);
  };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new ModelError('InvalidArgument', 'not a finite number');
    set(input);
    return;
  }
  if (typeof input === 'boolean') {
    set(input);
    return;
  }
  if (typeof input !== 'string') throw new ModelError('InvalidArgument', `unsupported value type ${typeof input}`);
  if (input === '') {
    set('');
    return;
  }
  if (input.startsWith("'")) {
    set(input.slice(1));
    return;
  }
  if (textFormat) {
    set(input);
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    set('', input);
    return;
  }
  const n = numberFrom(input);
  if (n !== null) {
    set(n);
    return;
  }
  if ((input.startsWith('+') || input.startsWith('-')) && input.trim().length > 1) {
    set('', `=${input}`);
    return;
  }
  if (/^(true|false)$/i.test(input.trim())) {
    set(input.trim().toUpperCase() === 'TRUE');
    return;
  }
  const d = dateFrom(input);
  if (d) {
    set(d.serial);
    if (sheet.format(row, col).numberFormat === undefined) {
      sheet.updateFormat(row, col, (f) => {
        f.numberFormat = d.format;
      });
    }
    return;
  }
  set(input);
}
