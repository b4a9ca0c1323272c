/**
 * Numbers as they appear in values: digits with optional thousands separators and decimals, and
 * small Chinese numerals (一 … 九十九) where a count is written out.
 */

/** An unsigned number: `1,200.50`, `95`, `0.5`. Thousands separators only in well-formed groups. */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** Reads an unsigned number token (see NUMBER_SOURCE); NaN when it is not one. */
export function readNumber(token: string): number {
  if (!new RegExp(`^${NUMBER_SOURCE}$`).test(token)) return NaN;
  return Number(token.replace(/,/g, ''));
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Chinese numerals below 100 (`一`, `两`, `十二`, `二十`, `九十九`); NaN otherwise. */
export function readChineseNumeral(text: string): number {
  if (text.length === 0) return NaN;
  if (text.length === 1 && text in DIGITS) return DIGITS[text];
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return NaN;
  const tens = m[1] ? DIGITS[m[1]] : 1;
  const ones = m[2] ? DIGITS[m[2]] : 0;
  return tens * 10 + ones;
}

/** The characters a Chinese numeral is made of, for regular expressions. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十';

/** Plain decimal text for a finite number, never in exponent form: 95, 1.5, -0.25, 0.0000001. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const plain = String(n === 0 ? 0 : n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (!m) return plain;
  // Shift the decimal point of the shortest digits String() gave.
  const [, sign, lead, fraction = '', exponentText] = m;
  const digits = lead + fraction;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  return `${sign}${digits}${'0'.repeat(Math.max(0, point - digits.length))}`;
}
