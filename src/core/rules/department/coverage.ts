/**
 * department.coverage: every project form's indicator also appears among the department form's
 * indicators (the summary fill adds the missing ones).
 */
import type { Finding } from '../../findings';
import { compactText } from '../../forms';
import { defineRule } from '../define';
import { formFinding } from '../finding';

export const coverageRule = defineRule({
  id: 'department.coverage',
  severity: 'info',
  title: { zh: '项目指标未列入部门整体指标', en: 'Project indicator missing from the department form' },
  check(ctx, rule) {
    const departments = ctx.recognition.forms.filter((f) => f.kind === 'department');
    if (departments.length === 0) return [];
    const known = new Set(
      ctx.entries.filter((e) => e.form.kind === 'department' && e.nameState === 'real').map((e) => compactText(e.name)),
    );
    const sheets = departments.map((d) => d.sheet).join('、');
    const findings: Finding[] = [];
    for (let k = 0; k < ctx.entries.length; k++) {
      const e = ctx.entries[k];
      const cell = e.indicator.name.cell;
      if (e.form.kind !== 'project' || e.nameState !== 'real' || e.unused || cell === null) continue;
      if (known.has(compactText(e.name))) continue;
      findings.push(
        formFinding(
          rule,
          { form: e.form, formIndex: e.formIndex, cell, indicator: e.name },
          {
            zh: `项目指标「${e.name}」没有列入部门整体申报表（${sheets}）的绩效指标，「汇总」时会补入部门表。`,
            en: `The project indicator "${e.name}" is not among the department form's indicators (${departments.map((d) => d.sheet).join(', ')}); the summary fill will add it.`,
          },
        ),
      );
    }
    return findings;
  },
});
