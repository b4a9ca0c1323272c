/**
 * Reads a WorkbookSnapshot in at most two syncs, whatever the number of sheets: (1) the sheet list
 * with position, visibility and protection, the workbook's structure protection, the selection and
 * (if asked) the defined names, and with `cellDetails: 'all'` the workbook's notes (ExcelApi 1.18);
 * (2) for every requested sheet its used range (values only) with values, formulas and number
 * formats (percentages and dates are rendered into `texts` by core's formattedNumber), its merged
 * areas (ExcelApi 1.13) and the fills and notes of the cells asked about — with `cellDetails: 'all'`
 * the fill of every cell of its used range (formats included) through getCellProperties (ExcelApi
 * 1.9; before it the sheets come without `allDetails`) and where each note sits. A request for no
 * sheet contents needs one sync, the fills and notes of the cells asked about included. When the
 * second sync's response passes Excel's limit (5 MB on the web), the sheets are read again in
 * parts sized to fit (readParts.ts): more syncs, as many as the bytes need.
 */
import { cellA1, formatRange, parseCell } from '../../core/address';
import { formattedNumber } from '../../core/numberFormat';
import type { CellValue, ReadRequest, SelectionSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../core/snapshot';
import { parseAreasAddress, parseSheetRange, rectToA1 } from './addresses';
import { snapshotCapabilities, type OfficeCapabilities } from './capabilities';
import { SheetTooLargeError } from '../../core/errors';
import { isOfficeError } from './excelApi';
import { BytesPerCell, extentWeight, loadedBytes, PART_BYTES, partEnd, type ReadExtent } from './readParts';

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export interface SheetListing {
  worksheets: Excel.Worksheet[];
  sheets: SheetSnapshot[];
  structureProtected: boolean;
  selection?: SelectionSnapshot;
  names?: Record<string, string>;
  /** The workbook's notes (content loaded), when asked for. */
  notes?: Excel.Note[];
}

/** An unread sheet: name, position, visibility and protection only. */
function listedSheet(ws: Excel.Worksheet): SheetSnapshot {
  return {
    name: ws.name,
    index: ws.position,
    visibility: VISIBILITY[ws.visibility] ?? 'visible',
    protected: ws.protection.protected,
    read: false,
    origin: { row: 1, col: 1 },
    values: [],
    formulas: {},
    merges: null,
  };
}

interface QueuedListing {
  worksheets: Excel.WorksheetCollection;
  protection: Excel.WorkbookProtection;
  selected: Excel.Range | null;
  names: Excel.NamedItemCollection | null;
  notes: Excel.NoteCollection | null;
}

/** Queues the loads of the sheet list (and selection, names, notes); read them after the sync. */
export function queueSheetList(context: Excel.RequestContext, names: boolean, selection: boolean, notes = false): QueuedListing {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  const protection = context.workbook.protection;
  protection.load('protected');
  const selected = selection ? context.workbook.getSelectedRange() : null;
  selected?.load('address');
  const nameItems = names ? context.workbook.names : null;
  nameItems?.load('items/name,items/formula');
  const noteItems = notes ? context.workbook.notes : null;
  noteItems?.load('items/content');
  return { worksheets, protection, selected, names: nameItems, notes: noteItems };
}

/** The listing from a synced queueSheetList. */
export function collectSheetList(q: QueuedListing): SheetListing {
  const out: SheetListing = {
    worksheets: q.worksheets.items,
    sheets: q.worksheets.items.map(listedSheet),
    structureProtected: q.protection.protected,
  };
  if (q.selected) {
    const { sheet, rect } = parseSheetRange(q.selected.address);
    if (sheet !== null) out.selection = { sheet, address: rectToA1(rect) };
  }
  if (q.names) {
    out.names = {};
    for (const n of q.names.items) {
      out.names[n.name] = typeof n.formula === 'string' ? n.formula.replace(/^=/, '') : String(n.formula);
    }
  }
  if (q.notes) out.notes = q.notes.items;
  return out;
}

/**
 * The first sync: sheets, protection, selection, names. When something other than cells is
 * selected (a chart), getSelectedRange fails the batch; the list is then read again without it.
 */
export async function readSheetList(
  context: Excel.RequestContext,
  names: boolean,
  selection = true,
  notes = false,
): Promise<SheetListing> {
  const q = queueSheetList(context, names, selection, notes);
  try {
    await context.sync();
  } catch (e) {
    if (selection && isOfficeError(e) && e.code === 'InvalidSelection') return readSheetList(context, names, false, notes);
    throw e;
  }
  return collectSheetList(q);
}

interface QueuedDetail {
  a1: string;
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

interface QueuedSheet {
  index: number;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  details: QueuedDetail[];
  /** cellDetails 'all': the used range with formats (or, `narrow`, with values) and the fills of its cells. */
  all: { range: Excel.Range; narrow: boolean; cells: OfficeExtension.ClientResult<Excel.CellProperties[][]> } | null;
}

/** The fill a RangeFill reports: Office.js reads "no fill" as white; tintAndShade (1.9) is null only for no fill. */
function fillOf(color: string | undefined, tintAndShade: number | null | undefined, caps: OfficeCapabilities): string | null {
  const c = (color ?? '#FFFFFF').toUpperCase();
  const noFill = caps.fillTint ? tintAndShade === null || tintAndShade === undefined : c === '#FFFFFF';
  return noFill ? null : c;
}

/** Fills in the fills and notes of the cells asked about. */
function fillDetails(sheet: SheetSnapshot, details: QueuedDetail[], caps: OfficeCapabilities): void {
  sheet.fills = { ...(sheet.fills ?? {}) };
  if (caps.notes) sheet.notes = { ...(sheet.notes ?? {}) };
  for (const d of details) {
    sheet.fills[d.a1] = fillOf(d.fill.color, caps.fillTint ? d.fill.tintAndShade : undefined, caps);
    if (d.note && !d.note.isNullObject && sheet.notes) sheet.notes[d.a1] = d.note.content;
  }
}

/** Queues the fill (and note) of each cell; nothing is read until the sync. */
function queueDetails(ws: Excel.Worksheet, cells: string[], caps: OfficeCapabilities): QueuedDetail[] {
  return cells.map((a1) => {
    const fill = ws.getRange(a1).format.fill;
    fill.load(caps.fillTint ? 'color,tintAndShade' : 'color');
    const note = caps.notes ? ws.notes.getItemOrNullObject(a1) : null;
    note?.load('content');
    return { a1, fill, note };
  });
}

/** Fills in a listed sheet from the second sync's results. */
function fillSheet(sheet: SheetSnapshot, q: QueuedSheet, caps: OfficeCapabilities): void {
  if (q.used) {
    sheet.read = true;
    sheet.merges = caps.mergedAreas ? [] : null;
    if (!q.used.isNullObject) {
      const { rect } = parseSheetRange(q.used.address);
      sheet.origin = { row: rect.top, col: rect.left };
      const values = q.used.values as CellValue[][];
      const formulas = q.used.formulas as unknown[][];
      sheet.values = values.map((line) => line.map((v) => (v === null || v === undefined ? '' : v)));
      const texts = displayedTexts(sheet.values, q.used.numberFormat as unknown[][], rect.top, rect.left);
      if (texts) sheet.texts = texts;
      formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          // A text cell reading "=x" has the same value and formula: only a real formula differs.
          if (typeof f === 'string' && f.startsWith('=') && f !== values[r][c]) {
            sheet.formulas[formatRange({ top: rect.top + r, left: rect.left + c, bottom: rect.top + r, right: rect.left + c })] = f;
          }
        }),
      );
    }
    if (q.merged && !q.merged.isNullObject) sheet.merges = parseAreasAddress(q.merged.address).map((a) => a.rect);
  }
  if (q.all) {
    const { rect } = parseSheetRange(q.all.range.address);
    const fills: Record<string, string | null> = {};
    q.all.cells.value.forEach((line, r) =>
      line.forEach((props, c) => {
        const fill = fillOf(props.format?.fill?.color, props.format?.fill?.tintAndShade, caps);
        if (fill !== null) fills[cellA1(rect.top + r, rect.left + c)] = fill;
      }),
    );
    sheet.fills = fills;
    if (caps.notes) sheet.notes = {};
    sheet.allDetails = true;
    if (q.all.narrow) sheet.fillsArea = rect;
  }
  if (q.details.length > 0) fillDetails(sheet, q.details, caps);
}

/**
 * The displayed text of the numbers whose format core renders (percentages, dates), by A1; null
 * when there is none.
 */
function displayedTexts(values: CellValue[][], formats: unknown[][] | undefined, top: number, left: number): Record<string, string> | null {
  let texts: Record<string, string> | null = null;
  values.forEach((line, r) =>
    line.forEach((v, c) => {
      const f = formats?.[r]?.[c];
      if (typeof v !== 'number' || typeof f !== 'string') return;
      const shown = formattedNumber(v, f);
      if (shown !== null) (texts ??= {})[cellA1(top + r, left + c)] = shown;
    }),
  );
  return texts;
}

/** A sheet to read: its contents, or only the fills and notes of some cells. */
interface PlannedSheet {
  index: number;
  readContents: boolean;
  cells: string[];
}

/** Queues the loads of one sheet (see the file comment); nothing is read until the sync. */
function queueSheet(listing: SheetListing, p: PlannedSheet, caps: OfficeCapabilities, all: boolean, narrow = false): QueuedSheet {
  const ws = listing.worksheets[p.index];
  const q: QueuedSheet = { index: p.index, used: null, merged: null, details: [], all: null };
  if (p.readContents) {
    q.used = ws.getUsedRangeOrNullObject(true);
    // numberFormat rather than text: smaller (measured on 50 forms), and never "####".
    q.used.load('address,values,formulas,numberFormat');
    // Merged areas and fills may lie beyond the cells with values: the used range with formats.
    const formatted = caps.mergedAreas || (all && caps.fillTint && !narrow) ? ws.getUsedRange(false) : null;
    if (formatted && caps.mergedAreas) {
      q.merged = formatted.getMergedAreasOrNullObject();
      q.merged.load('address');
    }
    if (all && caps.fillTint) {
      // The fill of every formatted cell; `narrow`: of the cells with values only (a blank sheet:
      // A1), for a sheet formatted so far beyond its form that Excel will not return them all. A
      // fill outside is then read when a command needs it (fillsArea).
      const area = narrow ? ws.getUsedRange(true) : formatted!;
      area.load('address');
      q.all = {
        range: area,
        narrow,
        cells: area.getCellProperties({ format: { fill: { color: true, tintAndShade: true } } }),
      };
    }
  }
  q.details = queueDetails(ws, p.cells, caps);
  return q;
}

interface NoteAt {
  note: Excel.Note;
  at: Excel.Range;
}

/** Where each note sits (its location is a method: only callable once the notes are listed). */
function queueNoteLocations(notes: Excel.Note[]): NoteAt[] {
  return notes.map((note) => {
    const at = note.getLocation();
    at.load('address');
    return { note, at };
  });
}

function placeNotes(listing: SheetListing, noteCells: NoteAt[]): void {
  for (const { note, at } of noteCells) {
    const { sheet: name, rect } = parseSheetRange(at.address);
    const sheet = listing.sheets.find((s) => name !== null && s.name.toLowerCase() === name.toLowerCase());
    if (sheet?.allDetails && sheet.notes) sheet.notes[cellA1(rect.top, rect.left)] = note.content;
  }
}

function isResponseTooLarge(e: unknown): boolean {
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
async function readInParts(
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

/** Reads a snapshot (see the file comment for the syncs). */
export async function readSnapshot(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  request: ReadRequest = {},
  partBytes = PART_BYTES,
): Promise<WorkbookSnapshot> {
  const all = request.cellDetails === 'all';
  const details = new Map<string, string[]>();
  if (request.cellDetails && request.cellDetails !== 'all') {
    for (const [name, cells] of Object.entries(request.cellDetails)) {
      details.set(name.toLowerCase(), cells.map((c) => formatRange(rectOfCell(c))));
    }
  }
  if (request.sheets !== undefined && request.sheets.length === 0 && details.size > 0) {
    const quick = await readDetailsOnly(context, caps, request, details);
    if (quick) return quick;
  }
  const listing = await readSheetList(context, request.names === true, true, all && caps.notes);
  const wanted = request.sheets === undefined ? null : new Set(request.sheets.map((s) => s.toLowerCase()));
  if (wanted && request.selectionSheet && listing.selection) wanted.add(listing.selection.sheet.toLowerCase());
  const planned: PlannedSheet[] = [];
  listing.sheets.forEach((sheet, index) => {
    const lower = sheet.name.toLowerCase();
    const readContents = wanted === null || wanted.has(lower);
    const cells = details.get(lower) ?? [];
    if (readContents || cells.length > 0) planned.push({ index, readContents, cells });
  });
  const notes = listing.notes ?? [];
  if (planned.length === 0 && notes.length === 0) return assemble(listing, caps);
  const queued = planned.map((p) => queueSheet(listing, p, caps, all));
  const noteCells = queueNoteLocations(notes);
  try {
    await context.sync();
  } catch (e) {
    if (!isResponseTooLarge(e)) throw e;
    // More than Excel returns at once (5 MB on the web): read the sheets in parts, with the notes.
    await readInParts(context, caps, listing, planned, all, notes, partBytes);
    return assemble(listing, caps);
  }
  for (const q of queued) fillSheet(listing.sheets[q.index], q, caps);
  placeNotes(listing, noteCells);
  return assemble(listing, caps);
}

function assemble(listing: SheetListing, caps: OfficeCapabilities): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    sheets: listing.sheets,
    structureProtected: listing.structureProtected,
    capabilities: snapshotCapabilities(caps),
  };
  if (listing.names) snapshot.names = listing.names;
  if (listing.selection) snapshot.selection = listing.selection;
  return snapshot;
}

/**
 * No sheet contents, only the fills and notes of some cells: the sheet list and those cells in one
 * sync, the sheets reached by name. Null (nothing read) when a named sheet is missing or a chart
 * is selected: the caller then reads in two syncs.
 */
async function readDetailsOnly(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  request: ReadRequest,
  details: Map<string, string[]>,
): Promise<WorkbookSnapshot | null> {
  const q = queueSheetList(context, request.names === true, true);
  const queued = [...details].map(([lower, cells]) => ({
    lower,
    details: queueDetails(context.workbook.worksheets.getItem(lower), cells, caps),
  }));
  try {
    await context.sync();
  } catch (e) {
    if (isOfficeError(e) && (e.code === 'ItemNotFound' || e.code === 'InvalidSelection')) return null;
    throw e;
  }
  const listing = collectSheetList(q);
  for (const { lower, details: d } of queued) {
    const sheet = listing.sheets.find((s) => s.name.toLowerCase() === lower);
    if (sheet) fillDetails(sheet, d, caps);
  }
  return assemble(listing, caps);
}

function rectOfCell(a1: string) {
  const c = parseCell(a1);
  return { top: c.row, left: c.col, bottom: c.row, right: c.col };
}
