/**
 * Values built around figures: a quantity or duration (`≥95%`, `4个及以上`, `15日内办结`,
 * `≥90.00(%)`), a range (`90%-95%`, `90至95%`) or a deviation (`±3%以内`).
 */
import {
  compatible,
  prefixComparisonAtEnd,
  suffixComparisonAtEnd,
  suffixComparisonAtStart,
  type ComparisonToken,
} from './comparison';
import { NUMBER_SOURCE, readNumber } from './numbers';
import { unitAtStart } from './units';

export interface FigurePart {
  value: number;
  unit: string | null;
}

export interface FigureParse {
  /** Words before the figure that are not a comparison. */
  prefix: string;
  comparison: ComparisonToken | null;
  first: FigurePart;
  /** The upper end of a range. */
  second: FigurePart | null;
  /** Written as ±n. */
  deviation: boolean;
  /** Words after the figure, its unit and comparison. */
  suffix: string;
}

/**
 * Takes comparison tokens off one end of `text` while there are any (`≥95%以上`): the first one
 * found is kept (after `found`, if given); 'conflict' when two contradict each other.
 */
function peel(
  text: string,
  find: (s: string) => ComparisonToken | null,
  end: 'start' | 'end',
  found: ComparisonToken | null = null,
): { comparison: ComparisonToken | null; text: string } | 'conflict' {
  let comparison = found;
  let s = text;
  for (let t = find(s); t !== null && s !== ''; t = find(s)) {
    if (comparison && !compatible(comparison.comparison, t.comparison)) return 'conflict';
    comparison ??= t;
    s = end === 'start' ? s.slice(t.text.length) : s.slice(0, s.length - t.text.length).replace(/[,.;:、]+$/, '');
  }
  return { comparison, text: s };
}

const NUMBER_AT = new RegExp(`^${NUMBER_SOURCE}`);
const RANGE_SEPARATOR = /^(?:-|~|至|到)(?=[+-]?\d)/u;

/** A signed number at the start of `text`, with what follows it and its unit. */
function readPart(text: string): { part: FigurePart; rest: string } | null {
  let sign = 1;
  let s = text;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  const m = NUMBER_AT.exec(s);
  if (!m) return null;
  const value = sign * readNumber(m[0]);
  if (!Number.isFinite(value)) return null;
  s = s.slice(m[0].length);
  const unit = unitAtStart(s);
  if (unit) s = s.slice(unit.length);
  return { part: { value: value === 0 ? 0 : value, unit: unit?.unit ?? null }, rest: s };
}

/**
 * Reads compact text (see compactForGrammar) holding one figure or a range: null when it holds no
 * digit, 'unrecognized' when its figures fit no form (two unrelated numbers, contradicting comparisons).
 */
export function parseFigure(compact: string): FigureParse | 'unrecognized' | null {
  const firstDigit = compact.search(/\d/);
  if (firstDigit < 0) return null;
  let before = compact.slice(0, firstDigit);
  let signed = '';
  if (before.endsWith('-') || before.endsWith('+')) {
    signed = before.slice(-1);
    before = before.slice(0, -1);
  }
  let deviation = false;
  if (before.endsWith('±')) {
    if (signed !== '') return 'unrecognized';
    deviation = true;
    before = before.slice(0, -1);
  }
  const first = readPart(signed + compact.slice(firstDigit));
  if (!first) return 'unrecognized';
  let { rest } = first;
  let second: FigurePart | null = null;
  const separator = RANGE_SEPARATOR.exec(rest);
  if (separator && !deviation) {
    const read = readPart(rest.slice(separator[0].length));
    if (!read) return 'unrecognized';
    second = read.part;
    rest = read.rest;
    if (first.part.unit !== null && second.unit !== null && first.part.unit !== second.unit) return 'unrecognized';
  }

  const head = peel(before, prefixComparisonAtEnd, 'end');
  if (head === 'conflict') return 'unrecognized';
  const { comparison: prefixCmp, text: prefix } = head;
  const lead = peel(rest, suffixComparisonAtStart, 'start');
  if (lead === 'conflict') return 'unrecognized';
  const tail = peel(lead.text, suffixComparisonAtEnd, 'end', lead.comparison);
  if (tail === 'conflict') return 'unrecognized';
  const suffixCmp = tail.comparison;
  // Punctuation before a trailing comparison word (5%，以上) is dropped.
  const suffix = tail.text.replace(/[,.;:、]+$/, '');

  // A comparison symbol among the words in front (=不满5, <x大于5), or a sign or 百分之 left just
  // before the figure (+-5), fits no form.
  if (/[=<>≤≥±]|(?:[+-]|百分之)$/.test(prefix)) return 'unrecognized';
  if (/\d/.test(prefix) || /\d/.test(suffix)) return 'unrecognized';
  // 每年减少5% mixes a period with a figure.
  if (/^(?:每|按)/.test(prefix)) return 'unrecognized';
  if (prefixCmp && suffixCmp && !compatible(prefixCmp.comparison, suffixCmp.comparison)) return 'unrecognized';
  if ((second || deviation) && prefixCmp) return 'unrecognized';
  if (second && suffixCmp) return 'unrecognized';
  if (deviation && suffixCmp && suffixCmp.comparison !== '<=') return 'unrecognized';

  const comparison = second || deviation ? null : (prefixCmp ?? suffixCmp);
  return { prefix, comparison, first: first.part, second, deviation, suffix };
}
