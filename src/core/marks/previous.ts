/**
 * Sorting out the marks already in a workbook, for 清除标记 and for 审核 (which clears before it
 * marks again): which to restore, which the user changed since, which must stay.
 */
import type { EditOp, Precondition } from '../plan';
import type { WorkbookSnapshot } from '../snapshot';
import { markState, restoreOps } from './state';
import { readMarkStore, type MarkStore, type StoredMark } from './store';

/** A cell on a sheet (local A1), as reports list them. */
export interface CellAt {
  sheet: string;
  cell: string;
}

/** A mark that stays in the store: it cannot be restored here and now. */
export interface KeptMark extends CellAt {
  mark: StoredMark;
  reason: 'protected' | 'notes-unsupported';
}

export interface PreviousMarks {
  store: MarkStore | null;
  /** Operations restoring the intact marks (fill, then note). */
  ops: EditOp[];
  preconditions: Precondition[];
  /** Marks restored by `ops`. */
  restored: CellAt[];
  /** Marks whose cell already looks as before the mark (nothing to restore). */
  alreadyOriginal: CellAt[];
  leftAsUserChanged: CellAt[];
  kept: KeptMark[];
  /** Marks whose name or cell no longer exists. */
  gone: number;
  /** Names to remove: every stored mark's but the kept ones', and stray names. */
  namesToDelete: string[];
  /** What restored cells go back to, by cellKey: the originals a new mark must record. */
  originals: Map<string, { fill: string | null; note: string | null | undefined }>;
}

/** Key of a cell for lookups: sheet (lower case) and A1. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell.toUpperCase()}`;
}

export function sortOutPreviousMarks(wb: WorkbookSnapshot): PreviousMarks {
  const store = readMarkStore(wb);
  const out: PreviousMarks = {
    store,
    ops: [],
    preconditions: [],
    restored: [],
    alreadyOriginal: [],
    leftAsUserChanged: [],
    kept: [],
    gone: 0,
    namesToDelete: [],
    originals: new Map(),
  };
  if (!store) return out;
  const writable = new Set<string>();
  for (const mark of store.marks) {
    const state = markState(wb, mark);
    switch (state.kind) {
      case 'gone':
        out.gone++;
        out.namesToDelete.push(mark.name);
        break;
      case 'intact': {
        const sheet = state.sheet.name;
        out.ops.push(...restoreOps(mark, sheet, state.cell));
        if (!writable.has(sheet.toLowerCase())) {
          writable.add(sheet.toLowerCase());
          out.preconditions.push({ kind: 'sheetWritable', sheet });
        }
        out.restored.push({ sheet, cell: state.cell });
        out.originals.set(cellKey(sheet, state.cell), {
          fill: mark.originalFill,
          note: mark.note ? mark.note.original : undefined,
        });
        out.namesToDelete.push(mark.name);
        break;
      }
      case 'original':
        out.alreadyOriginal.push({ sheet: state.sheet.name, cell: state.cell });
        out.namesToDelete.push(mark.name);
        break;
      case 'changed':
        out.leftAsUserChanged.push({ sheet: state.sheet.name, cell: state.cell });
        out.namesToDelete.push(mark.name);
        break;
      case 'protected':
      case 'notes-unsupported':
        out.kept.push({ sheet: state.sheet.name, cell: state.cell, mark, reason: state.kind });
        break;
    }
  }
  out.namesToDelete.push(...store.strayNames);
  // Only names that exist: a deleted name is already as the plan wants it.
  const existing = new Set(Object.keys(wb.names ?? {}).map((n) => n.toLowerCase()));
  out.namesToDelete = out.namesToDelete.filter((n) => existing.has(n.toLowerCase()));
  return out;
}
