/**
 * value.timeliness: a 时效指标 value is a rate, duration, deadline, frequency or 及时/按时.
 * value.frequency-context: a frequency (`每个月`) outside 时效指标.
 */
import { isTimeUnit } from '../../values';
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';
import { isPercent } from './valueText';

const ON_TIME = /及时|按时|按期|如期|准时/;

function notATime(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，时效指标应填写完成时限、期限、频次或比率，如「≤3个工作日」「2025年12月底前」「每季度1次」「≥95%」，请修改。`,
    en: `${subjectEn(name, at, text)}; a timeliness target should be a duration, deadline, frequency or rate, such as ≤3个工作日, 2025年12月底前, 每季度1次 or ≥95%.`,
  });
}

function frequencyElsewhere(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，是频次，一般属于「时效指标」；若要考核次数，建议写成数量，如「≥12次」。`,
    en: `${subjectEn(name, at, text)}, a frequency, which usually belongs under 时效指标; to count occurrences, write a quantity such as ≥12次.`,
  });
}

export const timelinessRule = defineValueRule({
  id: 'value.timeliness',
  severity: 'warning',
  title: { zh: '时效指标不是时限或比率', en: 'Timeliness value not a time or rate' },
  check(value, entry) {
    if (!entry.traits.timeliness) return null;
    const v = value.parsed;
    if (v.kind === 'unrecognized' || isPercent(v)) return null;
    if (v.kind === 'duration' || v.kind === 'deadline' || v.kind === 'frequency') return null;
    if (v.kind === 'range' && isTimeUnit(v.unit)) return null;
    if (v.kind === 'qualitative' && ON_TIME.test(v.normalizedText)) return null;
    if (v.kind === 'yesno' && ON_TIME.test(entry.name)) return null;
    return notATime(entry.name, value.field.text);
  },
});

export const frequencyContextRule = defineValueRule({
  id: 'value.frequency-context',
  severity: 'info',
  title: { zh: '频次写在时效指标之外', en: 'Frequency outside timeliness' },
  check(value, entry) {
    if (entry.traits.timeliness || value.parsed.kind !== 'frequency') return null;
    return frequencyElsewhere(entry.name, value.field.text);
  },
});
