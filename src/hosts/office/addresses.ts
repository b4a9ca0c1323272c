/** Addresses as Office.js returns them, turned into core's rectangles. */
import { cellA1, MAX_COLS, MAX_ROWS, parseRange, splitSheetAddress, type RangeRef } from '../../core/address';

/** "Sheet1!B2:F30" or "'My Sheet'!5:6" → sheet name and rectangle. */
export function parseSheetRange(address: string): { sheet: string | null; rect: RangeRef } {
  const { sheet, a1 } = splitSheetAddress(address);
  const rows = /^(\d+):(\d+)$/.exec(a1);
  if (rows) return { sheet, rect: { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: MAX_COLS } };
  const cols = /^([A-Za-z]+):([A-Za-z]+)$/.exec(a1);
  if (cols) {
    const r = parseRange(`${cols[1]}1:${cols[2]}1`);
    return { sheet, rect: { ...r, top: 1, bottom: MAX_ROWS } };
  }
  return { sheet, rect: parseRange(a1) };
}

/** A RangeAreas address ("S!A1:B2, 'a, b'!C3") split into its areas; commas inside quotes are kept. */
export function parseAreasAddress(address: string): { sheet: string | null; rect: RangeRef }[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '').map(parseSheetRange);
}

/** A rectangle as a local A1 address, whole rows and columns spelled out ("A5:XFD6"). */
export function rectToA1(r: RangeRef): string {
  const tl = cellA1(r.top, r.left);
  if (r.top === r.bottom && r.left === r.right) return tl;
  return `${tl}:${cellA1(r.bottom, r.right)}`;
}
