/**
 * The first sync of a read: the sheet list with position, visibility and protection, the
 * workbook's structure protection, the selection and, if asked, the defined names and notes.
 */
import type { SelectionSnapshot, SheetSnapshot, SheetVisibility } from '../../core/snapshot';
import { parseSheetRange, rectToA1 } from './addresses';
import { isOfficeError } from './excelApi';

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
