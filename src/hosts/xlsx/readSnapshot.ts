/**
 * Builds a WorkbookSnapshot from an ExcelJS workbook. The used rectangle of a sheet is the bounding
 * box of its cells holding a value or formula and of its merged areas (cells with formatting alone
 * do not count), so every merged area of a sheet lies inside it and all are reported. Numbers in a
 * percentage or date format (`cell.numFmt`) come with their displayed text in `texts`, rendered by
 * core's formattedNumber as the Office host does (ExcelJS's own `cell.text` ignores the format).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { parseCell } from '../../core/address';
import { formattedNumber } from '../../core/numberFormat';
import type {
  ReadRequest,
  SelectionSnapshot,
  SheetSnapshot,
  SheetVisibility,
  WorkbookSnapshot,
  CellValue,
} from '../../core/snapshot';
import { cellFormula, cellSnapshotValue, noteText } from './excel/cellValues';
import { fillColor, themePalette } from './excel/colors';
import { cellsOf, mergesOf, rowsOf, themeXml } from './excel/internals';
import { readDefinedNames } from './ops/definedNames';
import { isStructureProtected } from './workbookExtras';

function visibilityOf(ws: Worksheet): SheetVisibility {
  return ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
}

/** Whether the sheet's protection is on. */
export function isSheetProtected(ws: Worksheet): boolean {
  const p = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return !!p && p.sheet !== false;
}

/** A value cell read in the pass over the sheet, before the used rectangle is known. */
interface ReadCell {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * The contents, in one pass over the cells (the used rectangle is grown as they are read, rather
 * than by ExcelJS's row dimensions, which would walk every row's cells once more).
 */
function readContents(
  ws: Worksheet,
  date1904: boolean,
): Pick<SheetSnapshot, 'origin' | 'values' | 'formulas' | 'merges' | 'texts'> {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  const cells: ReadCell[] = [];
  const formulas: Record<string, string> = {};
  let texts: Record<string, string> | null = null;
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const v = cellSnapshotValue(cell, date1904);
      cells.push({ row: rowNumber, col: colNumber, value: v });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
      const f = cellFormula(cell);
      if (f) formulas[cell.address] = f;
      const shown = typeof v === 'number' ? formattedNumber(v, cell.numFmt, date1904) : null;
      if (shown !== null) (texts ??= {})[cell.address] = shown;
    });
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  if (cells.length === 0 && merges.length === 0) {
    return { origin: { row: 1, col: 1 }, values: [], formulas: {}, merges: [] };
  }
  const width = right - left + 1;
  const values: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) values.push(new Array<CellValue>(width).fill(''));
  for (const c of cells) values[c.row - top][c.col - left] = c.value;
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return { origin: { row: top, col: left }, values, formulas, merges, ...(texts ? { texts } : {}) };
}

/** Every fill and note of the sheet (cells that have neither are left out). */
function readAllDetails(ws: Worksheet, snap: SheetSnapshot, palette: string[]): void {
  const fills: Record<string, string | null> = {};
  const notes: Record<string, string> = {};
  for (const row of rowsOf(ws)) {
    if (!row) continue;
    for (const cell of cellsOf(row)) {
      if (!cell) continue;
      const fill = fillColor(cell.fill, palette);
      if (fill !== null) fills[cell.address] = fill;
      const note = noteText(cell);
      if (note !== null) notes[cell.address] = note;
    }
  }
  snap.fills = fills;
  snap.notes = notes;
  snap.allDetails = true;
}

function findIn<T>(record: Record<string, T> | undefined, name: string): T | undefined {
  if (!record) return undefined;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}

function readSelection(wb: Workbook, sheets: Worksheet[]): SelectionSnapshot | undefined {
  const ws = sheets[wb.views?.[0]?.activeTab ?? 0] ?? sheets[0];
  if (!ws) return undefined;
  const active = (ws.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  let address = 'A1';
  if (active) {
    try {
      parseCell(active);
      address = active.replace(/\$/g, '');
    } catch {
      address = 'A1';
    }
  }
  return { sheet: ws.name, address };
}

/** A snapshot of the workbook, as much of it as the request asks for. */
export function readWorkbookSnapshot(wb: Workbook, request: ReadRequest = {}): WorkbookSnapshot {
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  // The theme's colours are read only when fills are asked for.
  let palette: string[] | null = null;
  const paletteOf = (): string[] => (palette ??= themePalette(themeXml(wb)));
  const worksheets = wb.worksheets;
  const selection = readSelection(wb, worksheets);
  const wanted = request.sheets?.map((s) => s.toLowerCase());
  if (wanted && request.selectionSheet && selection) wanted.push(selection.sheet.toLowerCase());
  const sheets = worksheets.map((ws, index): SheetSnapshot => {
    const read = wanted === undefined || wanted.includes(ws.name.toLowerCase());
    const snap: SheetSnapshot = {
      name: ws.name,
      index,
      visibility: visibilityOf(ws),
      protected: isSheetProtected(ws),
      read,
      ...(read ? readContents(ws, date1904) : { origin: { row: 1, col: 1 }, values: [], formulas: {}, merges: [] }),
    };
    if (request.cellDetails === 'all') {
      if (read) readAllDetails(ws, snap, paletteOf());
      return snap;
    }
    const details = findIn(request.cellDetails, ws.name);
    if (details) {
      snap.fills = {};
      snap.notes = {};
      for (const a1 of details) {
        const { row, col } = parseCell(a1);
        const cell = ws.findCell(row, col);
        const key = a1.replace(/\$/g, '').toUpperCase();
        snap.fills[key] = cell ? fillColor(cell.fill, paletteOf()) : null;
        const note = cell ? noteText(cell) : null;
        if (note !== null) snap.notes[key] = note;
      }
    }
    return snap;
  });
  const out: WorkbookSnapshot = {
    sheets,
    structureProtected: isStructureProtected(wb),
    capabilities: { notes: true, mergedAreas: true, pageLayout: true },
  };
  if (request.names) out.names = readDefinedNames(wb);
  if (selection) out.selection = selection;
  return out;
}
