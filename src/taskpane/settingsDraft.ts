/**
 * The settings panel's editable copy of the 审核设置: numbers kept as typed until saved, checked
 * against the same ranges parseSettings accepts.
 */
import { RULES, resolveSettings, type LevelSplitBase, type Rule, type RuleSettings } from '../core/rules';

/** The settings typed as numbers in the panel. */
export type NumericSetting = 'satisfactionThreshold' | 'amountTolerance' | 'precisionDecimals';

export interface NumericRange {
  min: number;
  max: number;
  integer: boolean;
}

/** The ranges parseSettings accepts for each number. */
export const NUMERIC_RANGES: Record<NumericSetting, NumericRange> = {
  satisfactionThreshold: { min: 0, max: 100, integer: false },
  amountTolerance: { min: 0, max: 100, integer: false },
  precisionDecimals: { min: 0, max: 10, integer: true },
};

export interface SettingsDraft {
  /** Everything the panel does not edit (word lists, per-form overrides) comes through unchanged. */
  base: RuleSettings;
  numbers: Record<NumericSetting, string>;
  requireSatisfaction: boolean;
  levelSplitBase: LevelSplitBase;
  /** Rule ids switched off. */
  disabled: ReadonlySet<string>;
}

export type DraftErrors = Partial<Record<NumericSetting, NumericRange>>;

export function draftFrom(settings: RuleSettings): SettingsDraft {
  return {
    base: settings,
    numbers: {
      satisfactionThreshold: String(settings.satisfactionThreshold),
      amountTolerance: String(settings.amountTolerance),
      precisionDecimals: String(settings.precisionDecimals),
    },
    requireSatisfaction: settings.requireSatisfaction,
    levelSplitBase: settings.levelSplitBase,
    disabled: new Set(settings.disabled),
  };
}

/** The numbers that are not valid, with the range each must be in. */
export function draftErrors(draft: SettingsDraft): DraftErrors {
  const errors: DraftErrors = {};
  for (const key of Object.keys(NUMERIC_RANGES) as NumericSetting[]) {
    if (readNumber(draft.numbers[key], NUMERIC_RANGES[key]) === null) errors[key] = NUMERIC_RANGES[key];
  }
  return errors;
}

/** The settings the draft stands for, or null while a number is not valid. */
export function settingsFromDraft(draft: SettingsDraft): RuleSettings | null {
  const numbers = {} as Record<NumericSetting, number>;
  for (const key of Object.keys(NUMERIC_RANGES) as NumericSetting[]) {
    const n = readNumber(draft.numbers[key], NUMERIC_RANGES[key]);
    if (n === null) return null;
    numbers[key] = n;
  }
  return resolveSettings({
    ...draft.base,
    ...numbers,
    requireSatisfaction: draft.requireSatisfaction,
    levelSplitBase: draft.levelSplitBase,
    // In the rules' order, so that the stored list does not depend on the order of the clicks.
    disabled: RULES.map((r) => r.id as string).filter((id) => draft.disabled.has(id)),
  });
}

/** A number as typed (full-width digits and a comma as decimal mark accepted), or null. */
export function readNumber(text: string, range: NumericRange): number | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．，,]/g, '.')
    .replace(/[%％]$/, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  const n = Number(t);
  if (!Number.isFinite(n) || n < range.min || n > range.max) return null;
  if (range.integer && !Number.isInteger(n)) return null;
  return n;
}

export interface RuleGroup {
  /** The id prefix: `structure` of `structure.required`. */
  prefix: string;
  rules: Rule[];
}

/** The rules grouped by id prefix, in RULES.md order. */
export function ruleGroups(rules: readonly Rule[] = RULES): RuleGroup[] {
  const groups = new Map<string, Rule[]>();
  for (const rule of rules) {
    const prefix = rule.id.split('.')[0];
    groups.set(prefix, [...(groups.get(prefix) ?? []), rule]);
  }
  return [...groups].map(([prefix, list]) => ({ prefix, rules: list }));
}
