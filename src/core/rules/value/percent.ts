/**
 * value.percent-range: a bounded rate (满意度, 合格率 …; configurable) outside 0–100%. Growth rates and
 * deviations (±) are not bounded.
 * value.ocr-ge: a bounded rate above 100% whose first digit is 2 (`292%`): likely a misread `≥`.
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';
import { isPercent, keywordIn } from './valueText';

function outOfRange(name: string, text: string, word: string, over: boolean): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，${word}${over ? '不应超过 100%' : '不应小于 0%'}，请核实。`,
    en: `${subjectEn(name, at, text)}; a rate such as ${word} cannot be ${over ? 'above 100%' : 'below 0%'}. Please check.`,
  });
}

function misreadGe(name: string, text: string, guess: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，超过 100%，可能是「${guess}」中的「≥」被识别成了「2」，请对照原件核实。`,
    en: `${subjectEn(name, at, text)}, above 100%; it may be ${guess} with the ≥ misread as 2. Please check against the original.`,
  });
}

export const percentRangeRule = defineValueRule({
  id: 'value.percent-range',
  severity: 'error',
  title: { zh: '比率超出 0–100%', en: 'Rate outside 0–100%' },
  check(value, entry, settings) {
    const v = value.parsed;
    if (!entry.traits.bounded || !isPercent(v) || v.deviation) return null;
    const high = v.kind === 'range' ? v.high : v.value;
    const low = v.kind === 'range' ? v.low : v.value;
    if (high === null || low === null || (high <= 100 && low >= 0)) return null;
    const word = keywordIn(entry.name, settings.boundedRateNames) ?? '比率';
    const over = high > 100;
    return outOfRange(entry.name, value.field.text, word, over);
  },
});

export const ocrGeRule = defineValueRule({
  id: 'value.ocr-ge',
  severity: 'warning',
  title: { zh: '疑似「≥」被识别成「2」', en: 'Likely a misread ≥' },
  check(value, entry) {
    const v = value.parsed;
    if (!entry.traits.bounded || v.kind !== 'quantity' || v.comparisonForm !== 'bare' || v.unit !== '%') return null;
    const m = /^2(\d+(?:\.\d+)?)%?$/.exec(v.normalizedText.replace(/\s+/g, ''));
    if (!m || v.value === null || v.value <= 100) return null;
    const rest = Number(m[1]);
    if (!(rest > 0 && rest <= 100)) return null;
    const guess = `≥${m[1]}%`;
    return misreadGe(entry.name, value.field.text, guess);
  },
});
