/**
 * parseTargetValue: reads an indicator value (指标值) as typed into a TargetValue.
 */
import {
  directionOf,
  isInclusive,
  prefixComparisonAtEnd,
  suffixComparisonAtStart,
  type ComparisonToken,
} from './comparison';
import { parseDeadline } from './deadline';
import { parseFigure, type FigureParse } from './figure';
import { parseFrequency } from './frequency';
import { isEmptyMarker, isNotApplicable, isPlaceholderWord } from './markers';
import { compactForGrammar, normalizeValueText } from './normalize';
import { CHINESE_NUMERAL_CHARS, readChineseNumeral } from './numbers';
import { classifyQualitative, qualitativeDirection } from './qualitative';
import type { ParseContext, TargetValue, TargetValueKind } from './types';
import { TIME_UNITS, isTimeUnit, unitAtStart, unitFromIndicatorName } from './units';

const YES_NO = new Map<string, boolean>([['是', true], ['有', true], ['否', false], ['无', false], ['没有', false]]);

function blank(kind: TargetValueKind, text: string, normalizedText: string, hadMarkup: boolean): TargetValue {
  return {
    kind,
    text,
    normalizedText,
    hadMarkup,
    comparison: null,
    comparisonForm: null,
    comparisonText: null,
    inclusive: null,
    value: null,
    low: null,
    high: null,
    deviation: false,
    unit: null,
    unitSource: null,
    direction: null,
    yes: null,
    frequency: null,
    deadline: null,
    qualitative: null,
    prefix: '',
    suffix: '',
  };
}

/** Sets the comparison fields from a written token, or '=' written bare. */
function withComparison(v: TargetValue, token: ComparisonToken | null): void {
  v.comparison = token ? token.comparison : '=';
  v.comparisonForm = token ? token.form : 'bare';
  v.comparisonText = token ? token.text : null;
  v.inclusive = isInclusive(v.comparison);
  v.direction = directionOf(v.comparison);
}

/** `≥**%`, `XX个`, `**`: a comparison, a filler for the number, a unit. */
function readPlaceholder(compact: string): { comparison: ComparisonToken | null; unit: string | null } | null {
  const filler = /\*+|[Xx]+|×+/.exec(compact);
  if (!filler) return null;
  const before = compact.slice(0, filler.index);
  const comparison = before === '' ? null : prefixComparisonAtEnd(before);
  if (before !== '' && comparison?.text !== before) return null;
  let rest = compact.slice(filler.index + filler[0].length);
  const unit = unitAtStart(rest);
  if (unit) rest = rest.slice(unit.length);
  const suffix = suffixComparisonAtStart(rest);
  if (suffix && suffix.text === rest && comparison === null) return { comparison: suffix, unit: unit?.unit ?? null };
  if (rest !== '') return null;
  return { comparison, unit: unit?.unit ?? null };
}

const TIME_UNIT_ALTERNATION = [...TIME_UNITS].sort((a, b) => b.length - a.length).join('|');
const CHINESE_DURATION = new RegExp(`^(\\D*?)([${CHINESE_NUMERAL_CHARS}]+)(${TIME_UNIT_ALTERNATION})(\\D*)$`, 'u');

/** `三个工作日内` → `3个工作日内`, only right after the start or a comparison word. */
function arabicDuration(compact: string): string {
  if (/\d/.test(compact)) return compact;
  const m = CHINESE_DURATION.exec(compact);
  if (!m) return compact;
  const [, before, numeral, unit, after] = m;
  const n = readChineseNumeral(numeral);
  if (Number.isNaN(n)) return compact;
  if (before !== '' && prefixComparisonAtEnd(before)?.text !== before) return compact;
  return `${before}${n}${unit}${after}`;
}

function fromFigure(v: TargetValue, figure: FigureParse, nameUnit: string | null): TargetValue {
  v.prefix = figure.prefix;
  v.suffix = figure.suffix;
  const written = figure.second?.unit ?? figure.first.unit;
  if (written !== null) {
    v.unit = written;
    v.unitSource = 'value';
  } else if (nameUnit !== null) {
    v.unit = nameUnit;
    v.unitSource = 'name';
  }
  if (figure.deviation || figure.second) {
    v.kind = 'range';
    const a = figure.deviation ? -figure.first.value : figure.first.value;
    const b = figure.deviation ? figure.first.value : (figure.second as { value: number }).value;
    // + 0 turns −0 (from ±0) into 0.
    v.low = Math.min(a, b) + 0;
    v.high = Math.max(a, b) + 0;
    v.deviation = figure.deviation;
    v.inclusive = true;
    // ±3%以内: the 以内 only restates the deviation.
    return v;
  }
  // 5(次/年), 2次/年以上: a count per period is a frequency.
  const perPeriod = v.unitSource === 'value' && figure.prefix === '' && figure.suffix === '' && figure.first.value >= 0
    ? parseFrequency(`1${v.unit}`)
    : null;
  if (perPeriod && perPeriod.suffix === '') {
    v.kind = 'frequency';
    v.unit = null;
    v.unitSource = null;
    v.frequency = { ...perPeriod.frequency, count: figure.first.value };
    withComparison(v, figure.comparison);
    return v;
  }
  v.kind = isTimeUnit(v.unit) ? 'duration' : 'quantity';
  v.value = figure.first.value;
  withComparison(v, figure.comparison);
  return v;
}

/**
 * Reads an indicator value. Never throws: text that fits no form is `unrecognized`. A unit in
 * parentheses at the end of `context.indicatorName` applies when the value has none.
 */
export function parseTargetValue(text: string, context: ParseContext = {}): TargetValue {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const { normalized, hadMarkup } = normalizeValueText(raw);
  const v = blank('unrecognized', raw, normalized, hadMarkup);
  const compact = compactForGrammar(normalized);
  if (compact === '' || isEmptyMarker(compact)) return { ...v, kind: 'empty' };
  if (isNotApplicable(compact)) return { ...v, kind: 'notApplicable' };
  const nameUnit = context.indicatorName ? unitFromIndicatorName(context.indicatorName) : null;

  if (isPlaceholderWord(compact)) return { ...v, kind: 'placeholder' };
  if (!/\d/.test(compact)) {
    const placeholder = readPlaceholder(compact);
    if (placeholder) {
      v.kind = 'placeholder';
      if (placeholder.unit !== null) {
        v.unit = placeholder.unit;
        v.unitSource = 'value';
      } else if (nameUnit !== null) {
        v.unit = nameUnit;
        v.unitSource = 'name';
      }
      if (placeholder.comparison) withComparison(v, placeholder.comparison);
      return v;
    }
  }
  // Filler among other words or figures (完成XX个项目, 每月**次, 2025年XX月).
  if (/\*|[Xx]{2,}/.test(compact)) return { ...v, kind: 'placeholder' };

  const yes = YES_NO.get(compact);
  if (yes !== undefined) return { ...v, kind: 'yesno', yes };

  const grammar = arabicDuration(compact);
  const frequency = parseFrequency(grammar);
  if (frequency) {
    v.kind = 'frequency';
    v.frequency = frequency.frequency;
    v.suffix = frequency.suffix;
    if (frequency.frequency.count !== null) withComparison(v, frequency.countComparison);
    return v;
  }

  const deadline = parseDeadline(grammar);
  if (deadline === 'unrecognized') return v;
  if (deadline) {
    v.kind = 'deadline';
    v.deadline = deadline.deadline;
    v.suffix = deadline.suffix;
    v.comparison = '<=';
    v.comparisonForm = deadline.marker === null ? 'bare' : 'word';
    v.comparisonText = deadline.marker;
    v.inclusive = true;
    v.direction = 'down';
    return v;
  }

  const figure = parseFigure(grammar);
  if (figure === 'unrecognized') return v;
  if (figure) return fromFigure(v, figure, nameUnit);

  if (/\p{Script=Han}/u.test(normalized)) {
    v.kind = 'qualitative';
    v.qualitative = classifyQualitative(normalized);
    v.direction = qualitativeDirection(normalized);
    return v;
  }
  return v;
}
