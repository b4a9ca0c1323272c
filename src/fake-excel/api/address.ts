/**
 * Addresses as the Excel API takes and returns them: "A1", "A1:B2", whole rows "5:6", whole
 * columns "B:C"; returned addresses carry the sheet name ("Sheet1!A1:B2", "'My Sheet'!5:6").
 */
import {
  colToLetters,
  formatRange,
  lettersToCol,
  MAX_COLS,
  MAX_ROWS,
  parseRange,
  sheetAddress,
  type RangeRef,
} from '../../core/address';
import { ModelError } from '../model/errors';

export function parseApiAddress(address: string): RangeRef {
  const a = address.trim().replace(/\$/g, '');
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (rows) {
    const top = Math.min(Number(rows[1]), Number(rows[2]));
    const bottom = Math.max(Number(rows[1]), Number(rows[2]));
    if (top < 1 || bottom > MAX_ROWS) throw new ModelError('InvalidArgument', `bad address ${address}`);
    return { top, bottom, left: 1, right: MAX_COLS };
  }
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  try {
    if (cols) {
      const l = lettersToCol(cols[1]);
      const r = lettersToCol(cols[2]);
      return { top: 1, bottom: MAX_ROWS, left: Math.min(l, r), right: Math.max(l, r) };
    }
    return parseRange(a);
  } catch {
    throw new ModelError('InvalidArgument', `bad address ${address}`);
  }
}

export function isEntireRows(r: RangeRef): boolean {
  return r.left === 1 && r.right === MAX_COLS;
}

/** A local address as Excel writes it ("A1:B2", "5:6", "B:C"). */
export function localAddress(r: RangeRef): string {
  if (isEntireRows(r)) return `${r.top}:${r.bottom}`;
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${colToLetters(r.left)}:${colToLetters(r.right)}`;
  return formatRange(r);
}

export function apiAddress(sheetName: string, r: RangeRef): string {
  return sheetAddress(sheetName, localAddress(r));
}
