/**
 * Rewrites the references in formula text, as Excel does when rows are inserted (references below
 * move, ranges straddling the insertion grow) or a sheet is deleted (its references become #REF!).
 */
import { colToLetters, quoteSheetName, type RangeRef } from '../../core/address';
import { tokenize, type RefCell } from './tokens';

/**
 * Maps one reference: `sheet` is the sheet it points at (its own sheet resolved), `rect` the cells.
 * Returns the new rectangle, or null for #REF!.
 */
export type RefMapper = (sheet: string, rect: RangeRef, single: boolean) => RangeRef | null;

function cellText(c: RefCell, row: number, col: number): string {
  return `${c.absCol ? '$' : ''}${colToLetters(col)}${c.absRow ? '$' : ''}${row}`;
}

/**
 * Applies `map` to every reference in `formula` (with its "="). `ownSheet` is the sheet the
 * formula lives on, or null for a defined name (whose references always name their sheet).
 * Returns the formula unchanged when it does not parse.
 */
export function rewriteReferences(formula: string, ownSheet: string | null, map: RefMapper): string {
  const hasEq = formula.startsWith('=');
  const text = hasEq ? formula.slice(1) : formula;
  let tokens;
  try {
    tokens = tokenize(text);
  } catch {
    return formula;
  }
  let out = '';
  let last = 0;
  for (const tok of tokens) {
    if (tok.kind !== 'ref') continue;
    const sheet = tok.sheet ?? ownSheet;
    if (sheet === null) continue;
    const b = tok.b ?? tok.a;
    const rect = {
      top: Math.min(tok.a.row, b.row),
      bottom: Math.max(tok.a.row, b.row),
      left: Math.min(tok.a.col, b.col),
      right: Math.max(tok.a.col, b.col),
    };
    const next = map(sheet, rect, tok.b === null);
    if (next && next.top === rect.top && next.bottom === rect.bottom && next.left === rect.left && next.right === rect.right) {
      continue;
    }
    out += text.slice(last, tok.start);
    if (next === null) {
      out += '#REF!';
    } else {
      const prefix = tok.sheet === null ? '' : `${quoteSheetName(tok.sheet)}!`;
      const first = cellText(tok.a, next.top, next.left);
      out += tok.b === null ? prefix + first : `${prefix}${first}:${cellText(tok.b, next.bottom, next.right)}`;
    }
    last = tok.end;
  }
  if (last === 0) return formula;
  out += text.slice(last);
  return (hasEq ? '=' : '') + out;
}

/**
 * Renames the sheet in every reference to it (compared case-insensitively), as Excel does when a
 * sheet is renamed. Returns the formula unchanged when it does not parse.
 */
export function renameSheetReferences(formula: string, from: string, to: string): string {
  const hasEq = formula.startsWith('=');
  const text = hasEq ? formula.slice(1) : formula;
  let tokens;
  try {
    tokens = tokenize(text);
  } catch {
    return formula;
  }
  const lower = from.toLowerCase();
  let out = '';
  let last = 0;
  for (const tok of tokens) {
    if (tok.kind !== 'ref' || tok.sheet === null || tok.sheet.toLowerCase() !== lower) continue;
    const ref = text.slice(tok.start, tok.end);
    out += text.slice(last, tok.start) + `${quoteSheetName(to)}!${ref.slice(ref.lastIndexOf('!') + 1)}`;
    last = tok.end;
  }
  if (last === 0) return formula;
  out += text.slice(last);
  return (hasEq ? '=' : '') + out;
}
