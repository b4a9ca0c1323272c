/**
 * structure.placeholder: a template placeholder (`*`, `**`, `XX`, `待定`, `≥**%`) where the other side
 * of the row is real. Unused rows (`/`, `—`, `无`, blank) are not errors; `不适用` is a valid value.
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { isCheckable } from '../entries';
import { formFinding, q, qEn } from '../finding';
import { subjectEn, subjectZh, valueFindings, type Problem, type ValueHit } from '../valueRule';

function placeholderValue(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，是模板占位符，请填写实际的目标值。`,
    en: `${subjectEn(name, at, text)}, a template placeholder. Please fill in the real target.`,
  });
}

export const placeholderRule = defineRule({
  id: 'structure.placeholder',
  severity: 'error',
  title: { zh: '模板占位符未替换', en: 'Template placeholder left in' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    const entries = ctx.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.unused) continue;
      if (entry.nameState === 'real') {
        let hits: ValueHit[] | null = null;
        for (let j = 0; j < entry.values.length; j++) {
          const value = entry.values[j];
          if (value.parsed.kind !== 'placeholder') continue;
          (hits ??= []).push({ value, problem: placeholderValue(entry.name, value.field.text) });
        }
        if (hits) findings.push(...valueFindings(rule, entry, hits));
        continue;
      }
      const cell = entry.indicator.name.cell;
      const real = entry.values.filter((v) => isCheckable(v.parsed));
      if (entry.nameState !== 'placeholder' || cell === null || real.length === 0) continue;
      findings.push(
        formFinding(
          rule,
          {
            form: entry.form,
            formIndex: entry.formIndex,
            cell,
            cells: real.map((v) => v.cell),
            indicator: entry.name,
            value: real[real.length - 1].field.text,
          },
          {
            zh: `三级指标名称为${q(entry.name)}，是模板占位符，请填写实际的指标名称。`,
            en: `The indicator name is ${qEn(entry.name)}, a template placeholder. Please fill in the real name.`,
          },
        ),
      );
    }
    return findings;
  },
});
