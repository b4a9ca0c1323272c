/**
 * An EditPlan: everything a command will change in a workbook, decided by core before a host
 * writes anything. Hosts check the preconditions first (one read), refuse the whole plan when any
 * fails, then apply the operations in order.
 *
 * Units: rows and columns are 1-based; addresses are local A1 ("B3", "B3:E3"); column widths are in
 * Excel's character units (as in the Excel UI and ExcelJS); row heights are in points; colours are
 * "#RRGGBB" (upper case).
 */
import type { CellValue } from './snapshot';

export type HorizontalAlignment = 'general' | 'left' | 'center' | 'right';
export type VerticalAlignment = 'top' | 'center' | 'bottom';

export interface FontStyle {
  name?: string;
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill colour, or null to remove the fill. */
  fill?: string | null;
  numberFormat?: string;
  horizontal?: HorizontalAlignment;
  vertical?: VerticalAlignment;
  wrap?: boolean;
  /** "thin": thin black lines on every edge and every inside line of the range. */
  border?: 'thin' | 'none';
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit the printed width on one page; height runs over as many pages as needed. */
  fitToWidth: boolean;
  printArea?: string;
  /** Rows repeated at the top of each printed page, e.g. "1:1". */
  titleRows?: string;
}

export type EditOp =
  /** A new empty visible sheet, added after the last sheet. */
  | { kind: 'addSheet'; sheet: string }
  /** Remove a sheet (only sheets the add-in created). */
  | { kind: 'deleteSheet'; sheet: string }
  | { kind: 'sheetVisibility'; sheet: string; visibility: 'visible' | 'hidden' | 'veryHidden' }
  /**
   * Insert `count` whole rows before row `at`, moving everything below down. Merged areas,
   * validations, notes and defined names below move with their cells; a merged area that straddles
   * row `at` grows (Excel's behaviour, imitated by every host).
   */
  | { kind: 'insertRows'; sheet: string; at: number; count: number }
  /** A rectangle of values; `address` is its top-left cell. Strings are written as text. */
  | { kind: 'values'; sheet: string; address: string; values: CellValue[][] }
  /** A formula (with "="), and the result it computes, so readers that do not recalculate show it. */
  | { kind: 'formula'; sheet: string; cell: string; formula: string; result: CellValue }
  | { kind: 'style'; sheet: string; address: string; style: CellStyle }
  | { kind: 'merge'; sheet: string; address: string }
  /** Removes every merged area that intersects the address (as Office's Range.unmerge does). */
  | { kind: 'unmerge'; sheet: string; address: string }
  | { kind: 'columnWidth'; sheet: string; col: number; width: number }
  | { kind: 'rowHeight'; sheet: string; row: number; height: number }
  /**
   * A drop-down list. `strict: false` still accepts text outside the list (no error alert).
   */
  | { kind: 'listValidation'; sheet: string; address: string; items: string[]; strict: boolean }
  | { kind: 'clearValidation'; sheet: string; address: string }
  /** Set a cell's note; null removes it. Skipped (and reported) where the host has no notes. */
  | { kind: 'note'; sheet: string; cell: string; text: string | null }
  /** Hyperlink to a place in the workbook, e.g. "'项目1'!A1", shown with `text`. */
  | { kind: 'link'; sheet: string; cell: string; target: string; text: string }
  | { kind: 'printSetup'; sheet: string; setup: PrintSetup }
  /** A workbook-scope defined name referring to a cell, e.g. "'项目1'!$E$12". */
  | { kind: 'addName'; name: string; ref: string }
  | { kind: 'deleteName'; name: string }
  /** Show this sheet and select a range on it. Plans put it last. */
  | { kind: 'activate'; sheet: string; select?: string };

export type Precondition =
  /** No sheet of this name (case-insensitive, as Excel compares) exists. */
  | { kind: 'sheetAbsent'; sheet: string }
  | { kind: 'sheetPresent'; sheet: string }
  /** The sheet exists and is not protected. */
  | { kind: 'sheetWritable'; sheet: string }
  /** Sheets can be added or removed: the workbook structure is not protected. */
  | { kind: 'structureWritable' }
  /** Every cell of the area is empty (no value, no formula). */
  | { kind: 'areaEmpty'; sheet: string; address: string }
  /**
   * These cells still hold what a preview showed (value, or formula where there was one); keyed
   * by local A1 address.
   */
  | { kind: 'cellsUnchanged'; sheet: string; cells: Record<string, { value: CellValue; formula?: string }> };

export interface EditPlan {
  preconditions: Precondition[];
  ops: EditOp[];
}

export function emptyPlan(): EditPlan {
  return { preconditions: [], ops: [] };
}

/** Appends plan b to plan a (preconditions and operations), returning a new plan. */
export function concatPlans(a: EditPlan, b: EditPlan): EditPlan {
  return { preconditions: [...a.preconditions, ...b.preconditions], ops: [...a.ops, ...b.ops] };
}

/** The sheets a plan creates: a failure half way may leave them behind, incomplete. */
export function sheetsAddedBy(plan: EditPlan): string[] {
  return plan.ops.filter((o): o is Extract<EditOp, { kind: 'addSheet' }> => o.kind === 'addSheet').map((o) => o.sheet);
}

/** The sheets a plan writes to (for the protection check). */
export function sheetsTouchedBy(plan: EditPlan): string[] {
  const out = new Set<string>();
  for (const op of plan.ops) if ('sheet' in op) out.add(op.sheet);
  return [...out];
}

/** Approximate size in bytes of an operation as a host request (JSON, UTF-8). */
export function opBytes(op: EditOp): number {
  return utf8Length(JSON.stringify(op));
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Excel on the web refuses a request or response larger than 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Splits operations into consecutive batches of at most `limit` bytes each (an operation larger
 * than the limit stands alone). Hosts sync once per batch, so the number of syncs grows with the
 * payload's bytes, never with the number of sheets or cells. `sizeOf` is the host's own estimate
 * of an operation's request bytes (default: its JSON).
 */
export function splitByBytes(ops: EditOp[], limit: number, sizeOf: (op: EditOp) => number = opBytes): EditOp[][] {
  const batches: EditOp[][] = [];
  let current: EditOp[] = [];
  let size = 0;
  for (const op of ops) {
    const b = sizeOf(op);
    if (current.length > 0 && size + b > limit) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(op);
    size += b;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
