/**
 * How alike two indicator names are: edit distance, and whether one is the other with characters
 * inserted (高新企业认定数量 → 高新技术企业认定数量).
 */

/** Levenshtein distance by code points, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[t.length];
}

/** Whether `short` is `long` with some characters removed (in order). */
export function isSubsequence(short: string, long: string): boolean {
  const s = [...short];
  let i = 0;
  for (const ch of long) if (i < s.length && ch === s[i]) i++;
  return i === s.length;
}

/**
 * Names that differ only slightly: one or two characters inserted into a name of four or more
 * (高新企业认定数量 / 高新技术企业认定数量, 资金执行率 / 预算资金执行率), one character changed in a name of
 * six or more, or two in a name of ten or more. Names that differ only in digits are distinct
 * (第1批 / 第2批).
 */
export function namesAreSimilar(a: string, b: string): boolean {
  if (a === b) return false;
  const [short, long] = [...a].length <= [...b].length ? [a, b] : [b, a];
  const shortLen = [...short].length;
  const longLen = [...long].length;
  if (shortLen < 4) return false;
  if (a.replace(/\d+/g, '') === b.replace(/\d+/g, '')) return false;
  const d = editDistance(short, long, 2);
  if (d < 1 || d > 2) return false;
  if (longLen - shortLen === d && isSubsequence(short, long)) return true;
  return (d === 1 && shortLen >= 6) || (d === 2 && shortLen >= 10);
}
