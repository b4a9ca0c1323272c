/**
 * Memoising pure functions of a cell's text: a workbook's forms repeat the same labels, names and
 * values, so recognising and validating them asks the same questions of the same texts many times.
 */

/** Results kept by one memo before it forgets them all (a bound on memory, not a tuning knob). */
export const MAX_MEMO_ENTRIES = 100_000;

/**
 * `compute` with its results kept by text. `compute` must be pure (its result depends on the text
 * alone) and must not return undefined.
 */
export function memoizeText<T>(compute: (text: string) => T, max = MAX_MEMO_ENTRIES): (text: string) => T {
  const results = new Map<string, T>();
  return (text: string): T => {
    let out = results.get(text);
    if (out === undefined) {
      out = compute(text);
      if (results.size >= max) results.clear();
      results.set(text, out);
    }
    return out;
  };
}
