/**
 * What an indicator's name and place say about how its value should look.
 */
import { compactText, type Indicator } from '../forms';
import type { RuleSettings } from './settings';

export interface IndicatorTraits {
  /** A rate between 0 and 100% (满意度, 合格率 …), not a growth rate. */
  bounded: boolean;
  /** Lower is better (投诉率, 事故 …). */
  reverse: boolean;
  /** …满意度 / …满意率. */
  satisfaction: boolean;
  /** Under 成本指标. */
  cost: boolean;
  /** Under 时效指标. */
  timeliness: boolean;
  /** Under 效益指标. */
  benefit: boolean;
}

function containsAny(name: string, words: readonly string[]): boolean {
  return words.some((w) => w !== '' && name.includes(compactText(w)));
}

export function traitsOf(indicator: Indicator, settings: RuleSettings): IndicatorTraits {
  const name = compactText(indicator.name.text);
  const growth = containsAny(name, settings.growthRateNames);
  const reverse = containsAny(name, settings.reverseKeywords);
  const bounded = !growth && containsAny(name, settings.boundedRateNames);
  return {
    bounded,
    reverse,
    satisfaction: /满意度|满意率/.test(name),
    cost: indicator.category.value === '成本指标',
    timeliness: indicator.subcategory.value === '时效指标',
    benefit: indicator.category.value === '效益指标',
  };
}
