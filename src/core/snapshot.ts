/**
 * What a host reads out of a workbook for core to work on. Hosts fill it; core never sees
 * Office.js or ExcelJS objects.
 */
import { cellA1, parseCell, type RangeRef } from './address';
import { numberText } from './numberFormat';

/** A cell's value as both hosts report it: empty cells are "". */
export type CellValue = string | number | boolean;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  name: string;
  /** Position among the workbook's sheets, 0-based. */
  index: number;
  visibility: SheetVisibility;
  /** The sheet's protection is on (cells cannot be written). */
  protected: boolean;
  /**
   * Whether the contents (values, formulas, merges) were read. A ReadRequest may ask for the
   * contents of some sheets only; the others come with their name, position and protection alone.
   */
  read: boolean;
  /**
   * Top-left cell (1-based) of the used rectangle; `values[0][0]` is this cell.
   * An empty sheet has `values: []` and origin {row: 1, col: 1}.
   */
  origin: { row: number; col: number };
  /** Values of the used rectangle, row by row. Formula cells hold their computed result. */
  values: CellValue[][];
  /** Formula text (with the leading "=") of formula cells only, keyed by A1 address. */
  formulas: Record<string, string>;
  /**
   * The displayed text of numeric cells (formula results included) whose number format changes how
   * they read, keyed by A1 address: percentages (1.2 in `0%` shows `120%`: what the user typed) and
   * dates (46022 in `yyyy/m/d` shows `2025/12/31`). Hosts render them with formattedNumber
   * (numberFormat.ts). Absent (or no key): the cell reads as its value: General, text and the
   * formats core does not render (amounts keep their number). Read it through displayValue or
   * displayText.
   */
  texts?: Record<string, string>;
  /**
   * Merged areas that touch the used rectangle. `null` when the host cannot read merges
   * (Excel before ExcelApi 1.13): core must then work from values alone.
   */
  merges: RangeRef[] | null;
  /** Fill colours ("#RRGGBB", or null for no fill) of the cells a command asked about, by A1. */
  fills?: Record<string, string | null>;
  /** Notes of the cells a command asked about, by A1 (absent key: no note or not asked). */
  notes?: Record<string, string>;
  /**
   * True when `fills` and `notes` list every cell of the sheet that has a fill or a note (a read
   * with `cellDetails: 'all'`): a cell absent from them has none. Otherwise only the cells asked
   * about are listed. Notes are complete only where `capabilities.notes` holds.
   */
  allDetails?: boolean;
  /**
   * With `allDetails`: the area whose fills were all read (the cells with values, when the cells
   * formatted around them are too many to ask about); a fill outside it is not known. Absent: the
   * whole sheet.
   */
  fillsArea?: RangeRef;
}

export interface SelectionSnapshot {
  sheet: string;
  /** Local A1 address of the selected range, e.g. "C12" or "C12:D14". */
  address: string;
}

export interface HostCapabilities {
  /** Cell notes can be read and written (ExcelApi 1.18 in Office; always in ExcelJS). */
  notes: boolean;
  /** Merged areas can be read (ExcelApi 1.13 in Office; always in ExcelJS). */
  mergedAreas: boolean;
  /** Page layout (print setup) can be written (ExcelApi 1.9 in Office; always in ExcelJS). */
  pageLayout: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The workbook's structure is protected: sheets cannot be added, renamed or removed. */
  structureProtected: boolean;
  /** Defined names (workbook scope) and what they refer to, e.g. {"jx_m_1": "'项目1'!$E$12"}. */
  names?: Record<string, string>;
  selection?: SelectionSnapshot;
  capabilities: HostCapabilities;
}

/** What a command asks a host to read besides values, formulas and merges. */
export interface ReadRequest {
  /** Sheets whose contents to read; absent means every sheet, [] none (names and protection only). */
  sheets?: string[];
  /**
   * Cells whose fill colour and note are wanted, per sheet, as local A1 cell addresses; or 'all':
   * every fill and note of each sheet whose contents are read (hosts that cannot read them all at
   * once leave `allDetails` unset, and the command asks for the cells it needs).
   */
  cellDetails?: Record<string, string[]> | 'all';
  /** Read the workbook's defined names. */
  names?: boolean;
  /**
   * Also read the contents of the sheet holding the selection, whatever `sheets` says: a command
   * working at the selection then needs one read, not one for the selection and one for its sheet
   * (in Office: two syncs instead of three).
   */
  selectionSheet?: boolean;
}

/** The value at a 1-based cell of a sheet snapshot ("" outside the used rectangle). */
export function cellValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const r = row - sheet.origin.row;
  const c = col - sheet.origin.col;
  if (r < 0 || c < 0 || r >= sheet.values.length) return '';
  const line = sheet.values[r];
  return c < line.length ? line[c] : '';
}

/**
 * The value at a 1-based cell as the user sees it: a number in a percentage or date format is its
 * displayed text (`120%` for 1.2 in `0%`, see `SheetSnapshot.texts`); any other value as it is.
 */
export function displayValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const v = cellValue(sheet, row, col);
  if (typeof v !== 'number' || !sheet.texts) return v;
  const shown = sheet.texts[cellA1(row, col)];
  return shown === undefined ? v : shown;
}

/**
 * The cell at a 1-based position as text, as the user sees it: the displayed text of a formatted
 * number (`120%`), other numbers without binary noise (0.1 + 0.2 → `0.3`), booleans TRUE/FALSE,
 * "" for empty.
 */
export function displayText(sheet: SheetSnapshot, row: number, col: number): string {
  return valueText(displayValue(sheet, row, col));
}

/** A value as text: numbers without binary noise, booleans TRUE/FALSE, "" for empty. */
export function valueText(v: CellValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return numberText(v);
}

/** True when the value is empty, or only white space. */
export function isBlank(v: CellValue | null | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Last row and column (1-based) of a sheet's used rectangle; 0 for an empty sheet. */
export function usedBottomRight(sheet: SheetSnapshot): { row: number; col: number } {
  if (sheet.values.length === 0) return { row: 0, col: 0 };
  const width = sheet.values.reduce((m, line) => Math.max(m, line.length), 0);
  return { row: sheet.origin.row + sheet.values.length - 1, col: sheet.origin.col + width - 1 };
}

export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

/**
 * The fill a snapshot knows for a cell ("#RRGGBB", null for none), or undefined when it was not
 * read. `a1` is a local cell address ("E12").
 */
export function knownFill(sheet: SheetSnapshot, a1: string): string | null | undefined {
  const key = a1.replace(/\$/g, '').toUpperCase();
  if (sheet.fills && key in sheet.fills) return sheet.fills[key];
  if (!sheet.allDetails) return undefined;
  if (!sheet.fillsArea) return null;
  const at = parseCell(key);
  const a = sheet.fillsArea;
  return at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right ? null : undefined;
}

/**
 * The note a snapshot knows for a cell (null for none), or undefined when it was not read or the
 * host has no notes (`capabilities.notes` false).
 */
export function knownNote(wb: WorkbookSnapshot, sheet: SheetSnapshot, a1: string): string | null | undefined {
  if (!wb.capabilities.notes) return undefined;
  const key = a1.replace(/\$/g, '').toUpperCase();
  if (sheet.notes && key in sheet.notes) return sheet.notes[key];
  if (sheet.allDetails) return null;
  return sheet.fills && key in sheet.fills ? null : undefined;
}
