/**
 * What importing one recognised form keeps track of: the input cells it has placed (or
 * deliberately left out), and the notes on what it could not place.
 */
import { parseCell } from '../address';
import { cellText } from '../forms/normalize';
import type { Field, TargetForm } from '../forms';
import { cellValue } from '../snapshot';
import type { SourceSheet } from './sources';
import type { Message } from '../rules/types';
import type { ImportNote, ImportNoteReason } from './types';

export interface FormContext {
  src: SourceSheet;
  form: TargetForm;
  /** The sheet the form will be created on. */
  sheet: string;
  /** Input cells (A1) accounted for: placed in the form, or replaced by the template's own text. */
  used: Set<string>;
  notes: ImportNote[];
}

/** Marks input cells as accounted for. */
export function use(ctx: FormContext, ...cells: (string | null | undefined)[]): void {
  for (const c of cells) if (c) ctx.used.add(c);
}

/** Marks a field's value and label cells as accounted for. */
export function useField(ctx: FormContext, f: Field<unknown>): void {
  use(ctx, f.cell, f.labelCell);
}

/** The input's text at a cell ('' when empty). */
export function textAt(ctx: FormContext, a1: string | null): string {
  if (!a1) return '';
  const { row, col } = parseCell(a1);
  return cellText(cellValue(ctx.src.snapshot, row, col)).trim();
}

/** Lists text the form could not place; the cell counts as accounted for. */
export function addNote(
  ctx: FormContext,
  cell: string | null,
  note: { label: string; text: string; reason: ImportNoteReason; detail?: Message },
): void {
  const at = cell ? parseCell(cell) : null;
  use(ctx, cell);
  const place = at ? ctx.src.locate(at.row, at.col) : { zh: '', en: '' };
  ctx.notes.push({
    source: ctx.src.source,
    location: place.zh,
    locationEn: place.en,
    form: ctx.sheet,
    label: note.label,
    text: note.text,
    reason: note.reason,
    ...(note.detail ? { detail: note.detail.zh, detailEn: note.detail.en } : {}),
  });
}
