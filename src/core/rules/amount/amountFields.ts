/**
 * The amount fields of a form (all in 万元), with the labels messages use.
 */
import type { Field, TargetForm } from '../../forms';
import type { Message } from '../types';

export interface AmountField {
  field: Field<number>;
  label: Message;
}

const DEPARTMENT: [string, string, string][] = [
  ['expenditure', '部门预算支出', 'department budget expenditure'],
  ['basicExpenditure', '基本支出', 'basic expenditure'],
  ['projectExpenditure', '项目支出', 'project expenditure'],
  ['fiscalAppropriation', '财政拨款', 'fiscal appropriation'],
  ['otherFunds', '其他资金', 'other funds'],
  ['specialFunds', '财政专项资金', 'special fiscal funds'],
  ['otherDevelopmentFunds', '其他事业发展性支出', 'other development expenditure'],
  ['ownLevelFunds', '本级使用资金', 'funds used at this level'],
  ['transferFunds', '拟用于对下转移支付资金', 'transfers to lower levels'],
];

export function amountFields(form: TargetForm): AmountField[] {
  if (form.kind === 'project') {
    return [
      { field: form.totalBudget, label: { zh: '总金额', en: 'total budget' } },
      { field: form.annualBudget, label: { zh: '当年度金额', en: 'current-year budget' } },
    ];
  }
  const fields: AmountField[] = DEPARTMENT.map(([key, zh, en]) => ({
    field: form[key as keyof typeof form] as Field<number>,
    label: { zh, en },
  }));
  for (const task of form.keyTasks) {
    const name = task.name.text.trim() || `第 ${task.row} 行`;
    fields.push({
      field: task.plannedFunds,
      label: { zh: `年度重点工作任务「${name}」的拟投入的资金`, en: `planned funds of the key task "${name}"` },
    });
  }
  return fields;
}

/** An amount of a field, 0 when blank; null when the cell holds text that is not an amount. */
export function amountOrZero(field: Field<number>): number | null {
  if (field.value !== null) return field.value;
  return field.text.trim() === '' ? 0 : null;
}

export function isBlankAmount(field: Field<number>): boolean {
  return field.value === null && field.text.trim() === '';
}
