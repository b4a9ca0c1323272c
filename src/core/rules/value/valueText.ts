/**
 * Small readings of a parsed value that several value rules share.
 */
import type { TargetValue } from '../../values';

/** The value is a percentage written in the value or the name (`95%`, `年度资金支出进度（%）` with `98`). */
export function isPercent(v: TargetValue): boolean {
  return (v.kind === 'quantity' || v.kind === 'range') && v.unit === '%';
}

/** The value as a suggestion shows it with another comparison: `≥98%`. */
export function withComparison(v: TargetValue, symbol: string, value: number | null = v.value): string {
  return `${symbol}${value}${v.unit ?? ''}`;
}

/** The first of `words` the name holds, compared without spaces. */
export function keywordIn(name: string, words: readonly string[]): string | null {
  const compact = name.replace(/\s+/g, '');
  return words.find((w) => w !== '' && compact.includes(w)) ?? null;
}
