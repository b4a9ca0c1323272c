/**
 * The shape shared by rules about one indicator value: the check looks at one value cell; the
 * framework points the finding at it and, when a project form's 实施周期 and 当年度 cells hold the
 * same defective value, makes one finding at the 当年度 cell with both cells.
 */
import type { Finding } from '../findings';
import type { IndicatorValueKey } from '../forms';
import { isCheckable, type IndicatorEntry, type ValueCell } from './entries';
import { formFinding, q, qEn, type RuleHead } from './finding';
import type { RuleSettings } from './settings';
import type { Message, Rule, RuleContext } from './types';

/** The column(s) a finding is about, as messages name them. */
export interface At {
  zh: string;
  en: string;
  /** Both columns of a project form hold the value. */
  both: boolean;
}

const COLUMN: Record<IndicatorValueKey, At> = {
  target: { zh: '指标值', en: 'target', both: false },
  periodTarget: { zh: '实施周期指标值', en: 'implementation-period target', both: false },
  annualTarget: { zh: '当年度指标值', en: 'current-year target', both: false },
};

const BOTH: At = { zh: '实施周期和当年度指标值', en: 'implementation-period and current-year targets', both: true };

export function columnAt(key: IndicatorValueKey): At {
  return COLUMN[key];
}

/** `「企业满意度」的当年度指标值为 120%`. */
export function subjectZh(name: string, at: At, text: string): string {
  return `「${name}」的${at.zh}${at.both ? '均为' : '为'}${q(text)}`;
}

/** `The current-year target of "企业满意度" is 120%`. */
export function subjectEn(name: string, at: At, text: string): string {
  return `The ${at.en} of "${name}" ${at.both ? 'are' : 'is'} ${qEn(text)}`;
}

/**
 * What is wrong with a value, worded for the column(s) it sits in. Rules build it in a function of
 * their own (`return tooLow(entry.name, text)`), not inline in the check: a check runs for every
 * value, and a closure written inside it makes every call allocate, found or not.
 */
export type Problem = (at: At) => Message;

export interface ValueRuleSpec extends RuleHead {
  title: Message;
  /** The values the rule looks at; by default those with a real 三级 name and a checkable value. */
  accepts?: (value: ValueCell, entry: IndicatorEntry) => boolean;
  check(value: ValueCell, entry: IndicatorEntry, settings: RuleSettings): Problem | null;
}

function defaultAccepts(value: ValueCell, entry: IndicatorEntry): boolean {
  return entry.nameState === 'real' && isCheckable(value.parsed);
}

/** The entry's values the default accepts: its own array when it accepts them all (the usual case). */
function checkableValues(entry: IndicatorEntry): readonly ValueCell[] {
  const values = entry.values;
  let n = 0;
  while (n < values.length && defaultAccepts(values[n], entry)) n++;
  if (n === values.length) return values;
  const out: ValueCell[] = [];
  for (let j = 0; j < values.length; j++) if (defaultAccepts(values[j], entry)) out.push(values[j]);
  return out;
}

export interface ValueHit {
  value: ValueCell;
  problem: Problem;
}

/** The findings of a value check over one indicator row. */
export function valueFindings(rule: RuleHead, entry: IndicatorEntry, hits: ValueHit[]): Finding[] {
  const findingOf = (hit: ValueHit, others: ValueCell[], where: At): Finding =>
    formFinding(
      rule,
      {
        form: entry.form,
        formIndex: entry.formIndex,
        cell: hit.value.cell,
        cells: others.map((o) => o.cell),
        indicator: entry.name || null,
        value: hit.value.field.text,
      },
      hit.problem(where),
    );
  if (hits.length === 2 && hits[0].value.field.text.trim() === hits[1].value.field.text.trim()) {
    const [first, second] = hits[0].value.key === 'annualTarget' ? [hits[1], hits[0]] : [hits[0], hits[1]];
    return [findingOf(second, [first.value], BOTH)];
  }
  return hits.map((h) => findingOf(h, [], columnAt(h.value.key)));
}

/** Every rule made with defineValueRule, in the order they were defined. */
const VALUE_RULES: ValueRuleSpec[] = [];

/** Each run's value findings by rule, found in one pass (see checkValues). */
const foundByRun = new WeakMap<RuleContext, Map<ValueRuleSpec, Finding[]>>();

/**
 * The findings of every enabled value rule, each rule's in the order of the values, in one pass over
 * the values rather than one per rule: the pass is a single loop calling every rule's check, which
 * the engine optimises once (a loop per rule is re-optimised as each new rule's check comes in).
 */
function checkValues(ctx: RuleContext): Map<ValueRuleSpec, Finding[]> {
  const disabled = new Set(ctx.settings.disabled);
  const rules = VALUE_RULES.filter((r) => !disabled.has(r.id));
  const found = new Map(rules.map((r): [ValueRuleSpec, Finding[]] => [r, []]));
  const ownAccepts = rules.filter((r) => r.accepts);
  const entries = ctx.entries;
  // Indexed loops: they run for every value and rule, often before they are optimised.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.unused) continue;
    // The values most rules look at, worked out once for all of them.
    const checkable = checkableValues(entry);
    const concerned = checkable.length > 0 ? rules : ownAccepts;
    for (let k = 0; k < concerned.length; k++) {
      const rule = concerned[k];
      const accepts = rule.accepts;
      const values = accepts ? entry.values : checkable;
      let hits: ValueHit[] | null = null;
      for (let j = 0; j < values.length; j++) {
        const value = values[j];
        if (accepts && !accepts(value, entry)) continue;
        const problem = rule.check(value, entry, ctx.settings);
        if (problem) (hits ??= []).push({ value, problem });
      }
      if (hits) (found.get(rule) as Finding[]).push(...valueFindings(rule, entry, hits));
    }
  }
  return found;
}

/** A rule made of a check on each value cell. */
export function defineValueRule(spec: ValueRuleSpec): Rule {
  VALUE_RULES.push(spec);
  return {
    id: spec.id,
    severity: spec.severity,
    title: spec.title,
    check(ctx: RuleContext): Finding[] {
      let found = foundByRun.get(ctx);
      if (!found) {
        found = checkValues(ctx);
        foundByRun.set(ctx, found);
      }
      return found.get(spec) ?? [];
    },
  };
}
