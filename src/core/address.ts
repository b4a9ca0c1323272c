/**
 * A1-address helpers. Rows and columns are 1-based everywhere in core, as in Excel.
 */

export interface CellRef {
  row: number;
  col: number;
}

/** A rectangle of cells, inclusive on every side. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 1 → "A", 27 → "AA". */
export function colToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1 || col > MAX_COLS) {
    throw new RangeError(`column out of range: ${col}`);
  }
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "aa" → 27. */
export function lettersToCol(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`bad column letters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLS) throw new RangeError(`column out of range: ${letters}`);
  return n;
}

export function cellA1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new RangeError(`row out of range: ${row}`);
  return colToLetters(col) + String(row);
}

export function toA1(ref: CellRef): string {
  return cellA1(ref.row, ref.col);
}

const CELL_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B12" or "$B$12" → {row: 12, col: 2}. Throws on anything else. */
export function parseCell(a1: string): CellRef {
  const m = CELL_RE.exec(a1.trim());
  if (!m) throw new RangeError(`bad cell address: ${a1}`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROWS) throw new RangeError(`row out of range: ${a1}`);
  return { row, col: lettersToCol(m[1]) };
}

/** "A1:C3", "B2" (a single cell) → a normalised rectangle. A sheet prefix is not accepted here. */
export function parseRange(a1: string): RangeRef {
  const parts = a1.trim().split(':');
  if (parts.length === 1) {
    const c = parseCell(parts[0]);
    return { top: c.row, left: c.col, bottom: c.row, right: c.col };
  }
  if (parts.length !== 2) throw new RangeError(`bad range address: ${a1}`);
  const a = parseCell(parts[0]);
  const b = parseCell(parts[1]);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** A rectangle as "A1:C3", or "B2" when it is a single cell. */
export function formatRange(r: RangeRef): string {
  const tl = cellA1(r.top, r.left);
  if (r.top === r.bottom && r.left === r.right) return tl;
  return `${tl}:${cellA1(r.bottom, r.right)}`;
}

export function rangeRows(r: RangeRef): number {
  return r.bottom - r.top + 1;
}

export function rangeCols(r: RangeRef): number {
  return r.right - r.left + 1;
}

export function rangeContains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

export function rangesIntersect(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Moves a rectangle by whole rows and columns. */
export function offsetRange(r: RangeRef, rows: number, cols: number): RangeRef {
  return { top: r.top + rows, left: r.left + cols, bottom: r.bottom + rows, right: r.right + cols };
}

/** Moves an A1 range or cell address by whole rows and columns. */
export function offsetA1(a1: string, rows: number, cols: number): string {
  return formatRange(offsetRange(parseRange(a1), rows, cols));
}

/**
 * How a rectangle moves when `count` rows are inserted before row `at` (Excel's behaviour):
 * wholly below → shifted; straddling the insertion point (top < at ≤ bottom) → grows;
 * wholly above → unchanged.
 */
export function shiftRangeForInsertedRows(r: RangeRef, at: number, count: number): RangeRef {
  if (r.top >= at) return { ...r, top: r.top + count, bottom: r.bottom + count };
  if (r.bottom >= at) return { ...r, bottom: r.bottom + count };
  return r;
}

/** Sheet names that need quoting in a reference are quoted, with inner quotes doubled. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL_RE.test(name) && !/^R\d*C\d*$/i.test(name)) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'My Sheet'!A1:B2" from a sheet name and a local address. */
export function sheetAddress(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** Splits "'My ''x'' Sheet'!A1" or "Sheet1!A1:B2" into sheet and local address. */
export function splitSheetAddress(address: string): { sheet: string | null; a1: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, a1: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) {
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  return { sheet, a1: address.slice(bang + 1).replace(/\$/g, '') };
}
