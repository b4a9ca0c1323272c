/**
 * Reading a cell as a 一级 or 二级 name of the fixed hierarchy (hierarchy.ts), with the spellings
 * forms really use: spaces and full-width characters (`服务对象 满意度指标`), a missing trailing 指标
 * (`产出`), and legacy names of earlier frameworks (`预期产出指标`, `效果指标`, `环境效益指标`).
 */
import { HIERARCHY, categoryOf } from '../hierarchy';
import { compactText } from './normalize';
import { TextMemo } from './textMemo';

export type HierarchyLevel = 'category' | 'subcategory';

/**
 * How the text spells the name: `exact` as the current official name; `variant` the same name with
 * other spacing or character widths; `short` without its trailing 指标; `legacy` an earlier name.
 */
export type NameSpelling = 'exact' | 'variant' | 'short' | 'legacy';

export interface HierarchyNameMatch {
  level: HierarchyLevel;
  /** The current official name. */
  name: string;
  /** The 一级 a 二级 belongs to (the name itself for a 一级). */
  category: string;
  spelling: NameSpelling;
}

/** Legacy names still found in forms, and the current name each reads as. */
export const LEGACY_NAMES: Readonly<Record<string, string>> = {
  预期产出指标: '产出指标',
  预期效果指标: '效益指标',
  预期效益指标: '效益指标',
  效果指标: '效益指标',
  环境效益指标: '生态效益指标',
  生态环境效益指标: '生态效益指标',
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  社会公众满意度指标: '服务对象满意度指标',
};

function matchOf(name: string, spelling: NameSpelling): HierarchyNameMatch {
  const sub = categoryOf(name);
  return sub
    ? { level: 'subcategory', name, category: sub.name, spelling }
    : { level: 'category', name, category: name, spelling };
}

const CURRENT_NAMES: readonly string[] = HIERARCHY.flatMap((c) => [c.name, ...c.subcategories]);

/**
 * The hierarchy name a cell's text reads as, or null. `short` spellings (no trailing 指标) are
 * accepted only with `allowShort`, since `服务对象满意度` could also be a 三级 name.
 */
export function matchHierarchyName(text: string, options: { allowShort?: boolean } = {}): HierarchyNameMatch | null {
  return (options.allowShort ? matchesWithShort : matches).get(text);
}

function match(text: string, allowShort: boolean): HierarchyNameMatch | null {
  const compact = compactText(text);
  if (compact === '') return null;
  if (CURRENT_NAMES.includes(compact)) return matchOf(compact, compact === text.trim() ? 'exact' : 'variant');
  const legacy = LEGACY_NAMES[compact];
  if (legacy) return matchOf(legacy, 'legacy');
  if (allowShort && !compact.endsWith('指标')) {
    const full = `${compact}指标`;
    if (CURRENT_NAMES.includes(full)) return matchOf(full, 'short');
    const legacyFull = LEGACY_NAMES[full];
    if (legacyFull) return matchOf(legacyFull, 'legacy');
  }
  return null;
}

// A match is shared by every cell of the same text: frozen, so no caller can change another's.
const matches = new TextMemo((text) => freeze(match(text, false)));
const matchesWithShort = new TextMemo((text) => freeze(match(text, true)));

function freeze(m: HierarchyNameMatch | null): HierarchyNameMatch | null {
  return m && Object.freeze(m);
}
