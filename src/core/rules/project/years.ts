/**
 * project.years: 起始年度 ≤ 到期年度, both four-digit years.
 */
import type { Finding } from '../../findings';
import type { ProjectForm } from '../../forms';
import { defineRule } from '../define';
import { formFinding, q, qEn } from '../finding';
import { fieldCell, projectForms } from '../formsOf';
import { unreadableFields, type UnreadableWording } from './unreadableFields';

/** Both years are known and 起始年度 < 到期年度. */
export function isMultiYear(form: ProjectForm): boolean {
  const start = form.startYear.value;
  const end = form.endYear.value;
  return start !== null && end !== null && start < end;
}

/** Both years are known and equal. */
export function isSingleYear(form: ProjectForm): boolean {
  return form.startYear.value !== null && form.startYear.value === form.endYear.value;
}

const YEAR_LABEL = { startYear: { zh: '起始年度', en: 'start year' }, endYear: { zh: '到期年度', en: 'end year' } };

const UNREADABLE_YEAR: UnreadableWording = {
  blank: (label) => ({
    zh: `「${label.zh}」未填写，请填写四位年份（如 2025）。`,
    en: `The ${label.en} (${label.zh}) is empty; please fill in a four-digit year (e.g. 2025).`,
  }),
  unreadable: (label, text) => ({
    zh: `「${label.zh}」填写为${q(text)}，不是四位年份，请改为如 2025 的年份。`,
    en: `The ${label.en} (${label.zh}) is ${qEn(text)}, not a four-digit year; write a year such as 2025.`,
  }),
};

export const yearsRule = defineRule({
  id: 'project.years',
  severity: 'error',
  title: { zh: '实施期限年度有误', en: 'Implementation years wrong' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of projectForms(ctx.recognition.forms)) {
      findings.push(...unreadableFields(rule, { form, formIndex }, YEAR_LABEL, UNREADABLE_YEAR));
      const start = form.startYear.value;
      const end = form.endYear.value;
      const endCell = fieldCell(form.endYear);
      if (start === null || end === null || start <= end || endCell === null) continue;
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: endCell, cells: form.startYear.cell ? [form.startYear.cell] : [], indicator: '到期年度', value: form.endYear.text },
          {
            zh: `「到期年度」${end} 早于「起始年度」${start}，请核实实施期限。`,
            en: `The end year ${end} is before the start year ${start}; please check the implementation period.`,
          },
        ),
      );
    }
    return findings;
  },
});
