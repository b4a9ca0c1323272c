/**
 * A1 addresses as rows and columns, for the rules: the same addresses recur on every sheet of a
 * workbook (and in every finding), so each is parsed once.
 */
import { parseCell, type CellRef } from '../address';
import { TextMemo } from '../forms/textMemo';

const refs = new TextMemo((a1: string): Readonly<CellRef> => Object.freeze(parseCell(a1)));

/** `parseCell`, remembered (the result is shared: read it, do not change it). Throws as parseCell does. */
export function cellRef(a1: string): Readonly<CellRef> {
  return refs.get(a1);
}
