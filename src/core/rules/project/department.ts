/**
 * project.department: the project forms' 主管部门 is the department form's 部门名称. The finding goes to
 * the minority side: the 部门名称 when most project forms agree with each other and differ from it,
 * otherwise each differing 主管部门.
 */
import type { Finding } from '../../findings';
import { compactText, type DepartmentForm, type ProjectForm } from '../../forms';
import { defineRule } from '../define';
import { formFinding } from '../finding';
import type { RuleHead } from '../finding';
import { projectForms } from '../formsOf';

interface Named<F> {
  form: F;
  formIndex: number;
  name: string;
  key: string;
}

function projectFinding(rule: RuleHead, p: Named<ProjectForm>, departments: Named<DepartmentForm>[]): Finding {
  const dept = departments[0];
  return formFinding(
    rule,
    {
      form: p.form,
      formIndex: p.formIndex,
      cell: p.form.supervisingDepartment.cell as string,
      indicator: '主管部门',
      value: p.form.supervisingDepartment.text,
    },
    {
      zh: `「主管部门」为「${p.name}」，与部门整体申报表（${dept.form.sheet}）的「部门名称」「${dept.name}」不一致，请核实并统一。`,
      en: `The supervising department "${p.name}" differs from the department name "${dept.name}" on the department form (${dept.form.sheet}); please make them agree.`,
    },
  );
}

export const projectDepartmentRule = defineRule({
  id: 'project.department',
  severity: 'error',
  title: { zh: '主管部门与部门名称不一致', en: 'Supervising department ≠ department name' },
  check(ctx, rule) {
    const departments: Named<DepartmentForm>[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      if (form.kind !== 'department' || form.departmentName.cell === null) return;
      const name = form.departmentName.text.trim();
      if (name !== '') departments.push({ form, formIndex, name, key: compactText(name) });
    });
    if (departments.length === 0) return [];
    const projects: Named<ProjectForm>[] = projectForms(ctx.recognition.forms).flatMap(({ form, formIndex }) => {
      const name = form.supervisingDepartment.text.trim();
      return name === '' || form.supervisingDepartment.cell === null
        ? []
        : [{ form, formIndex, name, key: compactText(name) }];
    });
    const deptKeys = new Set(departments.map((d) => d.key));
    const differing = projects.filter((p) => !deptKeys.has(p.key));
    if (differing.length === 0) return [];

    // With one department form, see whether the projects agree among themselves against it.
    if (departments.length === 1) {
      const counts = new Map<string, Named<ProjectForm>[]>();
      for (const p of projects) counts.set(p.key, [...(counts.get(p.key) ?? []), p]);
      const [majorityKey, majority] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length)[0];
      if (majority.length >= 2 && majority.length * 2 > projects.length && majorityKey !== departments[0].key) {
        const dept = departments[0];
        const sheets = majority.map((p) => p.form.sheet).join('、');
        const findings: Finding[] = [
          formFinding(
            rule,
            {
              form: dept.form,
              formIndex: dept.formIndex,
              cell: dept.form.departmentName.cell as string,
              indicator: '部门名称',
              value: dept.form.departmentName.text,
            },
            {
              zh: `「部门名称」为「${dept.name}」，而 ${majority.length} 张项目申报表（${sheets}）的「主管部门」均为「${majority[0].name}」，两者不一致，请核实哪个名称正确并统一。`,
              en: `The department name "${dept.name}" differs from the supervising department "${majority[0].name}" on ${majority.length} project forms (${majority.map((p) => p.form.sheet).join(', ')}); please check which is right and make them agree.`,
            },
          ),
        ];
        // Projects that differ from both the department and the other projects.
        for (const p of differing) if (p.key !== majorityKey) findings.push(projectFinding(rule, p, departments));
        return findings;
      }
    }
    return differing.map((p) => projectFinding(rule, p, departments));
  },
});
