/**
 * defineRule: a rule's id, severity, title and check in one place.
 */
import type { Finding } from '../findings';
import type { RuleHead } from './finding';
import type { Message, Rule, RuleContext } from './types';

export interface RuleSpec extends RuleHead {
  title: Message;
  /** The findings over the workbook; `rule` is the rule's head, for building them. */
  check(ctx: RuleContext, rule: RuleHead): Finding[];
}

export function defineRule(spec: RuleSpec): Rule {
  const head: RuleHead = { id: spec.id, severity: spec.severity };
  return { ...head, title: spec.title, check: (ctx) => spec.check(ctx, head) };
}
