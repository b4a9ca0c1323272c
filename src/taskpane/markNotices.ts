/**
 * What the user should know about the marks after 审核 or 清除标记: cells not marked (protected sheets,
 * no notes in this Excel), earlier marks left in place, cells the user changed since.
 */
import type { Strings } from '../i18n';
import { cellList } from './cellList';
import type { CellAt, ClearMarksOutcome, KeptCell, MarkSkipReason, ValidateOutcome } from './operations';

const SKIP_REASONS: readonly MarkSkipReason[] = ['structure-protected', 'sheet-missing', 'previous-mark-kept', 'note-too-long'];

/** Lines about the marks 审核 wrote or could not write; empty when all went as asked. */
export function validateMarkNotices(o: ValidateOutcome, strings: Strings): string[] {
  const t = strings.validate;
  const lines: string[] = [];
  if (o.unmarkedProtected.length > 0) lines.push(t.unmarkedProtected(cellList(o.unmarkedProtected, strings)));
  for (const reason of SKIP_REASONS) {
    const cells = o.skipped.filter((s) => s.reason === reason);
    if (cells.length > 0) lines.push(t.skipped[reason](cellList(cells, strings)));
  }
  if (!o.notes && o.marked > 0) lines.push(t.notesUnsupported);
  lines.push(...keptNotices(o.kept, strings));
  if (o.leftAsUserChanged.length > 0) lines.push(t.previousChanged(cellList(o.leftAsUserChanged, strings)));
  return lines;
}

/** The result of 清除标记: what was restored, then what was left and why. */
export function clearMarksLines(o: ClearMarksOutcome, strings: Strings): { lines: string[]; complete: boolean } {
  const t = strings.validate;
  const nothing = o.restored === 0 && o.leftAsUserChanged.length === 0 && o.kept.length === 0 && o.gone === 0;
  const lines = [nothing ? t.nothingToClear : t.cleared(o.restored)];
  if (o.leftAsUserChanged.length > 0) lines.push(t.clearedUserChanged(cellList(o.leftAsUserChanged, strings)));
  lines.push(...keptNotices(o.kept, strings));
  if (o.gone > 0) lines.push(t.clearedGone(o.gone));
  if (!o.storeRemoved && o.kept.length > 0) lines.push(t.clearedStoreKept);
  return { lines, complete: o.kept.length === 0 };
}

function keptNotices(kept: readonly KeptCell[], strings: Strings): string[] {
  const t = strings.validate;
  const of = (reason: KeptCell['reason']): CellAt[] => kept.filter((k) => k.reason === reason);
  const lines: string[] = [];
  const protectedCells = of('protected');
  const noteCells = of('notes-unsupported');
  if (protectedCells.length > 0) lines.push(t.keptProtected(cellList(protectedCells, strings)));
  if (noteCells.length > 0) lines.push(t.keptNotes(cellList(noteCells, strings)));
  return lines;
}
