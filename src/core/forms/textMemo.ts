/**
 * Memoising pure functions of a cell's text: a workbook's forms repeat the same labels, names and
 * values, so recognising and validating them asks the same questions of the same texts many times.
 */

/** Results kept by one memo before it forgets them all (a bound on memory, not a tuning knob). */
export const MAX_MEMO_ENTRIES = 100_000;

/**
 * The results of `compute` kept by text. `compute` must be pure (its result depends on the text
 * alone) and must not return undefined. (A class, not a closure per memo: every memo shares `get`,
 * which the engine then optimises once rather than once per memo.)
 */
export class TextMemo<T> {
  private readonly results = new Map<string, T>();

  constructor(
    private readonly compute: (text: string) => T,
    private readonly max = MAX_MEMO_ENTRIES,
  ) {}

  get(text: string): T {
    let out = this.results.get(text);
    if (out === undefined) {
      out = this.compute(text);
      if (this.results.size >= this.max) this.results.clear();
      this.results.set(text, out);
    }
    return out;
  }
}
