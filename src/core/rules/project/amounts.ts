/**
 * project.amounts: 总金额 and 当年度金额 are amounts and 当年度金额 ≤ 总金额.
 * project.single-year-amounts: a single-year project's 总金额 equals its 当年度金额.
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { formFinding, q, qEn, wan } from '../finding';
import { fieldCell, projectForms } from '../formsOf';
import { unreadableFields, type UnreadableWording } from './unreadableFields';
import { isSingleYear } from './years';

const AMOUNT_LABEL = {
  totalBudget: { zh: '总金额', en: 'total budget' },
  annualBudget: { zh: '当年度金额', en: 'current-year budget' },
};

const UNREADABLE_AMOUNT: UnreadableWording = {
  blank: (label) => ({
    zh: `「${label.zh}」未填写，请填写金额（万元）。`,
    en: `The ${label.en} (${label.zh}) is empty; please fill in the amount (万元).`,
  }),
  unreadable: (label, text) => ({
    zh: `「${label.zh}」填写为${q(text)}，无法识别为金额，请填写数字（万元），如 18.24。`,
    en: `The ${label.en} (${label.zh}) is ${qEn(text)}, which is not an amount; write a number of 万元 such as 18.24.`,
  }),
};

export const projectAmountsRule = defineRule({
  id: 'project.amounts',
  severity: 'error',
  title: { zh: '预算金额有误', en: 'Project budget amounts wrong' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of projectForms(ctx.recognition.forms)) {
      findings.push(...unreadableFields(rule, { form, formIndex }, AMOUNT_LABEL, UNREADABLE_AMOUNT));
      const total = form.totalBudget.value;
      const annual = form.annualBudget.value;
      const annualCell = fieldCell(form.annualBudget);
      if (total === null || annual === null || annualCell === null) continue;
      if (annual <= total + ctx.settings.amountTolerance) continue;
      findings.push(
        formFinding(
          rule,
          {
            form,
            formIndex,
            cell: annualCell,
            cells: form.totalBudget.cell ? [form.totalBudget.cell] : [],
            indicator: '当年度金额',
            value: form.annualBudget.text,
          },
          {
            zh: `「当年度金额」${wan(annual)} 万元大于「总金额」${wan(total)} 万元，当年度金额不应超过总金额，请核实。`,
            en: `The current-year budget ${wan(annual)} 万元 exceeds the total budget ${wan(total)} 万元; please check.`,
          },
        ),
      );
    }
    return findings;
  },
});

export const singleYearAmountsRule = defineRule({
  id: 'project.single-year-amounts',
  severity: 'warning',
  title: { zh: '单年度项目总金额与当年度金额不一致', en: 'Single-year project: total ≠ current-year budget' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of projectForms(ctx.recognition.forms)) {
      const total = form.totalBudget.value;
      const annual = form.annualBudget.value;
      const annualCell = fieldCell(form.annualBudget);
      if (!isSingleYear(form) || total === null || annual === null || annualCell === null) continue;
      if (Math.abs(total - annual) <= ctx.settings.amountTolerance) continue;
      findings.push(
        formFinding(
          rule,
          {
            form,
            formIndex,
            cell: annualCell,
            cells: form.totalBudget.cell ? [form.totalBudget.cell] : [],
            indicator: '当年度金额',
            value: form.annualBudget.text,
          },
          {
            zh: `项目实施期限只有 ${form.startYear.value} 年一年，「总金额」${wan(total)} 万元与「当年度金额」${wan(annual)} 万元却不相等，请核实。`,
            en: `The project runs in ${form.startYear.value} only, yet its total budget ${wan(total)} 万元 differs from its current-year budget ${wan(annual)} 万元; please check.`,
          },
        ),
      );
    }
    return findings;
  },
});
