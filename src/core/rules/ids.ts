/**
 * Every rule id of RULES.md, in its order. Ids are stable: tests, the CLI's JSON and docs use them.
 */
export const RULE_IDS = [
  'workbook.no-form',
  'structure.category',
  'structure.legacy-name',
  'structure.subcategory',
  'structure.required',
  'structure.cost',
  'structure.missing-value',
  'structure.missing-name',
  'structure.placeholder',
  'structure.duplicate',
  'structure.similar',
  'text.whitespace',
  'text.markup',
  'value.unrecognized',
  'value.unit-missing',
  'value.percent-range',
  'value.ocr-ge',
  'value.direction',
  'value.no-direction',
  'value.degenerate',
  'value.vague',
  'value.qualitative',
  'value.satisfaction-low',
  'value.cost-unit',
  'value.cost-exceeds',
  'value.timeliness',
  'value.frequency-context',
  'value.process-indicator',
  'value.deadline-after-end',
  'project.years',
  'project.amounts',
  'project.single-year-amounts',
  'project.single-year-targets',
  'project.annual-exceeds-period',
  'project.period-goal',
  'project.department',
  'amount.negative',
  'amount.precision',
  'amount.balance',
  'amount.level-split',
  'amount.development-funds',
  'amount.project-sum',
  'amount.project-sum-short',
  'amount.key-tasks',
  'department.goal',
  'department.coverage',
  'fill.value-conflict',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}
