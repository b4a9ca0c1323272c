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

/** The settings' word lists as names are compared (compactText), '' left out. */
interface TraitWords {
  growth: string[];
  reverse: string[];
  bounded: string[];
}

function wordsOf(settings: RuleSettings): TraitWords {
  const compact = (words: readonly string[]) => words.filter((w) => w !== '').map((w) => compactText(w));
  return {
    growth: compact(settings.growthRateNames),
    reverse: compact(settings.reverseKeywords),
    bounded: compact(settings.boundedRateNames),
  };
}

function containsAny(name: string, words: readonly string[]): boolean {
  return words.some((w) => name.includes(w));
}

type NameTraits = Pick<IndicatorTraits, 'bounded' | 'reverse' | 'satisfaction'>;

function nameTraits(name: string, words: TraitWords): NameTraits {
  const growth = containsAny(name, words.growth);
  return {
    bounded: !growth && containsAny(name, words.bounded),
    reverse: containsAny(name, words.reverse),
    satisfaction: /满意度|满意率/.test(name),
  };
}

function withPlace(traits: NameTraits, indicator: Indicator): IndicatorTraits {
  return {
    ...traits,
    cost: indicator.category.value === '成本指标',
    timeliness: indicator.subcategory.value === '时效指标',
    benefit: indicator.category.value === '效益指标',
  };
}

export function traitsOf(indicator: Indicator, settings: RuleSettings): IndicatorTraits {
  return withPlace(nameTraits(compactText(indicator.name.text), wordsOf(settings)), indicator);
}

/**
 * `traitsOf` for the indicators of one validation run: the settings' words compacted once, each
 * name read once, and indicators that read alike share one (frozen) traits object.
 */
export function traitsReader(settings: RuleSettings): (indicator: Indicator) => IndicatorTraits {
  const words = wordsOf(settings);
  // By name as typed, then by the place bits (cost, timeliness, benefit).
  const byName = new Map<string, { name: NameTraits; placed: (IndicatorTraits | undefined)[] }>();
  return (indicator) => {
    let known = byName.get(indicator.name.text);
    if (!known) {
      known = { name: nameTraits(compactText(indicator.name.text), words), placed: [] };
      byName.set(indicator.name.text, known);
    }
    const place =
      (indicator.category.value === '成本指标' ? 1 : 0) |
      (indicator.subcategory.value === '时效指标' ? 2 : 0) |
      (indicator.category.value === '效益指标' ? 4 : 0);
    let traits = known.placed[place];
    if (!traits) {
      traits = Object.freeze(withPlace(known.name, indicator));
      known.placed[place] = traits;
    }
    return traits;
  };
}
