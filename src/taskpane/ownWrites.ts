/**
 * Tells the add-in's own writes apart from the user's, for 自动审核: Excel reports both as cell
 * changes, and says which are the add-in's only from ExcelApi 1.14. Every pane operation that
 * writes runs through `run`; a change reported while one runs, or shortly after (Excel delivers
 * events after the sync that caused them), counts as ours.
 */

/** How long after an own write its change events may still arrive, in ms. */
export const OWN_WRITE_GRACE_MS = 1000;

export class OwnWrites {
  private running = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly graceMs: number = OWN_WRITE_GRACE_MS,
  ) {}

  /** Runs a write of the add-in's own. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.lastEnd = this.now();
    }
  }

  /** Whether a change reported now may come from an own write. */
  writing(): boolean {
    return this.running > 0 || this.now() - this.lastEnd < this.graceMs;
  }
}
