/**
 * Comparing cells with what 汇总 would write. Formulas as Excel may give them back: Excel drops the quotes around sheet names that do
 * not need them (`='表2'!F8` reads back as `=表2!F8`), and case and `$` do not change what a
 * reference means. Values as Excel computes them: a sum of amounts may come back with binary noise
 * (34.349999999999994 for 34.35).
 */
import type { CellValue } from '../snapshot';

/** A formula reduced to what it computes, for comparison only. */
export function formulaKey(formula: string): string {
  let out = '';
  let i = 0;
  const s = formula.trim().replace(/^=/, '');
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      // A string literal stays as it is.
      let j = i + 1;
      while (j < s.length && !(s[j] === '"' && s[j + 1] !== '"')) j += s[j] === '"' ? 2 : 1;
      out += s.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      // A quoted sheet name: unquoted, inner quotes undoubled, case-folded.
      let j = i + 1;
      let name = '';
      while (j < s.length) {
        if (s[j] === "'" && s[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (s[j] === "'") break;
        else name += s[j++];
      }
      out += name.toUpperCase();
      i = j + 1;
    } else if (ch === '$' || /\s/.test(ch)) {
      i++;
    } else {
      out += ch.toUpperCase();
      i++;
    }
  }
  return out;
}

export function sameFormula(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return formulaKey(a) === formulaKey(b);
}

/** Same value; numbers equal within binary noise, others compared exactly (as text with their type). */
export function sameCellValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return typeof a === typeof b && a === b;
}
