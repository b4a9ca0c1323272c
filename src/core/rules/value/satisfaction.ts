/**
 * value.satisfaction-low: an indicator named …满意度 / …满意率 with a target below the threshold (80%,
 * configurable), or not written as a lower bound (≥ or >). A ≤ or < is value.direction's finding;
 * vague wording is value.vague's; a rate above 100% is value.percent-range's.
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';

function notARate(name: string, text: string, threshold: number): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，满意度应写成比率的下限，如「≥${Math.max(threshold, 90)}%」。`,
    en: `${subjectEn(name, at, text)}; a satisfaction target should be a lower bound on a rate, such as ≥${Math.max(threshold, 90)}%.`,
  });
}

function belowThreshold(name: string, text: string, threshold: number): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，低于 ${threshold}%，满意度目标一般不应低于 ${threshold}%，请核实。`,
    en: `${subjectEn(name, at, text)}, below ${threshold}%; satisfaction targets are normally at least ${threshold}%. Please check.`,
  });
}

function notALowerBound(name: string, text: string, bound: number, unit: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，没有写明下限，满意度应写成「≥${bound}${unit}」这样的下限。`,
    en: `${subjectEn(name, at, text)}, not a lower bound; write it as ≥${bound}${unit}.`,
  });
}

export const satisfactionLowRule = defineValueRule({
  id: 'value.satisfaction-low',
  severity: 'warning',
  title: { zh: '满意度目标偏低或未写下限', en: 'Satisfaction target low or not a lower bound' },
  check(value, entry, settings) {
    if (!entry.traits.satisfaction) return null;
    const v = value.parsed;
    const threshold = settings.satisfactionThreshold;
    const text = value.field.text;
    const rate = (v.kind === 'quantity' || v.kind === 'range') && (v.unit === '%' || v.unit === '分');
    if (!rate) {
      if (v.kind === 'unrecognized' || (v.kind === 'qualitative' && v.qualitative === 'vague')) return null;
      return notARate(entry.name, text, threshold);
    }
    const bound = v.kind === 'range' ? v.low : v.value;
    if (bound === null) return null;
    // Above 100% is value.percent-range's error; suggesting "≥120%" would mislead.
    if (v.unit === '%' && bound > 100) return null;
    if (bound < threshold) {
      return belowThreshold(entry.name, text, threshold);
    }
    if (v.kind === 'quantity' && v.comparison === '=') {
      const unit = v.unit === '分' ? '分' : '%';
      return notALowerBound(entry.name, text, bound, unit);
    }
    return null;
  },
});
