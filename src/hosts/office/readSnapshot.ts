/**
 * Reads a WorkbookSnapshot in at most two syncs, whatever the number of sheets: (1) the sheet list
 * (sheetList.ts), with `cellDetails: 'all'` the workbook's notes (ExcelApi 1.18) too; (2) every
 * requested sheet's contents (sheetContents.ts). A request for no sheet contents needs one sync,
 * the fills and notes of the cells asked about included. When the second sync's response passes
 * Excel's limit (5 MB on the web), the sheets are read again in parts sized to fit (readParts.ts):
 * more syncs, as many as the bytes need.
 */
import { formatRange, parseCell } from '../../core/address';
import type { ReadRequest, WorkbookSnapshot } from '../../core/snapshot';
import { snapshotCapabilities, type OfficeCapabilities } from './capabilities';
import { isResponseTooLarge, PART_BYTES, readInParts } from './readParts';
import { fillDetails, fillSheet, placeNotes, queueDetails, queueNoteLocations, queueSheet, type PlannedSheet } from './sheetContents';
import { collectSheetList, queueSheetList, readSheetList, type SheetListing } from './sheetList';
import { isOfficeError } from './excelApi';

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
