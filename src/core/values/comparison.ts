/**
 * Comparison symbols and words, before and after the number. Inclusivity follows 《民法典》第1259条:
 * 以上, 以下, 以内 include the number; 超过, 不满 (and 以外) exclude it.
 */
import type { Comparison, ComparisonForm, Direction } from './types';

export interface ComparisonToken {
  text: string;
  comparison: Comparison;
  form: Exclude<ComparisonForm, 'bare'>;
}

function tokens(form: ComparisonToken['form'], comparison: Comparison, texts: string[]): ComparisonToken[] {
  return texts.map((text) => ({ text, comparison, form }));
}

/** Written before the number. Symbols are in their compact spelling (see compactForGrammar). */
const PREFIX_TOKENS: ComparisonToken[] = [
  ...tokens('symbol', '>=', ['≥']),
  ...tokens('symbol', '<=', ['≤']),
  ...tokens('symbol', '>', ['>']),
  ...tokens('symbol', '<', ['<']),
  ...tokens('symbol', '=', ['=']),
  ...tokens('word', '>=', [
    '大于或等于', '大于等于', '高于或等于', '高于等于', '达到或超过', '不低于', '不少于', '不小于', '至少', '最少',
    '最低', '达到', '达',
  ]),
  ...tokens('word', '<=', [
    '小于或等于', '小于等于', '低于或等于', '低于等于', '不高于', '不超过', '不大于', '不多于', '至多', '最多', '最高',
  ]),
  ...tokens('word', '>', ['大于', '超过', '高于', '多于']),
  ...tokens('word', '<', ['小于', '低于', '少于', '不满', '未满', '不足', '不到']),
  ...tokens('word', '=', ['等于']),
].sort((a, b) => b.text.length - a.text.length);

/** Written after the number and its unit. */
const SUFFIX_TOKENS: ComparisonToken[] = [
  ...tokens('word', '>=', ['及以上', '或以上', '以上']),
  ...tokens('word', '<=', ['及以下', '或以下', '以下', '及以内', '以内', '之内', '内']),
].sort((a, b) => b.text.length - a.text.length);

/** The comparison word or symbol the text ends with (longest match), if any. */
export function prefixComparisonAtEnd(text: string): ComparisonToken | null {
  return PREFIX_TOKENS.find((t) => text.endsWith(t.text)) ?? null;
}

/** The comparison word the text starts with (longest match), if any. */
export function suffixComparisonAtStart(text: string): ComparisonToken | null {
  return SUFFIX_TOKENS.find((t) => text.startsWith(t.text)) ?? null;
}

/** The comparison word the text ends with (longest match), if any. */
export function suffixComparisonAtEnd(text: string): ComparisonToken | null {
  return SUFFIX_TOKENS.find((t) => text.endsWith(t.text)) ?? null;
}

/** Whether the bound itself satisfies the comparison. */
export function isInclusive(comparison: Comparison): boolean {
  return comparison === '>=' || comparison === '<=' || comparison === '=';
}

export function directionOf(comparison: Comparison): Direction {
  if (comparison === '>=' || comparison === '>') return 'up';
  if (comparison === '<=' || comparison === '<') return 'down';
  return 'exact';
}

/** The symbol used in canonical text. */
export const COMPARISON_SYMBOL: Record<Comparison, string> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
};

/** Two comparisons that can be written together without contradiction (`≥95%以上`). */
export function compatible(a: Comparison, b: Comparison): boolean {
  return a === b || (a !== '=' && b !== '=' && directionOf(a) === directionOf(b));
}
