/**
 * value.unrecognized: a value that is none of the kinds of RULES.md (quantity, range, yes/no,
 * frequency, duration, deadline, qualitative statement).
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';

function unrecognized(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，无法识别为数量、区间、是/否、频次、时限或定性表述，请按「≥95%」「≤3个工作日」「2025年12月底前」「是」等写法填写。`,
    en: `${subjectEn(name, at, text)}, which reads as none of quantity, range, yes/no, frequency, duration, deadline or statement; write it like ≥95%, ≤3个工作日, 2025年12月底前 or 是.`,
  });
}

export const unrecognizedRule = defineValueRule({
  id: 'value.unrecognized',
  severity: 'warning',
  title: { zh: '指标值无法识别', en: 'Value not recognised' },
  check(value, entry) {
    if (value.parsed.kind !== 'unrecognized') return null;
    const text = value.field.text;
    return unrecognized(entry.name, text);
  },
});
