/**
 * What became of a stored mark: its cell is found again through the mark's name, and compared
 * with what the mark wrote (fills case-insensitively, as hosts report "#RRGGBB"; notes with line
 * breaks normalised).
 */
import type { EditOp } from '../plan';
import { knownFill, knownNote, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { locateMark, type StoredMark } from './store';

export type MarkState =
  /** The name or its cell is gone (row or sheet deleted): nothing left to restore. */
  | { kind: 'gone' }
  /** Fill and note are still the mark's (or one of them already the original): restore the originals. */
  | { kind: 'intact'; sheet: SheetSnapshot; cell: string }
  /** The cell looks as it did before the mark (an interrupted write): nothing to do. */
  | { kind: 'original'; sheet: SheetSnapshot; cell: string }
  /** The user recoloured or re-noted the cell since: leave it as it is. */
  | { kind: 'changed'; sheet: SheetSnapshot; cell: string }
  /** Intact, but its sheet is protected now: the mark stays until it can be restored. */
  | { kind: 'protected'; sheet: SheetSnapshot; cell: string }
  /** The mark wrote a note and this host cannot read notes: the mark stays for a host that can. */
  | { kind: 'notes-unsupported'; sheet: SheetSnapshot; cell: string };

function sameFill(a: string | null, b: string | null): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

function sameNote(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) => (s === null ? null : s.replace(/\r\n?/g, '\n'));
  return norm(a) === norm(b);
}

/**
 * The state of one mark. The snapshot must hold the defined names and the fills (and, where the
 * host has notes, the notes) of the mark's cell; a RangeError says when it does not.
 */
export function markState(wb: WorkbookSnapshot, mark: StoredMark): MarkState {
  const at = locateMark(wb, mark.name);
  if (!at) return { kind: 'gone' };
  const { sheet, cell } = at;
  if (mark.note && !wb.capabilities.notes) return { kind: 'notes-unsupported', sheet, cell };
  const fill = knownFill(sheet, cell);
  if (fill === undefined) throw new RangeError(`the fill of ${sheet.name}!${cell} was not read`);
  let note: string | null = null;
  if (mark.note) {
    const n = knownNote(wb, sheet, cell);
    if (n === undefined) throw new RangeError(`the note of ${sheet.name}!${cell} was not read`);
    note = n;
  }
  // Each part is the mark's or the original (a write interrupted between a cell's fill and its
  // note leaves one of each): restorable. A part that is neither is the user's doing.
  const fillOriginal = sameFill(fill, mark.originalFill);
  const noteOriginal = !mark.note || sameNote(note, mark.note.original);
  const fillOurs = sameFill(fill, mark.fill);
  const noteOurs = !mark.note || sameNote(note, mark.note.text);
  if (fillOriginal && noteOriginal) return { kind: 'original', sheet, cell };
  if (!(fillOurs || fillOriginal) || !(noteOurs || noteOriginal)) return { kind: 'changed', sheet, cell };
  return sheet.protected ? { kind: 'protected', sheet, cell } : { kind: 'intact', sheet, cell };
}

/** The operations that put back what a mark replaced. */
export function restoreOps(mark: StoredMark, sheet: string, cell: string): EditOp[] {
  const ops: EditOp[] = [{ kind: 'style', sheet, address: cell, style: { fill: mark.originalFill } }];
  if (mark.note) ops.push({ kind: 'note', sheet, cell, text: mark.note.original });
  return ops;
}
