/**
 * value.vague: wording that cannot be checked (`起到积极推广作用`, `比上年改善` with no figure,
 * `有所提高`, a bare `提升`).
 * value.qualitative: accepted wording that could be sharper (`符合规定`, `合规`, `按时`, `及时`).
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';

function directionOnly(name: string, text: string, example: string, exampleEn: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，只写了变化方向，没有数值或基准，无法考核是否完成，请写明目标值，如${example}。`,
    en: `${subjectEn(name, at, text)}: only a direction, with no figure or baseline, so it cannot be checked. Give a target such as ${exampleEn}.`,
  });
}

function cannotBeChecked(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，无法据此考核是否完成，请改为可衡量的目标，如具体数值、比率或「是/否」。`,
    en: `${subjectEn(name, at, text)}, which cannot be checked; use a measurable target: a figure, a rate or yes/no.`,
  });
}

function couldBeSharper(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，可以接受，但不够明确，建议改为「是」或「=100%」这样可核验的写法。`,
    en: `${subjectEn(name, at, text)}: acceptable, but it could be sharper, e.g. 是 (yes) or =100%.`,
  });
}

export const vagueRule = defineValueRule({
  id: 'value.vague',
  severity: 'warning',
  title: { zh: '指标值表述无法考核', en: 'Wording that cannot be checked' },
  check(value, entry) {
    const v = value.parsed;
    if (v.kind !== 'qualitative' || (v.qualitative !== 'vague' && v.qualitative !== 'directional')) return null;
    const text = value.field.text;
    if (v.qualitative === 'directional') {
      const example = v.direction === 'down' ? '「下降10%」「≤5起」' : '「提高5%」「≥90%」';
      const exampleEn = v.direction === 'down' ? '下降10% or ≤5起' : '提高5% or ≥90%';
      return directionOnly(entry.name, text, example, exampleEn);
    }
    return cannotBeChecked(entry.name, text);
  },
});

export const qualitativeRule = defineValueRule({
  id: 'value.qualitative',
  severity: 'info',
  title: { zh: '定性指标值可更明确', en: 'Qualitative wording could be sharper' },
  check(value, entry) {
    const v = value.parsed;
    if (v.kind !== 'qualitative' || v.qualitative !== 'acceptable') return null;
    return couldBeSharper(entry.name, value.field.text);
  },
});
