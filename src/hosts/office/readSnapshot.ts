/**
 * Reads a WorkbookSnapshot in at most two syncs, whatever the number of sheets: (1) the sheet list
 * with position, visibility and protection, the workbook's structure protection, the selection and
 * (if asked) the defined names; (2) for every requested sheet its used range (values only) with
 * values and formulas, its merged areas (ExcelApi 1.13) and the fills and notes of the cells asked
 * about. A request for no sheet contents needs the first sync only.
 */
import { formatRange, parseCell } from '../../core/address';
import type { CellValue, ReadRequest, SelectionSnapshot, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../core/snapshot';
import { parseAreasAddress, parseSheetRange, rectToA1 } from './addresses';
import { snapshotCapabilities, type OfficeCapabilities } from './capabilities';
import { isOfficeError } from './excelApi';

const VISIBILITY: Record<string, SheetVisibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export interface SheetListing {
  worksheets: Excel.Worksheet[];
  sheets: SheetSnapshot[];
  structureProtected: boolean;
  selection?: SelectionSnapshot;
  names?: Record<string, string>;
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
}

/** Queues the loads of the sheet list (and selection, names); read them after the sync. */
export function queueSheetList(context: Excel.RequestContext, names: boolean, selection: boolean): QueuedListing {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  const protection = context.workbook.protection;
  protection.load('protected');
  const selected = selection ? context.workbook.getSelectedRange() : null;
  selected?.load('address');
  const nameItems = names ? context.workbook.names : null;
  nameItems?.load('items/name,items/formula');
  return { worksheets, protection, selected, names: nameItems };
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
  return out;
}

/**
 * The first sync: sheets, protection, selection, names. When something other than cells is
 * selected (a chart), getSelectedRange fails the batch; the list is then read again without it.
 */
export async function readSheetList(context: Excel.RequestContext, names: boolean, selection = true): Promise<SheetListing> {
  const q = queueSheetList(context, names, selection);
  try {
    await context.sync();
  } catch (e) {
    if (selection && isOfficeError(e) && e.code === 'InvalidSelection') return readSheetList(context, names, false);
    throw e;
  }
  return collectSheetList(q);
}

interface QueuedSheet {
  index: number;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  details: { a1: string; fill: Excel.RangeFill; note: Excel.Note | null }[];
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
  if (q.details.length > 0) {
    sheet.fills = {};
    if (caps.notes) sheet.notes = {};
    for (const d of q.details) {
      // Office.js reads "no fill" as white; tintAndShade (1.9) is null only for no fill.
      const noFill = caps.fillTint ? d.fill.tintAndShade === null : d.fill.color.toUpperCase() === '#FFFFFF';
      sheet.fills[d.a1] = noFill ? null : d.fill.color.toUpperCase();
      if (d.note && !d.note.isNullObject && sheet.notes) sheet.notes[d.a1] = d.note.content;
    }
  }
}

/** Reads a snapshot (see the file comment for the syncs). */
export async function readSnapshot(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  request: ReadRequest = {},
): Promise<WorkbookSnapshot> {
  const listing = await readSheetList(context, request.names === true);
  const wanted = request.sheets === undefined ? null : new Set(request.sheets.map((s) => s.toLowerCase()));
  if (wanted && request.selectionSheet && listing.selection) wanted.add(listing.selection.sheet.toLowerCase());
  const details = new Map<string, string[]>();
  for (const [name, cells] of Object.entries(request.cellDetails ?? {})) {
    details.set(name.toLowerCase(), cells.map((c) => formatRange(rectOfCell(c))));
  }
  const queued: QueuedSheet[] = [];
  listing.sheets.forEach((sheet, index) => {
    const lower = sheet.name.toLowerCase();
    const readContents = wanted === null || wanted.has(lower);
    const cells = details.get(lower) ?? [];
    if (!readContents && cells.length === 0) return;
    const ws = listing.worksheets[index];
    const q: QueuedSheet = { index, used: null, merged: null, details: [] };
    if (readContents) {
      q.used = ws.getUsedRangeOrNullObject(true);
      q.used.load('address,values,formulas');
      if (caps.mergedAreas) {
        // Merged areas may lie beyond the cells with values: look in the used range with formats.
        q.merged = ws.getUsedRange(false).getMergedAreasOrNullObject();
        q.merged.load('address');
      }
    }
    for (const a1 of cells) {
      const fill = ws.getRange(a1).format.fill;
      fill.load(caps.fillTint ? 'color,tintAndShade' : 'color');
      const note = caps.notes ? ws.notes.getItemOrNullObject(a1) : null;
      note?.load('content');
      q.details.push({ a1, fill, note });
    }
    queued.push(q);
  });
  if (queued.length > 0) await context.sync();
  for (const q of queued) fillSheet(listing.sheets[q.index], q, caps);
  const snapshot: WorkbookSnapshot = {
    sheets: listing.sheets,
    structureProtected: listing.structureProtected,
    capabilities: snapshotCapabilities(caps),
  };
  if (listing.names) snapshot.names = listing.names;
  if (listing.selection) snapshot.selection = listing.selection;
  return snapshot;
}

function rectOfCell(a1: string) {
  const c = parseCell(a1);
  return { top: c.row, left: c.col, bottom: c.row, right: c.col };
}
