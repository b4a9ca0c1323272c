/**
 * Writing and removing the store sheet. A new store sheet is added, made very hidden, then filled
 * in one operation; an existing one is overwritten in place (rows it no longer needs emptied).
 */
import type { EditOp, Precondition } from '../plan';
import { findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import { STORE_SHEET, storeTable, type MarkStore, type StoredMark } from './store';

export interface StoreWrite {
  ops: EditOp[];
  preconditions: Precondition[];
}

/**
 * Writes the store with these marks; null when it cannot be written (no store sheet yet and the
 * workbook's structure is protected).
 */
export function writeStore(
  wb: WorkbookSnapshot,
  store: MarkStore | null,
  marks: readonly StoredMark[],
): StoreWrite | null {
  return writeRecordSheet(wb, store?.sheet ?? null, STORE_SHEET, storeTable(marks, store?.extent ?? { rows: 0, cols: 0 }));
}

/**
 * Writes a very hidden record sheet of the add-in (the mark store, the 汇总 record): `table` from A1
 * over the sheet `existing` when the workbook has it (hidden again if it was left visible), else on a
 * new sheet `name`, added and made very hidden first. Null when a new sheet is needed and the
 * workbook's structure is protected. `table` must cover the rows and columns the old contents used.
 */
export function writeRecordSheet(
  wb: WorkbookSnapshot,
  existing: string | null,
  name: string,
  table: CellValue[][],
): StoreWrite | null {
  const found = existing ? findSheet(wb, existing) : undefined;
  const ops: EditOp[] = [];
  const preconditions: Precondition[] = [];
  let sheet: string;
  if (found) {
    sheet = found.name;
    preconditions.push({ kind: 'sheetWritable', sheet });
    // Hidden again if an interrupted write left it visible (not possible while the structure is protected).
    if (found.visibility !== 'veryHidden' && !wb.structureProtected) {
      preconditions.push({ kind: 'structureWritable' });
      ops.push({ kind: 'sheetVisibility', sheet, visibility: 'veryHidden' });
    }
  } else {
    if (wb.structureProtected) return null;
    sheet = name;
    preconditions.push({ kind: 'structureWritable' }, { kind: 'sheetAbsent', sheet });
    ops.push({ kind: 'addSheet', sheet }, { kind: 'sheetVisibility', sheet, visibility: 'veryHidden' });
  }
  ops.push({ kind: 'values', sheet, address: 'A1', values: table });
  return { ops, preconditions };
}

/**
 * Removes the store sheet; when the structure is protected it cannot go, and is emptied instead
 * (`removed` false).
 */
export function removeStore(wb: WorkbookSnapshot, store: MarkStore): StoreWrite & { removed: boolean } {
  const existing = store.sheet ? findSheet(wb, store.sheet) : undefined;
  if (!existing) return { ops: [], preconditions: [], removed: true };
  if (!wb.structureProtected) {
    return {
      ops: [{ kind: 'deleteSheet', sheet: existing.name }],
      preconditions: [{ kind: 'structureWritable' }, { kind: 'sheetPresent', sheet: existing.name }],
      removed: true,
    };
  }
  const write = writeStore(wb, store, []);
  return { ops: write?.ops ?? [], preconditions: write?.preconditions ?? [], removed: false };
}
