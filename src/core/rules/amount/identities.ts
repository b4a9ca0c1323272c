/**
 * The department form's identities (amounts in 万元, compared with `amountTolerance`):
 * amount.balance: 基本支出 + 项目支出 = 财政拨款 + 其他资金;
 * amount.level-split: 本级使用资金 + 拟用于对下转移支付资金 = the configured base;
 * amount.development-funds: 财政专项资金 + 其他事业发展性支出 ≤ 项目支出.
 * Blank amounts count as 0; an identity with an unreadable amount is not checked.
 */
import type { Finding } from '../../findings';
import type { Field } from '../../forms';
import { defineRule } from '../define';
import { formFinding, wan } from '../finding';
import { departmentForms } from '../formsOf';
import { amountOrZero, isBlankAmount } from './amountFields';

function cellsOf(...fields: Field<number>[]): string[] {
  return fields.flatMap((f) => (f.cell ? [f.cell] : []));
}

function sum(...fields: Field<number>[]): number | null {
  let total = 0;
  for (const f of fields) {
    const v = amountOrZero(f);
    if (v === null) return null;
    total += v;
  }
  return Math.round(total * 1e8) / 1e8;
}

export const balanceRule = defineRule({
  id: 'amount.balance',
  severity: 'error',
  title: { zh: '支出与收入来源不平衡', en: 'Expenditure and income do not balance' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of departmentForms(ctx.recognition.forms)) {
      const { basicExpenditure: basic, projectExpenditure: project, fiscalAppropriation: fiscal, otherFunds: other } =
        form;
      if ([basic, project, fiscal, other].every(isBlankAmount)) continue;
      const spending = sum(basic, project);
      const income = sum(fiscal, other);
      const cells = cellsOf(fiscal, other, basic, project);
      if (spending === null || income === null || cells.length === 0) continue;
      if (Math.abs(spending - income) <= ctx.settings.amountTolerance) continue;
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: cells[0], cells, indicator: '财政拨款', value: fiscal.text },
          {
            zh: `「基本支出」与「项目支出」合计 ${wan(spending)} 万元，「财政拨款」与「其他资金」合计 ${wan(income)} 万元，两者应相等（相差 ${wan(Math.abs(spending - income))} 万元），请核实。`,
            en: `Basic plus project expenditure is ${wan(spending)} 万元 but fiscal appropriation plus other funds is ${wan(income)} 万元; they should be equal (difference ${wan(Math.abs(spending - income))} 万元).`,
          },
        ),
      );
    }
    return findings;
  },
});

export const levelSplitRule = defineRule({
  id: 'amount.level-split',
  severity: 'warning',
  title: { zh: '按预算级次划分的资金合计不符', en: 'Level split does not add up' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of departmentForms(ctx.recognition.forms)) {
      const { ownLevelFunds: own, transferFunds: transfer } = form;
      if (isBlankAmount(own) && isBlankAmount(transfer)) continue;
      const split = sum(own, transfer);
      const byFiscal = ctx.settings.levelSplitBase === 'fiscalAppropriation';
      const baseFields = byFiscal ? [form.fiscalAppropriation] : [form.basicExpenditure, form.projectExpenditure];
      if (baseFields.every(isBlankAmount)) continue;
      const base = sum(...baseFields);
      const cells = cellsOf(own, transfer, ...baseFields);
      if (split === null || base === null || cells.length === 0) continue;
      if (Math.abs(split - base) <= ctx.settings.amountTolerance) continue;
      const baseZh = byFiscal ? '「财政拨款」' : '「基本支出」与「项目支出」之和';
      const baseEn = byFiscal ? 'the fiscal appropriation' : 'basic plus project expenditure';
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: cells[0], cells, indicator: '本级使用资金', value: own.text },
          {
            zh: `「本级使用资金」与「拟用于对下转移支付资金」合计 ${wan(split)} 万元，与${baseZh} ${wan(base)} 万元不符，请核实。`,
            en: `Funds used at this level plus transfers come to ${wan(split)} 万元, not ${baseEn} of ${wan(base)} 万元; please check.`,
          },
        ),
      );
    }
    return findings;
  },
});

export const developmentFundsRule = defineRule({
  id: 'amount.development-funds',
  severity: 'warning',
  title: { zh: '事业发展性支出超过项目支出', en: 'Development funds exceed project expenditure' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of departmentForms(ctx.recognition.forms)) {
      const { specialFunds: special, otherDevelopmentFunds: otherDev, projectExpenditure: project } = form;
      if ((isBlankAmount(special) && isBlankAmount(otherDev)) || project.value === null) continue;
      const development = sum(special, otherDev);
      const cells = cellsOf(special, otherDev, project);
      if (development === null || cells.length === 0) continue;
      if (development <= project.value + ctx.settings.amountTolerance) continue;
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: cells[0], cells, indicator: '财政专项资金', value: special.text },
          {
            zh: `「财政专项资金」与「其他事业发展性支出」合计 ${wan(development)} 万元，超过「项目支出」${wan(project.value)} 万元，事业发展性支出应包含在项目支出内，请核实。`,
            en: `Special funds plus other development expenditure come to ${wan(development)} 万元, more than the project expenditure of ${wan(project.value)} 万元, which should include them.`,
          },
        ),
      );
    }
    return findings;
  },
});
