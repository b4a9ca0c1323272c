/**
 * amount.negative: no amount is negative. amount.precision: amounts in 万元 have at most
 * `precisionDecimals` decimals.
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { formFinding, q, qEn, wan } from '../finding';
import { amountFields } from './amountFields';

export const negativeRule = defineRule({
  id: 'amount.negative',
  severity: 'error',
  title: { zh: '金额为负数', en: 'Negative amount' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      for (const { field, label } of amountFields(form)) {
        if (field.value === null || field.value >= 0 || field.cell === null) continue;
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: field.cell, indicator: label.zh, value: field.text },
            {
              zh: `「${label.zh}」为${q(field.text)}，金额不能为负数，请核实。`,
              en: `The ${label.en} (${label.zh}) is ${qEn(field.text)}; an amount cannot be negative.`,
            },
          ),
        );
      }
    });
    return findings;
  },
});

/** Whether `n` has more than `decimals` decimals (ignoring binary noise). */
export function hasMoreDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) > 1e-6 + Math.abs(scaled) * 1e-12;
}

export const precisionRule = defineRule({
  id: 'amount.precision',
  severity: 'info',
  title: { zh: '金额小数位过多', en: 'Too many decimals' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    const decimals = ctx.settings.precisionDecimals;
    ctx.recognition.forms.forEach((form, formIndex) => {
      for (const { field, label } of amountFields(form)) {
        if (field.value === null || field.cell === null || !hasMoreDecimals(field.value, decimals)) continue;
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: field.cell, indicator: label.zh, value: field.text },
            {
              zh: `「${label.zh}」折合 ${wan(field.value)} 万元，超过 ${decimals} 位小数（以万元填报的金额最多保留 ${decimals} 位小数），请核实金额和单位。`,
              en: `The ${label.en} (${label.zh}) comes to ${wan(field.value)} 万元, more than ${decimals} decimals (amounts in 万元 keep at most ${decimals}); please check the amount and its unit.`,
            },
          ),
        );
      }
    });
    return findings;
  },
});
