/**
 * Prefilled 三级 indicators: which 二级 block each belongs to, and how many rows each block needs.
 */
import { HIERARCHY, type CategorySpec } from '../hierarchy';
import type { TemplateIndicator } from './fields';
import type { IndicatorRowCounts } from './spec';

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The hierarchy entry of a name: the current name, or the name without its trailing 指标. */
function sameName(text: string, official: string): boolean {
  const t = compact(text);
  return t === official || `${t}指标` === official;
}

/**
 * The current 二级 name an indicator goes under. Throws RangeError when its 二级 is not one of
 * hierarchy.ts or its 一级 (when given) is not the one that 二级 belongs to.
 */
export function subcategoryOf(indicator: Pick<TemplateIndicator, 'category' | 'subcategory'>): string {
  let found: { category: CategorySpec; name: string } | null = null;
  for (const category of HIERARCHY) {
    const name = category.subcategories.find((s) => sameName(indicator.subcategory, s));
    if (name) found = { category, name };
  }
  if (!found) throw new RangeError(`unknown 二级指标: ${indicator.subcategory}`);
  if (compact(indicator.category) !== '' && !sameName(indicator.category, found.category.name)) {
    throw new RangeError(`二级指标 ${found.name} does not belong to 一级指标 ${indicator.category}`);
  }
  return found.name;
}

/**
 * Rows per 二级 for prefilling `indicators`: each block as many rows as it has indicators, and at
 * least what `base` asks for. Throws RangeError like `subcategoryOf`.
 */
export function indicatorRowCounts(
  indicators: readonly TemplateIndicator[] | undefined,
  base: IndicatorRowCounts = {},
): Record<string, number> {
  const counts: Record<string, number> = { ...base };
  const own = new Map<string, number>();
  for (const ind of indicators ?? []) {
    const sub = subcategoryOf(ind);
    own.set(sub, (own.get(sub) ?? 0) + 1);
  }
  for (const [sub, n] of own) counts[sub] = Math.max(counts[sub] ?? 1, n);
  return counts;
}

/** The indicators grouped by the 二级 they go under, in their given order. */
export function indicatorsBySubcategory(
  indicators: readonly TemplateIndicator[] | undefined,
): Map<string, TemplateIndicator[]> {
  const out = new Map<string, TemplateIndicator[]>();
  for (const ind of indicators ?? []) {
    const sub = subcategoryOf(ind);
    const list = out.get(sub) ?? [];
    list.push(ind);
    out.set(sub, list);
  }
  return out;
}
