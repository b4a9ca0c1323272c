/**
 * The header fields of a recognised form as the standard form's fields: text as typed (markup
 * removed), amounts as numbers of 万元 (converted from 元 where the source said so), years and
 * counts as numbers. A value that does not read as a number is kept as its text, so that nothing is
 * lost (审核 then reports it). A field the standard form has no cell for (部门预算支出 with a value)
 * is listed in the notes.
 */
import type { DepartmentForm, Field, ProjectForm } from '../forms';
import { MAX_KEY_TASK_ROWS, type DepartmentField, type DepartmentFields, type KeyTask, type ProjectField, type ProjectFields } from '../templates';
import { addNote, textAt, useField, type FormContext } from './formContext';

/** The field's value, its text when the value does not parse, or undefined when empty. */
function valueOf<T extends string | number>(f: Field<T>): T | string | undefined {
  if (f.value !== null && f.value !== '') return f.value;
  const text = f.text.trim();
  return text === '' ? undefined : text;
}

const DEPARTMENT_KEYS: readonly DepartmentField[] = [
  'departmentName',
  'fundedStaff',
  'subordinateUnits',
  'basicExpenditure',
  'projectExpenditure',
  'fiscalAppropriation',
  'otherFunds',
  'specialFunds',
  'otherDevelopmentFunds',
  'ownLevelFunds',
  'transferFunds',
  'overallGoal',
  'otherTasks',
];

const PROJECT_KEYS: readonly ProjectField[] = [
  'projectName',
  'projectType',
  'projectLevel',
  'supervisingDepartment',
  'spendingUnit',
  'startYear',
  'endYear',
  'totalBudget',
  'annualBudget',
  'overview',
  'periodGoal',
  'annualGoal',
];

export interface FieldsRead<F> {
  fields: Partial<F>;
  /** Field cells filled. */
  count: number;
}

export function departmentFields(ctx: FormContext, form: DepartmentForm): FieldsRead<DepartmentFields> {
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const key of DEPARTMENT_KEYS) {
    const f = form[key] as Field<string | number>;
    useField(ctx, f);
    const v = valueOf(f);
    if (v !== undefined) {
      out[key] = v;
      count++;
    }
  }
  useField(ctx, form.expenditure);
  if (form.expenditure.text.trim() !== '') {
    addNote(ctx, form.expenditure.cell, {
      label: textAt(ctx, form.expenditure.labelCell),
      text: form.expenditure.text.trim(),
      reason: 'no-field',
      detail: {
        zh: '标准表的部门预算支出为基本支出与项目支出之和，不单独填写',
        en: "the standard form's expenditure is basic plus project expenditure, not filled in on its own",
      },
    });
  }
  const tasks: KeyTask[] = [];
  for (const row of form.keyTasks) {
    const task: KeyTask = {};
    const full = tasks.length >= MAX_KEY_TASK_ROWS;
    for (const part of ['name', 'content', 'plannedFunds', 'expectedResult'] as const) {
      const f = row[part] as Field<string | number>;
      useField(ctx, f);
      const v = valueOf(f);
      if (v === undefined) continue;
      if (full) {
        addNote(ctx, f.cell, { label: textAt(ctx, f.labelCell) || '年度重点工作任务', text: String(v), reason: 'too-many-rows' });
        continue;
      }
      (task as Record<string, unknown>)[part] = v;
      count++;
    }
    if (Object.keys(task).length > 0) tasks.push(task);
  }
  if (tasks.length > 0) out.keyTasks = tasks;
  return { fields: out as Partial<DepartmentFields>, count };
}

export function projectFields(ctx: FormContext, form: ProjectForm): FieldsRead<ProjectFields> {
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const key of PROJECT_KEYS) {
    const f = form[key] as Field<string | number>;
    useField(ctx, f);
    const v = valueOf(f);
    if (v !== undefined) {
      out[key] = v;
      count++;
    }
  }
  return { fields: out as Partial<ProjectFields>, count };
}
