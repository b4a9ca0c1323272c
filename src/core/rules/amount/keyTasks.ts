/**
 * amount.key-tasks: the 年度重点工作任务' 拟投入的资金 add up to no more than 部门预算支出 (its own value,
 * or 基本支出 + 项目支出 where the form writes it as a header).
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { formFinding, wan } from '../finding';
import { departmentForms } from '../formsOf';

export const keyTasksRule = defineRule({
  id: 'amount.key-tasks',
  severity: 'warning',
  title: { zh: '重点工作任务资金超过部门预算支出', en: 'Key tasks exceed the department budget' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const { form, formIndex } of departmentForms(ctx.recognition.forms)) {
      const funded = form.keyTasks.filter((t) => t.plannedFunds.value !== null && t.plannedFunds.cell !== null);
      if (funded.length === 0) continue;
      const total = Math.round(funded.reduce((s, t) => s + (t.plannedFunds.value as number), 0) * 1e8) / 1e8;
      const parts = [form.basicExpenditure.value, form.projectExpenditure.value];
      const budget =
        form.expenditure.value ?? (parts.some((p) => p !== null) ? parts.reduce<number>((s, p) => s + (p ?? 0), 0) : null);
      if (budget === null || total <= budget + ctx.settings.amountTolerance) continue;
      const cells = funded.map((t) => t.plannedFunds.cell as string);
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: cells[0], cells, indicator: '拟投入的资金', value: funded[0].plannedFunds.text },
          {
            zh: `年度重点工作任务的「拟投入的资金」合计 ${wan(total)} 万元，超过「部门预算支出」${wan(budget)} 万元，请核实各项任务的金额和单位（万元）。`,
            en: `The key tasks' planned funds add up to ${wan(total)} 万元, more than the department budget expenditure of ${wan(budget)} 万元; please check the amounts and their unit (万元).`,
          },
        ),
      );
    }
    return findings;
  },
});
