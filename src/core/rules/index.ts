/**
 * Validation (审核): the rules of RULES.md over recognised forms, their settings, and the findings.
 */
export { validateWorkbook, validateForms } from './validate';
export { RULES, ruleById } from './registry';
export { RULE_IDS, isRuleId, type RuleId } from './ids';
export { DEFAULT_SETTINGS, resolveSettings, type RuleSettings, type LevelSplitBase } from './settings';
export { parseSettings, SETTINGS_KEYS } from './parseSettings';
export { valueConflictFinding, type ValueConflict } from './fill/valueConflict';
export type { Rule, Message } from './types';
