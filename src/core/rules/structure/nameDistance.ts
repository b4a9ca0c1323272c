/**
 * How alike two indicator names are: edit distance, and whether one is the other with characters
 * inserted (高新企业认定数量 → 高新技术企业认定数量).
 */

/** Levenshtein distance of two code-point arrays, stopping early (returning max + 1) once above `max`. */
function distance(s: readonly string[], t: readonly string[], max: number): number {
  if (Math.abs(s.length - t.length) > max) return max + 1;
  // Two rows of the table, in one plain array (typed arrays are slow to allocate per pair).
  const width = t.length + 1;
  const rows: number[] = new Array(2 * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  let prev = 0;
  let cur = width;
  for (let i = 1; i <= s.length; i++) {
    rows[cur] = i;
    let best = i;
    for (let j = 1; j < width; j++) {
      const del = rows[prev + j] + 1;
      const ins = rows[cur + j - 1] + 1;
      const sub = rows[prev + j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      const v = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      rows[cur + j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return rows[prev + t.length];
}

/** Levenshtein distance by code points, stopping early (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  return distance([...a], [...b], max);
}

/** Whether `short` is `long` with some characters removed (in order). */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const ch of long) if (i < short.length && ch === short[i]) i++;
  return i === short.length;
}

interface NameShape {
  chars: string[];
  noDigits: string;
}

function shape(name: string): NameShape {
  return { chars: [...name], noDigits: name.replace(/\d+/g, '') };
}

function similarShapes(a: NameShape, b: NameShape): boolean {
  const [short, long] = a.chars.length <= b.chars.length ? [a.chars, b.chars] : [b.chars, a.chars];
  if (short.length < 4 || long.length - short.length > 2) return false;
  if (a.noDigits === b.noDigits) return false;
  const d = distance(short, long, 2);
  if (d < 1 || d > 2) return false;
  if (long.length - short.length === d && isSubsequence(short, long)) return true;
  return (d === 1 && short.length >= 6) || (d === 2 && short.length >= 10);
}

/**
 * Names that differ only slightly: one or two characters inserted into a name of four or more
 * (高新企业认定数量 / 高新技术企业认定数量, 资金执行率 / 预算资金执行率), one character changed in a name of
 * six or more, or two in a name of ten or more. Names that differ only in digits are distinct
 * (第1批 / 第2批), and so are equal names.
 */
export function namesAreSimilar(a: string, b: string): boolean {
  return a !== b && similarShapes(shape(a), shape(b));
}

function bigrams(s: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) set.add(s[i] + s[i + 1]);
  return set;
}

/**
 * The index pairs [i, j] (i < j) of distinct `names` that are similar (`namesAreSimilar`). An edit
 * touches at most two bigrams, so two strings within edit distance 2 share all but four of either's
 * distinct bigrams: only pairs sharing that many are compared in full.
 */
export function similarPairs(names: readonly string[]): [number, number][] {
  const shapes = names.map(shape);
  const grams = shapes.map((s) => bigrams(s.chars));
  const index = new Map<string, number[]>();
  grams.forEach((set, i) => {
    for (const g of set) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  const pairs: [number, number][] = [];
  const shared = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) {
    if (shapes[i].chars.length < 4) continue;
    shared.fill(0, i + 1);
    for (const g of grams[i]) for (const j of index.get(g) ?? []) if (j > i) shared[j]++;
    for (let j = i + 1; j < names.length; j++) {
      if (shared[j] < Math.max(grams[i].size, grams[j].size) - 4) continue;
      if (names[i] !== names[j] && similarShapes(shapes[i], shapes[j])) pairs.push([i, j]);
    }
  }
  return pairs;
}
