/**
 * Amounts in 万元 (10,000 yuan), the unit the forms' amount labels use.
 */
import { compactForGrammar, normalizeValueText } from './normalize';
import { NUMBER_SOURCE, readNumber } from './numbers';

const PER_WAN: Record<string, number> = { 元: 1 / 10000, 千元: 1 / 10, 万元: 1, 万: 1, 亿元: 10000, 亿: 10000 };
const AMOUNT = new RegExp(`^[¥￥]?(-?)(${NUMBER_SOURCE})(?:\\(?(元|千元|万元|万|亿元|亿)\\)?)?$`, 'u');

/** Rounds away binary noise: 万元 from 元 needs at most 6 decimals. */
function tidy(n: number): number {
  if (!Number.isFinite(n * 1e8)) return n;
  const r = Math.round(n * 1e8) / 1e8;
  return r === 0 ? 0 : r;
}

/**
 * Reads an amount as 万元: `18.24万元` → 18.24, `182,400元` → 18.24, `3万元` → 3, full-width digits
 * too. Without a unit in the text, `unitHint` decides (default 万元): `10,308,000.00` with hint 元 →
 * 1030.8. Numbers are read in the hint's unit. Null when the text is not an amount (or is blank).
 */
export function parseAmountWan(text: string | number, unitHint: '元' | '万元' = '万元'): number | null {
  const hintFactor = PER_WAN[unitHint];
  if (typeof text === 'number') return Number.isFinite(text) ? tidy(text * hintFactor) : null;
  if (typeof text !== 'string') return null;
  const compact = compactForGrammar(normalizeValueText(text).normalized);
  const m = AMOUNT.exec(compact);
  if (!m) return null;
  const [, sign, digits, unit] = m;
  const n = readNumber(digits);
  if (!Number.isFinite(n)) return null;
  const wan = n * (unit ? PER_WAN[unit] : hintFactor);
  return tidy(sign === '-' ? -wan : wan);
}
