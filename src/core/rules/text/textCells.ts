/**
 * The text cells of a form that the text rules read: field values, 一级/二级 labels and 三级 names.
 * (Indicator values are read through the value-rule framework, so that a project's two columns can
 * share one finding.)
 */
import type { Field, TargetForm } from '../../forms';
import { hierarchyCells } from '../structure/hierarchyCells';
import type { RuleContext } from '../types';

export type TextCellKind = 'field' | 'prose' | 'hierarchy' | 'name';

export interface TextCell {
  form: TargetForm;
  formIndex: number;
  cell: string;
  text: string;
  /** What messages call it: the field's label, or the name itself. */
  label: string;
  kind: TextCellKind;
}

function fieldCells(form: TargetForm): { field: Field<unknown>; label: string; kind: TextCellKind }[] {
  if (form.kind === 'project') {
    return [
      { field: form.projectName, label: '项目名称', kind: 'field' },
      { field: form.projectType, label: '项目类型', kind: 'field' },
      { field: form.projectLevel, label: '项目等级', kind: 'field' },
      { field: form.supervisingDepartment, label: '主管部门', kind: 'field' },
      { field: form.spendingUnit, label: '用款单位', kind: 'field' },
      { field: form.overview, label: '项目概述', kind: 'prose' },
      { field: form.periodGoal, label: '实施周期总目标', kind: 'prose' },
      { field: form.annualGoal, label: '当年度目标', kind: 'prose' },
    ];
  }
  return [
    { field: form.departmentName, label: '部门名称', kind: 'field' },
    { field: form.overallGoal, label: '总体绩效目标', kind: 'prose' },
    { field: form.otherTasks, label: '其他需完成的任务', kind: 'prose' },
    ...form.keyTasks.flatMap((t) => [
      { field: t.name, label: '年度重点工作任务名称', kind: 'prose' as const },
      { field: t.content, label: '主要实施内容', kind: 'prose' as const },
      { field: t.expectedResult, label: '期望达到的目标', kind: 'prose' as const },
    ]),
  ];
}

/**
 * The text cells of every form (fields, 一级/二级, 三级 names) whose text `wanted` accepts, blank ones
 * left out. Only those are listed: most cells are clean, and a rule asks about its own few.
 */
export function textCells(ctx: RuleContext, wanted: (text: string, kind: TextCellKind) => boolean): TextCell[] {
  const cells: TextCell[] = [];
  ctx.recognition.forms.forEach((form, formIndex) => {
    for (const { field, label, kind } of fieldCells(form)) {
      if (field.cell === null || field.text.trim() === '' || !wanted(field.text, kind)) continue;
      cells.push({ form, formIndex, cell: field.cell, text: field.text, label, kind });
    }
    hierarchyCells(form).forEach((h) => {
      if (h.field.text.trim() === '' || !wanted(h.field.text, 'hierarchy')) return;
      cells.push({ form, formIndex, cell: h.cell, text: h.field.text, label: h.field.text.trim(), kind: 'hierarchy' });
    });
  });
  ctx.entries.forEach((e) => {
    const cell = e.indicator.name.cell;
    if (cell === null || e.name === '' || !wanted(e.indicator.name.text, 'name')) return;
    cells.push({ form: e.form, formIndex: e.formIndex, cell, text: e.indicator.name.text, label: e.name, kind: 'name' });
  });
  return cells;
}
