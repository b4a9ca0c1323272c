/**
 * Every rule, in the order of RULES.md.
 */
import { balanceRule, developmentFundsRule, levelSplitRule } from './amount/identities';
import { keyTasksRule } from './amount/keyTasks';
import { projectSumRule, projectSumShortRule } from './amount/projectSum';
import { negativeRule, precisionRule } from './amount/signs';
import { coverageRule } from './department/coverage';
import { goalRule } from './department/goal';
import { valueConflictRule } from './fill/valueConflict';
import type { RuleId } from './ids';
import { projectAmountsRule, singleYearAmountsRule } from './project/amounts';
import { projectDepartmentRule } from './project/department';
import { periodGoalRule } from './project/periodGoal';
import { annualExceedsPeriodRule, singleYearTargetsRule } from './project/targets';
import { yearsRule } from './project/years';
import { duplicateRule } from './structure/duplicate';
import { categoryRule, legacyNameRule, subcategoryRule } from './structure/hierarchy';
import { missingNameRule, missingValueRule } from './structure/missing';
import { placeholderRule } from './structure/placeholder';
import { costRule, requiredRule } from './structure/required';
import { similarRule } from './structure/similar';
import { markupRule } from './text/markup';
import { whitespaceRule } from './text/whitespace';
import type { Rule } from './types';
import { costExceedsRule, costUnitRule } from './value/cost';
import { deadlineAfterEndRule } from './value/deadline';
import { degenerateRule, directionRule, noDirectionRule } from './value/direction';
import { ocrGeRule, percentRangeRule } from './value/percent';
import { processIndicatorRule } from './value/processIndicator';
import { satisfactionLowRule } from './value/satisfaction';
import { frequencyContextRule, timelinessRule } from './value/timeliness';
import { unitMissingRule } from './value/unitMissing';
import { unrecognizedRule } from './value/unrecognized';
import { qualitativeRule, vagueRule } from './value/wording';
import { noFormRule } from './workbook/noForm';

export const RULES: readonly Rule[] = [
  noFormRule,
  categoryRule,
  legacyNameRule,
  subcategoryRule,
  requiredRule,
  costRule,
  missingValueRule,
  missingNameRule,
  placeholderRule,
  duplicateRule,
  similarRule,
  whitespaceRule,
  markupRule,
  unrecognizedRule,
  unitMissingRule,
  percentRangeRule,
  ocrGeRule,
  directionRule,
  noDirectionRule,
  degenerateRule,
  vagueRule,
  qualitativeRule,
  satisfactionLowRule,
  costUnitRule,
  costExceedsRule,
  timelinessRule,
  frequencyContextRule,
  processIndicatorRule,
  deadlineAfterEndRule,
  yearsRule,
  projectAmountsRule,
  singleYearAmountsRule,
  singleYearTargetsRule,
  annualExceedsPeriodRule,
  periodGoalRule,
  projectDepartmentRule,
  negativeRule,
  precisionRule,
  balanceRule,
  levelSplitRule,
  developmentFundsRule,
  projectSumRule,
  projectSumShortRule,
  keyTasksRule,
  goalRule,
  coverageRule,
  valueConflictRule,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === (id as RuleId));
}
