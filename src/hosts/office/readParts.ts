/**
 * Reading sheets whose contents together pass Excel's response limit (5 MB on the web), once the
 * whole read was refused: one small sync asks how many cells each sheet's read covers; the sheets
 * are then read in parts that each fit, the bytes per cell measured on every part read and used
 * for the next. A part still refused is read again in halves. The syncs follow the bytes (about
 * bytes / 4 MB), never the number of sheets.
 */
import { EXCEL_WEB_PAYLOAD_LIMIT, utf8Length } from '../../core/plan';

/** The bytes a part aims at: under the limit, with room for an estimate that runs low. */
export const PART_BYTES = Math.floor(EXCEL_WEB_PAYLOAD_LIMIT * 0.8);

/** Bytes per cell assumed before any part was read: values, formulas and formats of Chinese text. */
const FIRST_GUESS_PER_CELL = 100;
/** The margin over the bytes per cell measured. */
const MARGIN = 1.15;

/** What one sheet's read covers: cells of its used range (values), of its formatted range, and cells asked about. */
export interface ReadExtent {
  valueCells: number;
  formattedCells: number;
  detailCells: number;
}

/** Weighted cells of a sheet's read (a formatted cell or a detail cell weighs less than a value cell). */
export function extentWeight(e: ReadExtent): number {
  return e.valueCells + e.formattedCells / 3 + e.detailCells / 2;
}

/** The UTF-8 bytes of loaded results, as JSON (about what Excel's response holds for them). */
export function loadedBytes(values: readonly unknown[]): number {
  let n = 0;
  for (const v of values) n += v === undefined ? 0 : utf8Length(JSON.stringify(v) ?? '');
  return n;
}

/**
 * Cuts the sheets (their weights, in order) into consecutive parts of about `budget` bytes at
 * `perWeight` bytes per weighted cell; a sheet heavier than the budget is a part of its own.
 * Returns the end index (exclusive) of the first part from `start`.
 */
export function partEnd(weights: readonly number[], start: number, perWeight: number, budget = PART_BYTES): number {
  let end = start;
  let bytes = 0;
  while (end < weights.length) {
    const next = weights[end] * perWeight;
    if (end > start && bytes + next > budget) break;
    bytes += next;
    end++;
  }
  return end;
}

/** Tracks the bytes per weighted cell measured so far. */
export class BytesPerCell {
  private bytes = 0;
  private weight = 0;

  /** The bytes per weighted cell to plan the next part with. */
  get estimate(): number {
    return this.weight > 0 ? Math.max(1, (this.bytes / this.weight) * MARGIN) : FIRST_GUESS_PER_CELL;
  }

  record(bytes: number, weight: number): void {
    this.bytes += bytes;
    this.weight += weight;
  }
}
