/**
 * Reading a value cell into a number or text: amounts in 万元 (`18.24万元`, `182,400元`, `18.24`),
 * years (`2025`, `2025年`, `2026/1/1`, a date serial), counts (`101`, `101人`) and trimmed text.
 */
import { numberText } from '../numberFormat';
import type { CellValue } from '../snapshot';
import { parseAmountWan } from '../values/amount';
import { TextMemo } from './textMemo';
import type { AmountUnit } from './types';

const NUMBER = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+`;
const COUNT_RE = new RegExp(`^(${NUMBER})(?:人|个|家|名|户|所)?$`);

function compactNumberText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * An amount in 万元. A unit written in the value wins; otherwise `unit` (from the label or a
 * `金额单位` line) applies. Null for empty cells and text that is not an amount (values' parser:
 * `18.24万元`, `182,400元`, `3万`, full-width digits).
 */
export function readAmount(v: CellValue, unit: AmountUnit = '万元'): number | null {
  if (typeof v === 'string') return AMOUNT_TEXTS[unit].get(v);
  return typeof v === 'number' ? parseAmountWan(v, unit) : null;
}

/** Amount texts read before, by the unit they default to (forms repeat the same amounts). */
const AMOUNT_TEXTS: Readonly<Record<AmountUnit, TextMemo<number | null>>> = {
  万元: new TextMemo((t) => parseAmountWan(t, '万元')),
  元: new TextMemo((t) => parseAmountWan(t, '元')),
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/** The year of an Excel date serial (1900 date system). */
function yearOfSerial(serial: number): number {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).getUTCFullYear();
}

/**
 * A four-digit year: 2025, "2025", "2025年", "2026/1/1", "2026-01-01", "2026年1月1日", or a date
 * serial (a date cell). Null otherwise.
 */
export function readYear(v: CellValue): number | null {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return null;
    if (Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR) return v;
    // Date serials of 1950–2149.
    if (v >= 18264 && v < 91311) return yearOfSerial(v);
    return null;
  }
  if (typeof v !== 'string') return null;
  const s = compactNumberText(v);
  const m = /^(\d{4})(?:年度?|[./-]\d{1,2}(?:[./-]\d{1,2})?|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** A count: 101, "101", "101人", "3个". Null otherwise. */
export function readCount(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const m = COUNT_RE.exec(compactNumberText(v));
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

/** Trimmed text (numbers without binary noise); null when blank. */
export function readText(v: CellValue): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return Number.isFinite(v) ? numberText(v) : null;
}
