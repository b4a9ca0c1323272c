/**
 * value.deadline-after-end: a deadline after the project's 到期年度.
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';

function afterEnd(name: string, text: string, end: number): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，晚于项目「到期年度」${end} 年，请核实期限或实施期限。`,
    en: `${subjectEn(name, at, text)}, after the project's end year ${end}; please check the deadline or the implementation period.`,
  });
}

export const deadlineAfterEndRule = defineValueRule({
  id: 'value.deadline-after-end',
  severity: 'error',
  title: { zh: '完成期限晚于项目到期年度', en: 'Deadline after the project ends' },
  check(value, entry) {
    const form = entry.form;
    const v = value.parsed;
    if (form.kind !== 'project' || v.kind !== 'deadline' || v.deadline === null) return null;
    const year = v.deadline.year;
    const end = form.endYear.value;
    if (year === null || end === null || year <= end) return null;
    return afterEnd(entry.name, value.field.text, end);
  },
});
