/**
 * value.direction: a reverse indicator (投诉率, 事故 …) written with ≥ or >, or a bounded rate written
 * with ≤ or <.
 * value.no-direction: a bounded or reverse rate written as a bare number (`98%`). Satisfaction rates
 * are left to value.satisfaction-low.
 * value.degenerate: a threshold that cannot fail (`>0%`, `≥0` on a positive indicator; `=0` on a
 * reverse one, 零事故, is a real target).
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';
import { keywordIn, withComparison } from './valueText';

function shouldBeUpperBound(name: string, text: string, word: string, better: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，但「${word}」是越低越好的指标，应写成上限，如「${better}」，请核实方向。`,
    en: `${subjectEn(name, at, text)}, but ${word} is better when lower; it should be an upper bound such as ${better}. Please check the direction.`,
  });
}

function shouldBeLowerBound(name: string, text: string, word: string, better: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，但「${word}」是越高越好的比率，应写成下限，如「${better}」，请核实方向。`,
    en: `${subjectEn(name, at, text)}, but ${word} is better when higher; it should be a lower bound such as ${better}. Please check the direction.`,
  });
}

function noDirection(name: string, text: string, example: string, suggestion: string | null): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，没有写明是下限、上限还是等于，建议写成${example}。`,
    en: `${subjectEn(name, at, text)}, with no direction (at least, at most or exactly); consider ${suggestion ?? '≥, ≤ or ='}.`,
  });
}

function cannotFail(name: string, text: string, comparison: '>' | '>='): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，只要${comparison === '>' ? '大于零' : '不是负数'}就算完成，起不到考核作用，请填写经测算的具体目标值。`,
    en: `${subjectEn(name, at, text)}: anything ${comparison === '>' ? 'above zero' : 'not negative'} meets it, so it measures nothing. Please set a real target.`,
  });
}

export const directionRule = defineValueRule({
  id: 'value.direction',
  severity: 'warning',
  title: { zh: '指标值方向与指标性质相反', en: 'Target points the wrong way' },
  check(value, entry, settings) {
    const v = value.parsed;
    const { bounded, reverse } = entry.traits;
    if (v.kind !== 'quantity' || v.comparison === null || bounded === reverse) return null;
    const text = value.field.text;
    if (reverse && (v.comparison === '>=' || v.comparison === '>')) {
      const word = keywordIn(entry.name, settings.reverseKeywords) ?? '';
      const better = withComparison(v, '≤');
      return shouldBeUpperBound(entry.name, text, word, better);
    }
    if (bounded && (v.comparison === '<=' || v.comparison === '<')) {
      const word = keywordIn(entry.name, settings.boundedRateNames) ?? '';
      const better = withComparison(v, '≥');
      return shouldBeLowerBound(entry.name, text, word, better);
    }
    return null;
  },
});

export const noDirectionRule = defineValueRule({
  id: 'value.no-direction',
  severity: 'info',
  title: { zh: '比率未写明方向', en: 'Rate without a direction' },
  check(value, entry) {
    const v = value.parsed;
    const { bounded, reverse, satisfaction } = entry.traits;
    if (!(bounded || reverse) || satisfaction || v.kind !== 'quantity' || v.comparisonForm !== 'bare') return null;
    if (v.unit !== '%' || v.value === null) return null;
    const suggestion =
      bounded && !reverse
        ? v.value >= 100
          ? withComparison(v, '=')
          : withComparison(v, '≥')
        : reverse && !bounded
          ? v.value <= 0
            ? withComparison(v, '=')
            : withComparison(v, '≤')
          : null;
    const example = suggestion ? `「${suggestion}」` : '「≥」「≤」或「=」';
    return noDirection(entry.name, value.field.text, example, suggestion);
  },
});

export const degenerateRule = defineValueRule({
  id: 'value.degenerate',
  severity: 'warning',
  title: { zh: '指标值门槛形同虚设', en: 'Threshold that cannot fail' },
  check(value, entry) {
    const v = value.parsed;
    if (v.kind !== 'quantity' || entry.traits.reverse || v.value !== 0) return null;
    if (v.comparison !== '>' && v.comparison !== '>=') return null;
    return cannotFail(entry.name, value.field.text, v.comparison);
  },
});
