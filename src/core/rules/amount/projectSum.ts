/**
 * amount.project-sum: 项目支出 is not less than the sum of the project forms' 当年度金额.
 * amount.project-sum-short: 项目支出 is not more than that sum (else the workbook may not hold every
 * project). Each project counts once: with a 一级项目 form and 二级项目 forms, only the 二级 ones add up.
 */
import type { Finding } from '../../findings';
import { compactText, type ProjectForm } from '../../forms';
import { defineRule } from '../define';
import { formFinding, wan } from '../finding';
import { departmentForms, projectForms } from '../formsOf';
import type { RuleContext } from '../types';

interface ProjectSum {
  sum: number;
  counted: ProjectForm[];
  /** Counted forms whose 当年度金额 could not be read. */
  unreadable: ProjectForm[];
  /** 一级项目 forms left out because 二级项目 forms are present. */
  skipped: ProjectForm[];
}

export function projectSum(projects: readonly ProjectForm[]): ProjectSum {
  const level = (p: ProjectForm) => compactText(p.projectLevel.text);
  const hasSecond = projects.some((p) => level(p).includes('二级'));
  const counted = projects.filter((p) => !(hasSecond && level(p).includes('一级')));
  const skipped = projects.filter((p) => !counted.includes(p));
  const readable = counted.filter((p) => p.annualBudget.value !== null);
  const sum = readable.reduce((s, p) => s + (p.annualBudget.value as number), 0);
  return {
    sum: Math.round(sum * 1e8) / 1e8,
    counted,
    unreadable: counted.filter((p) => p.annualBudget.value === null),
    skipped,
  };
}

/** The department form, its 项目支出 and the project sum, when the workbook has exactly one department form. */
function compare(ctx: RuleContext) {
  const departments = departmentForms(ctx.recognition.forms);
  const projects = projectForms(ctx.recognition.forms).map((p) => p.form);
  if (departments.length !== 1 || projects.length === 0) return null;
  const { form, formIndex } = departments[0];
  const expenditure = form.projectExpenditure.value;
  const cell = form.projectExpenditure.cell;
  if (expenditure === null || cell === null) return null;
  return { form, formIndex, cell, expenditure, ...projectSum(projects) };
}

export const projectSumRule = defineRule({
  id: 'amount.project-sum',
  severity: 'error',
  title: { zh: '项目支出小于各项目当年度金额之和', en: 'Project expenditure below the projects’ sum' },
  check(ctx, rule): Finding[] {
    const c = compare(ctx);
    if (!c || c.expenditure >= c.sum - ctx.settings.amountTolerance) return [];
    return [
      formFinding(
        rule,
        { form: c.form, formIndex: c.formIndex, cell: c.cell, indicator: '项目支出', value: c.form.projectExpenditure.text },
        {
          zh: `「项目支出」为 ${wan(c.expenditure)} 万元，小于工作簿中 ${c.counted.length} 张项目申报表的当年度金额之和 ${wan(c.sum)} 万元，请核实。`,
          en: `The project expenditure of ${wan(c.expenditure)} 万元 is less than the sum of the current-year budgets of the ${c.counted.length} project forms in the workbook, ${wan(c.sum)} 万元.`,
        },
      ),
    ];
  },
});

export const projectSumShortRule = defineRule({
  id: 'amount.project-sum-short',
  severity: 'warning',
  title: { zh: '项目支出大于各项目当年度金额之和', en: 'Project expenditure above the projects’ sum' },
  check(ctx, rule): Finding[] {
    const c = compare(ctx);
    if (!c || c.unreadable.length > 0 || c.expenditure <= c.sum + ctx.settings.amountTolerance) return [];
    return [
      formFinding(
        rule,
        { form: c.form, formIndex: c.formIndex, cell: c.cell, indicator: '项目支出', value: c.form.projectExpenditure.text },
        {
          zh: `「项目支出」为 ${wan(c.expenditure)} 万元，比工作簿中 ${c.counted.length} 张项目申报表的当年度金额之和 ${wan(c.sum)} 万元多 ${wan(c.expenditure - c.sum)} 万元，可能还有项目申报表未放入本工作簿，请核实。`,
          en: `The project expenditure of ${wan(c.expenditure)} 万元 is ${wan(c.expenditure - c.sum)} 万元 more than the sum of the current-year budgets of the ${c.counted.length} project forms in the workbook (${wan(c.sum)} 万元); some project forms may be missing.`,
        },
      ),
    ];
  },
});
