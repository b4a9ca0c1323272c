/**
 * Whether a note or a defined name exists at each step of a plan, without asking Excel between
 * operations: what a read said before the plan (the base), then each operation's effect. Notes
 * are tracked by the cell they were on before the plan, so rows the plan inserts move them; cells
 * in inserted rows and on sheets the plan adds have no note.
 */
import { cellA1, parseCell } from '../../core/address';
import type { EditOp } from '../../core/plan';

/** What was there before the plan: true / false, or undefined when not read. */
export interface PlanBase {
  note(sheet: string, row: number, col: number): boolean | undefined;
  name(name: string): boolean | undefined;
}

export const UNKNOWN_BASE: PlanBase = { note: () => undefined, name: () => undefined };

interface Identity {
  key: string;
  /** The cell before the plan, or null when the cell is new (inserted row, added sheet). */
  original: { row: number; col: number } | null;
}

export class PlanState {
  private readonly inserts = new Map<string, { at: number; count: number }[]>();
  private readonly generation = new Map<string, number>();
  private readonly notes = new Map<string, boolean>();
  private readonly names = new Map<string, boolean>();

  constructor(private readonly base: PlanBase) {}

  private identity(sheet: string, a1: string): Identity {
    const lower = sheet.toLowerCase();
    const gen = this.generation.get(lower) ?? 0;
    const { row, col } = parseCell(a1);
    let r = row;
    const list = this.inserts.get(lower) ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      const { at, count } = list[i];
      if (r >= at + count) r -= count;
      else if (r >= at) return { key: `${lower}#${gen}:new${i}:${r - at}:${col}`, original: null };
    }
    return { key: `${lower}#${gen}:${r}:${col}`, original: gen === 0 ? { row: r, col } : null };
  }

  /** Whether the cell has a note now; undefined when only a read could tell. */
  noteExists(sheet: string, a1: string): boolean | undefined {
    const id = this.identity(sheet, a1);
    const known = this.notes.get(id.key);
    if (known !== undefined) return known;
    if (!id.original) return false;
    return this.base.note(sheet, id.original.row, id.original.col);
  }

  /** The cell, as it was before the plan, that a read must look at; null when the cell is new. */
  originalCell(sheet: string, a1: string): { row: number; col: number } | null {
    return this.identity(sheet, a1).original;
  }

  nameExists(name: string): boolean | undefined {
    return this.names.get(name.toLowerCase()) ?? this.base.name(name);
  }

  /** Records what an operation changes. */
  apply(op: EditOp): void {
    switch (op.kind) {
      case 'addSheet':
      case 'deleteSheet': {
        const lower = op.sheet.toLowerCase();
        this.generation.set(lower, (this.generation.get(lower) ?? 0) + 1);
        this.inserts.delete(lower);
        break;
      }
      case 'insertRows': {
        const lower = op.sheet.toLowerCase();
        const list = this.inserts.get(lower) ?? [];
        list.push({ at: op.at, count: op.count });
        this.inserts.set(lower, list);
        break;
      }
      case 'note':
        this.notes.set(this.identity(op.sheet, op.cell).key, op.text !== null);
        break;
      case 'addName':
        this.names.set(op.name.toLowerCase(), true);
        break;
      case 'deleteName':
        this.names.set(op.name.toLowerCase(), false);
        break;
      default:
        break;
    }
  }
}

/** What a plan needs read before it can be written: notes (sheet → cells before the plan) and names. */
export interface PlanNeeds {
  notes: Map<string, Set<string>>;
  names: boolean;
}

/** Walks the plan with nothing known and collects what must be read. */
export function planNeeds(ops: EditOp[], notesSupported: boolean): PlanNeeds {
  const state = new PlanState(UNKNOWN_BASE);
  const needs: PlanNeeds = { notes: new Map(), names: false };
  for (const op of ops) {
    if (op.kind === 'note' && notesSupported && state.noteExists(op.sheet, op.cell) === undefined) {
      const cell = state.originalCell(op.sheet, op.cell);
      if (cell) {
        const set = needs.notes.get(op.sheet) ?? new Set<string>();
        set.add(cellA1(cell.row, cell.col));
        needs.notes.set(op.sheet, set);
      }
    }
    if (op.kind === 'deleteName' && state.nameExists(op.name) === undefined) needs.names = true;
    state.apply(op);
  }
  return needs;
}
