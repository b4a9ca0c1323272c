/**
 * Two (or more) indicators flattened into one row, as budget systems export a cell they joined:
 * `生态环境改善 清洁生产推广` beside `比上年改善 起到积极推广作用`. The row is such a case when its
 * name and at least one value are made of several space-separated parts. It is split when every
 * value that is filled has as many parts as the name, one to one, and no part is a fragment of a
 * single indicator (a bare comparison such as `大于`, a bare unit such as `(%)`); otherwise it is
 * kept whole, to be reported. A name with spaces beside single values is one indicator.
 */

export type FlattenedRow =
  /** One indicator. */
  | { kind: 'single' }
  /** Names and values, part by part (an empty value stays empty in every part). */
  | { kind: 'split'; rows: { name: string; values: string[] }[] }
  /** Several parts that do not pair one to one. */
  | { kind: 'kept-whole' };

const SPACES = /[\s\u3000]+/;

const NAME_FRAGMENT = /^(?:[(（][^()（）]*[)）]|[%％])$/;
const VALUE_FRAGMENT =
  /^(?:[≥≤><=＞＜＝≧≦]|>=|<=|大于|小于|等于|高于|低于|超过|多于|少于|不足|不满|不低于|不少于|不高于|不超过|不多于|至少|至多|达到|约|[(（][^()（）]*[)）]|[%％‰个家次人元万元天日月年项件所户名台套条])$/;

function parts(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(SPACES);
}

/** How a row's name and values (in column order) hold their indicators. */
export function splitFlattenedRow(name: string, values: readonly string[]): FlattenedRow {
  const names = parts(name);
  const valueParts = values.map(parts);
  if (names.length < 2 || !valueParts.some((p) => p.length >= 2)) return { kind: 'single' };
  const n = names.length;
  const pairs = valueParts.every((p) => p.length === 0 || p.length === n);
  const fragments =
    names.some((p) => [...p].length < 2 || NAME_FRAGMENT.test(p)) || valueParts.some((vp) => vp.some((p) => VALUE_FRAGMENT.test(p)));
  if (!pairs || fragments) return { kind: 'kept-whole' };
  return {
    kind: 'split',
    rows: names.map((nm, k) => ({ name: nm, values: valueParts.map((vp) => vp[k] ?? '') })),
  };
}
