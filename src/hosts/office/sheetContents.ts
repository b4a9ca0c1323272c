/**
 * The second sync of a read, one sheet at a time: its used range (values only) with values,
 * formulas and number formats (percentages and dates rendered into `texts` by core's
 * formattedNumber), its merged areas (ExcelApi 1.13), the fills and notes of the cells asked about
 * and, with `cellDetails: 'all'`, the fill of every formatted cell through getCellProperties
 * (ExcelApi 1.9) and where each note sits.
 */
import { cellA1, formatRange } from '../../core/address';
import { formattedNumber } from '../../core/numberFormat';
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import { parseAreasAddress, parseSheetRange } from './addresses';
import type { OfficeCapabilities } from './capabilities';
import type { SheetListing } from './sheetList';

interface QueuedDetail {
  a1: string;
  fill: Excel.RangeFill;
  note: Excel.Note | null;
}

export interface QueuedSheet {
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
export function fillDetails(sheet: SheetSnapshot, details: QueuedDetail[], caps: OfficeCapabilities): void {
  sheet.fills = { ...(sheet.fills ?? {}) };
  if (caps.notes) sheet.notes = { ...(sheet.notes ?? {}) };
  for (const d of details) {
    sheet.fills[d.a1] = fillOf(d.fill.color, caps.fillTint ? d.fill.tintAndShade : undefined, caps);
    if (d.note && !d.note.isNullObject && sheet.notes) sheet.notes[d.a1] = d.note.content;
  }
}

/** Queues the fill (and note) of each cell; nothing is read until the sync. */
export function queueDetails(ws: Excel.Worksheet, cells: string[], caps: OfficeCapabilities): QueuedDetail[] {
  return cells.map((a1) => {
    const fill = ws.getRange(a1).format.fill;
    fill.load(caps.fillTint ? 'color,tintAndShade' : 'color');
    const note = caps.notes ? ws.notes.getItemOrNullObject(a1) : null;
    note?.load('content');
    return { a1, fill, note };
  });
}

/** Fills in a listed sheet from the second sync's results. */
export function fillSheet(sheet: SheetSnapshot, q: QueuedSheet, caps: OfficeCapabilities): void {
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
export interface PlannedSheet {
  index: number;
  readContents: boolean;
  cells: string[];
}

/** Queues the loads of one sheet (see the file comment); nothing is read until the sync. */
export function queueSheet(listing: SheetListing, p: PlannedSheet, caps: OfficeCapabilities, all: boolean, narrow = false): QueuedSheet {
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

export interface NoteAt {
  note: Excel.Note;
  at: Excel.Range;
}

/** Where each note sits (its location is a method: only callable once the notes are listed). */
export function queueNoteLocations(notes: Excel.Note[]): NoteAt[] {
  return notes.map((note) => {
    const at = note.getLocation();
    at.load('address');
    return { note, at };
  });
}

export function placeNotes(listing: SheetListing, noteCells: NoteAt[]): void {
  for (const { note, at } of noteCells) {
    const { sheet: name, rect } = parseSheetRange(at.address);
    const sheet = listing.sheets.find((s) => name !== null && s.name.toLowerCase() === name.toLowerCase());
    if (sheet?.allDetails && sheet.notes) sheet.notes[cellA1(rect.top, rect.left)] = note.content;
  }
}
