/**
 * Reading sheets whose contents together pass Excel's response limit (5 MB on the web), once the
 * whole read was refused: one small sync asks how many cells each sheet's read covers; the sheets
 * are then read in parts that each fit, the bytes per cell measured on every part read and used
 * for the next. A part still refused is read again in halves; a single sheet too large, with the
 * fills of its cells with values only (SheetTooLargeError when even that is too large). The syncs
 * follow the bytes (about bytes / 4 MB), never the number of sheets.
 */
import { SheetTooLargeError } from '../../core/errors';
import { EXCEL_WEB_PAYLOAD_LIMIT, utf8Length } from '../../core/plan';
import type { OfficeCapabilities } from './capabilities';
import { isOfficeError } from './excelApi';
import type { SheetListing } from './sheetList';
import {
  fillSheet,
  placeNotes,
  queueNoteLocations,
  queueSheet,
  type NoteAt,
  type PlannedSheet,
  type QueuedSheet,
} from './sheetContents';

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

export function isResponseTooLarge(e: unknown): boolean {
  return isOfficeError(e) && e.code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the sheets' contents in halves, each half again in halves while its response is still too
 * large. A single sheet too large is read again with the fills of its cells with values only; still
 * too large, SheetTooLargeError names it.
 */
async function readInHalves(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  listing: SheetListing,
  planned: PlannedSheet[],
  all: boolean,
): Promise<void> {
  const half = Math.ceil(planned.length / 2);
  for (const part of [planned.slice(0, half), planned.slice(half)]) {
    if (part.length > 0) await readPart(context, caps, listing, part, all);
  }
}

/**
 * Reads one part in one sync; returns the bytes it read, or null when Excel refused it and it was
 * read again in halves.
 */
async function readPart(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  listing: SheetListing,
  part: PlannedSheet[],
  all: boolean,
  narrow = false,
): Promise<number | null> {
  const queued = part.map((p) => queueSheet(listing, p, caps, all, narrow));
  try {
    // One sync per part: their number follows the bytes, not the sheets.
    await context.sync();
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
    if (part.length > 1) await readInHalves(context, caps, listing, part, all);
    // One sheet too large: the fills of its cells with values only, if it was asking for more.
    else if (all && caps.fillTint && !narrow) await readPart(context, caps, listing, part, all, true);
    else throw new SheetTooLargeError(listing.sheets[part[0].index].name);
    return null;
  }
  let bytes = 0;
  for (const q of queued) {
    fillSheet(listing.sheets[q.index], q, caps);
    bytes += queuedBytes(q);
  }
  return bytes;
}

/** About the bytes of a queued sheet's results once synced. */
function queuedBytes(q: QueuedSheet): number {
  const used = q.used && !q.used.isNullObject ? [q.used.address, q.used.values, q.used.formulas, q.used.numberFormat] : [];
  const merged = q.merged && !q.merged.isNullObject ? [q.merged.address] : [];
  const all = q.all ? [q.all.cells.value] : [];
  return loadedBytes([...used, ...merged, ...all]) + q.details.length * 60;
}

/** The cells each planned sheet's read covers (one small sync). */
async function readExtents(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  listing: SheetListing,
  planned: PlannedSheet[],
  all: boolean,
): Promise<ReadExtent[]> {
  const ranges = planned.map((p) => {
    if (!p.readContents) return null;
    const ws = listing.worksheets[p.index];
    const values = ws.getUsedRangeOrNullObject(true);
    values.load('cellCount');
    const formatted = caps.mergedAreas || (all && caps.fillTint) ? ws.getUsedRangeOrNullObject(false) : null;
    formatted?.load('cellCount');
    return { values, formatted };
  });
  await context.sync();
  return planned.map((p, i) => {
    const r = ranges[i];
    const count = (range: Excel.Range | null | undefined) => (range && !range.isNullObject ? range.cellCount : 0);
    return { valueCells: count(r?.values), formattedCells: count(r?.formatted), detailCells: p.cells.length };
  });
}

/**
 * Reads the sheets' contents in parts that each fit Excel's response limit (see readParts.ts);
 * `notes` are located with the last part.
 */
export async function readInParts(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  listing: SheetListing,
  planned: PlannedSheet[],
  all: boolean,
  notes: Excel.Note[],
  partBytes: number,
): Promise<void> {
  const weights = (await readExtents(context, caps, listing, planned, all)).map(extentWeight);
  const perCell = new BytesPerCell();
  let noteCells: NoteAt[] = [];
  let notesRead = notes.length === 0;
  for (let start = 0; start < planned.length; ) {
    const end = partEnd(weights, start, perCell.estimate, partBytes);
    const last = end === planned.length;
    if (last) noteCells = queueNoteLocations(notes);
    // A sheet alone past the budget (formatted far beyond its form): the fills of its values only.
    const narrow = end === start + 1 && weights[start] * perCell.estimate > partBytes;
    const bytes = await readPart(context, caps, listing, planned.slice(start, end), all, narrow);
    if (bytes !== null) perCell.record(bytes, weights.slice(start, end).reduce((n, w) => n + w, 0));
    if (last && bytes !== null) notesRead = true;
    start = end;
  }
  if (!notesRead) {
    // The last part was refused, the notes' locations with it: one more sync.
    noteCells = queueNoteLocations(notes);
    await context.sync();
  }
  placeNotes(listing, noteCells);
}
