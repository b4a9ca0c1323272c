/**
 * formatTargetValue: the canonical text of a TargetValue (`≥95%`, `90%-95%`, `≤3个工作日`, `是`).
 */
import { COMPARISON_SYMBOL } from './comparison';
import { PERIOD_TEXT } from './frequency';
import { formatNumber } from './numbers';
import type { Deadline, Frequency, TargetValue } from './types';
import { unitAtStart } from './units';

/** The unit as written in the value: nothing when it came from the indicator's name. */
function writtenUnit(v: TargetValue): string {
  return v.unit !== null && v.unitSource !== 'name' ? v.unit : '';
}

/** `unit` followed by `after`, in parentheses when it would not read back as itself (a longer unit). */
function unitBefore(unit: string, after: string): string {
  if (unit === '') return unit;
  return unitAtStart(unit + after)?.unit === unit ? unit : `(${unit})`;
}

function comparisonPrefix(v: TargetValue): string {
  if (v.comparison === null || (v.comparison === '=' && v.comparisonForm === 'bare')) return '';
  return COMPARISON_SYMBOL[v.comparison];
}

/** Whether the comparison was a word written after the figure (以上, 以内, 内 …). */
const SUFFIX_WORD = /^(?:及以上|或以上|以上|及以下|或以下|以下|及以内|以内|之内|内)$/;

function figure(v: TargetValue): string {
  const unit = writtenUnit(v);
  const number = formatNumber(v.value as number);
  // Keep a trailing comparison word where it was when words surround it (15日内办结, 控制在5%以内).
  if ((v.suffix !== '' || v.prefix !== '') && v.comparisonForm === 'word' && SUFFIX_WORD.test(v.comparisonText ?? '')) {
    return `${v.prefix}${number}${unitBefore(unit, v.comparisonText as string)}${v.comparisonText}${v.suffix}`;
  }
  // Without a unit, words that would read as one (5以上人员 …) stay behind a comparison word.
  if (unit === '' && v.suffix !== '' && unitAtStart(v.suffix) !== null && v.comparison !== null && v.comparison !== '=') {
    const word = v.direction === 'up' ? '以上' : '以下';
    return `${v.prefix}${comparisonPrefix(v)}${number}${word}${v.suffix}`;
  }
  return `${v.prefix}${comparisonPrefix(v)}${number}${unitBefore(unit, v.suffix)}${v.suffix}`;
}

function range(v: TargetValue): string {
  const unit = writtenUnit(v);
  const low = v.low as number;
  const high = v.high as number;
  if (v.deviation) {
    // Without a unit, words that would read as one stay behind 以内.
    const gap = unit === '' && v.suffix !== '' && unitAtStart(v.suffix) !== null ? '以内' : unitBefore(unit, v.suffix);
    return `${v.prefix}±${formatNumber(high)}${gap}${v.suffix}`;
  }
  const separator = low < 0 || high < 0 ? '~' : '-';
  return `${v.prefix}${formatNumber(low)}${unitBefore(unit, separator)}${separator}${formatNumber(high)}${unitBefore(unit, v.suffix)}${v.suffix}`;
}

function frequency(v: TargetValue, f: Frequency): string {
  const measured = f.period === 'month' || f.period === 'quarter' ? '个' : '';
  const every = f.every === 1 ? '' : `${formatNumber(f.every)}${measured}`;
  const count = f.count === null ? '' : `${comparisonPrefix(v)}${formatNumber(f.count)}次`;
  return `每${every}${PERIOD_TEXT[f.period]}${count}${v.suffix}`;
}

function deadline(v: TargetValue, d: Deadline): string {
  let s = d.year !== null ? `${d.year}年` : '';
  if (d.month !== null) s += `${d.month}月`;
  if (d.day !== null) s += `${d.day}日`;
  if (d.endOf === 'year' && d.month === null) s += d.year !== null ? '底' : '年底';
  if (d.endOf === 'month' && d.month !== null) s += '底';
  return `${s}前${v.suffix}`;
}

/**
 * The canonical text of a value: comparisons as symbols before the number (`≥95%`), ranges with
 * the unit on both ends (`90%-95%`, deviations `±3%`), durations `≤3个工作日`, frequencies
 * `每季度1次`, deadlines `2025年12月底前`, yes/no `是`/`否`, placeholders `≥**%`. A unit taken from
 * the indicator's name is left out. Qualitative and unrecognized values keep their normalized text.
 * Parsing the result (with the same indicator name) gives the same kind, comparison, numbers and unit.
 */
export function formatTargetValue(v: TargetValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'notApplicable':
      return '不适用';
    case 'yesno':
      return v.yes ? '是' : '否';
    case 'placeholder':
      return `${comparisonPrefix(v)}**${writtenUnit(v)}`;
    case 'quantity':
    case 'duration':
      return v.value === null ? v.normalizedText : figure(v);
    case 'range':
      return v.low === null || v.high === null ? v.normalizedText : range(v);
    case 'frequency':
      return v.frequency ? frequency(v, v.frequency) : v.normalizedText;
    case 'deadline':
      return v.deadline ? deadline(v, v.deadline) : v.normalizedText;
    default:
      return v.normalizedText;
  }
}
