/**
 * project.period-goal: a multi-year project has a 实施周期总目标; every project has a 当年度目标.
 */
import type { Finding } from '../../findings';
import { stripMarkup } from '../../values';
import { defineRule } from '../define';
import { formCell, formFinding } from '../finding';
import { fieldCell, projectForms } from '../formsOf';
import { isMultiYear } from './years';

function isEmptyText(text: string): boolean {
  return stripMarkup(text).text.trim() === '';
}

export const periodGoalRule = defineRule({
  id: 'project.period-goal',
  severity: 'error',
  title: { zh: '总体绩效目标未填写', en: 'Overall project goal missing' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of projectForms(ctx.recognition.forms)) {
      if (isMultiYear(form) && isEmptyText(form.periodGoal.text)) {
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: fieldCell(form.periodGoal) ?? formCell(form), indicator: '实施周期总目标' },
            {
              zh: `项目实施期限为 ${form.startYear.value}—${form.endYear.value} 年，属跨年度项目，「实施周期总目标」未填写，请补充。`,
              en: `The project runs from ${form.startYear.value} to ${form.endYear.value}; a multi-year project needs its implementation-period goal (实施周期总目标).`,
            },
          ),
        );
      }
      if (isEmptyText(form.annualGoal.text)) {
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: fieldCell(form.annualGoal) ?? formCell(form), indicator: '当年度目标' },
            {
              zh: '「当年度目标」未填写，请概述本年度要达到的绩效目标。',
              en: 'The current-year goal (当年度目标) is empty; please describe what the project is to achieve this year.',
            },
          ),
        );
      }
    }
    return findings;
  },
});
