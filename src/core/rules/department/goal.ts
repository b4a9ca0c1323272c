/**
 * department.goal: the department form's 总体绩效目标 is filled in.
 */
import type { Finding } from '../../findings';
import { stripMarkup } from '../../values';
import { defineRule } from '../define';
import { formCell, formFinding } from '../finding';
import { departmentForms, fieldCell } from '../formsOf';

export const goalRule = defineRule({
  id: 'department.goal',
  severity: 'error',
  title: { zh: '总体绩效目标未填写', en: 'Overall goal missing' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of departmentForms(ctx.recognition.forms)) {
      if (stripMarkup(form.overallGoal.text).text.trim() !== '') continue;
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: fieldCell(form.overallGoal) ?? formCell(form), indicator: '总体绩效目标' },
          {
            zh: '「总体绩效目标」未填写，请概述部门本年度的整体绩效目标。',
            en: 'The overall goal (总体绩效目标) is empty; please describe the department’s targets for the year.',
          },
        ),
      );
    }
    return findings;
  },
});
