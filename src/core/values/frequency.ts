/**
 * Frequencies: `每个季度`, `每月`, `每季度1次`, `每月至少一次`, `每2周1次`, `1次/季度`, `按月`.
 */
import { prefixComparisonAtEnd, type ComparisonToken } from './comparison';
import { CHINESE_NUMERAL_CHARS, NUMBER_SOURCE, readChineseNumeral, readNumber } from './numbers';
import type { Frequency, FrequencyPeriod } from './types';

const PERIOD_WORDS: ReadonlyArray<[string, FrequencyPeriod]> = [
  ['半年度', 'halfYear'],
  ['半年', 'halfYear'],
  ['季度', 'quarter'],
  ['学期', 'semester'],
  ['星期', 'week'],
  ['年度', 'year'],
  ['季', 'quarter'],
  ['月', 'month'],
  ['年', 'year'],
  ['周', 'week'],
  ['旬', 'tenDays'],
  ['日', 'day'],
  ['天', 'day'],
];
const PERIOD_ALTERNATION = PERIOD_WORDS.map(([w]) => w).join('|');

/** Canonical words per period, as written after 每 (with 个 when a number precedes 月 or 季度). */
export const PERIOD_TEXT: Record<FrequencyPeriod, string> = {
  day: '日',
  week: '周',
  tenDays: '旬',
  month: '月',
  quarter: '季度',
  halfYear: '半年',
  year: '年',
  semester: '学期',
};

const COUNT_UNITS = '次|回|期|轮|批|场';
const AMOUNT = `${NUMBER_SOURCE}|[${CHINESE_NUMERAL_CHARS}]+`;

function readAmount(text: string): number {
  const n = readNumber(text);
  return Number.isNaN(n) ? readChineseNumeral(text) : n;
}

function periodOf(word: string): FrequencyPeriod {
  return (PERIOD_WORDS.find(([w]) => w === word) as [string, FrequencyPeriod])[1];
}

export interface FrequencyParse {
  frequency: Frequency;
  /** The comparison on the count (每月至少1次), when written. */
  countComparison: ComparisonToken | null;
  /** Words after the frequency (`每季度通报` → `通报`). */
  suffix: string;
}

const EVERY = new RegExp(`^(?:每|按)(?:(${AMOUNT})(?=个|${PERIOD_ALTERNATION}))?个?(${PERIOD_ALTERNATION})(.*)$`, 'u');
const COUNT = new RegExp(`^(.*?)(${AMOUNT})(?:${COUNT_UNITS})(.*)$`, 'u');
const PER = new RegExp(`^(.*?)(${AMOUNT})(?:${COUNT_UNITS})/(?:(${AMOUNT})个?)?(${PERIOD_ALTERNATION})$`, 'u');

/** Reads a frequency from compact text (see compactForGrammar), or null when it is not one. */
export function parseFrequency(compact: string): FrequencyParse | null {
  const per = PER.exec(compact);
  if (per) {
    const [, before, countText, everyText, word] = per;
    const cmp = before === '' ? null : prefixComparisonAtEnd(before);
    if (before !== '' && (cmp === null || cmp.text !== before)) return null;
    const count = readAmount(countText);
    const every = everyText ? readAmount(everyText) : 1;
    if (!valid(count) || !valid(every) || every === 0) return null;
    return { frequency: { period: periodOf(word), every, count }, countComparison: cmp, suffix: '' };
  }
  const m = EVERY.exec(compact);
  if (!m) return null;
  const [, everyText, word, rest] = m;
  const every = everyText ? readAmount(everyText) : 1;
  if (!valid(every) || every === 0) return null;
  const frequency: Frequency = { period: periodOf(word), every, count: null };
  const counted = COUNT.exec(rest);
  if (counted) {
    const [, before, countText, after] = counted;
    const cmp = before === '' ? null : prefixComparisonAtEnd(before);
    if (before === '' || (cmp !== null && cmp.text === before)) {
      const count = readAmount(countText);
      if (valid(count)) return { frequency: { ...frequency, count }, countComparison: cmp, suffix: after };
    }
  }
  // A figure after the period that is not a count (每年减少5%) is not a plain frequency.
  if (/\d/.test(rest)) return null;
  return { frequency, countComparison: null, suffix: rest };
}

function valid(n: number): boolean {
  return Number.isFinite(n) && n >= 0;
}
