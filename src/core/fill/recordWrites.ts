/**
 * Where 汇总's record (see store.ts) is written within its plan. An Office.js batch is not a
 * transaction, so the record is written so that a write failing at any point leaves a workbook the
 * next 汇总 recognises as its own:
 *
 * - first, right after the summary sheet is built and before anything outside our sheets: the store
 *   with every record it held (rows about to be emptied or updated keep their old records) plus the
 *   new rows' records, the summary sheet's name, and stray names removed;
 * - the new rows' names, right after their rows are inserted (before anything is written in them);
 * - last: the store's final records, when they differ, and the names of rows no longer ours removed.
 *
 * A record whose name never landed is forgotten by the next 汇总, and an empty row it would have
 * named is filled again (placement fills empty rows first).
 */
import { cellA1, sheetAddress } from '../address';
import type { EditOp, Precondition } from '../plan';
import { cellValue, findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { writeRecordSheet } from '../marks/storeWrite';
import { FILL_STORE_SHEET, fillStoreTable, SUMMARY_NAME, type FillStore, type StoredRow } from './store';
import type { WatchedCells } from './watch';

export interface RecordInput {
  wb: WorkbookSnapshot;
  store: FillStore | null;
  /** The summary sheet the plan writes, and whether it is the one the record already names. */
  summarySheet: string;
  summaryIsOurs: boolean;
  /** The rows of ours after the plan (kept, then new). */
  rows: readonly StoredRow[];
  addNames: readonly { name: string; ref: string }[];
  deleteNames: readonly string[];
}

export interface RecordWrites {
  first: EditOp[];
  rowNames: EditOp[];
  last: EditOp[];
  preconditions: Precondition[];
}

function sameTable(sheet: SheetSnapshot, table: CellValue[][]): boolean {
  return table.every((line, i) => line.every((v, j) => String(cellValue(sheet, i + 1, j + 1)) === String(v)));
}

function sameTables(a: CellValue[][], b: CellValue[][]): boolean {
  return a.length === b.length && a.every((line, i) => line.length === b[i].length && line.every((v, j) => String(v) === String(b[i][j])));
}

function hasName(names: readonly string[], name: string): boolean {
  return names.some((n) => n.toLowerCase() === name.toLowerCase());
}

/**
 * The record's operations, or null when it cannot be written (no store sheet yet and the
 * workbook's structure protected: the summary sheet cannot be added either).
 */
export function planRecordWrites(input: RecordInput, watched: WatchedCells): RecordWrites | null {
  const { wb, store } = input;
  const summary = { name: SUMMARY_NAME, sheet: input.summarySheet };
  const before = store?.rows ?? [];
  const newRows = input.rows.filter((r) => !before.some((o) => o.name.toLowerCase() === r.name.toLowerCase()));
  const extent = store?.extent ?? { rows: 0, cols: 0 };
  const firstTable = fillStoreTable(summary, [...before, ...newRows], extent);
  const lastTable = fillStoreTable(summary, input.rows, {
    rows: Math.max(extent.rows, firstTable.length),
    cols: Math.max(extent.cols, firstTable[0].length),
  });

  const headNames: EditOp[] = [];
  const taken = Object.keys(wb.names ?? {});
  for (const n of store?.strayNames ?? []) headNames.push({ kind: 'deleteName', name: n });
  if (!input.summaryIsOurs) {
    if (hasName(taken, SUMMARY_NAME) && !hasName(store?.strayNames ?? [], SUMMARY_NAME))
      headNames.push({ kind: 'deleteName', name: SUMMARY_NAME });
    headNames.push({ kind: 'addName', name: SUMMARY_NAME, ref: sheetAddress(input.summarySheet, '$A$1') });
  }
  const rowNames: EditOp[] = input.addNames.map((n) => ({ kind: 'addName', name: n.name, ref: n.ref }));
  const tailNames: EditOp[] = input.deleteNames
    .filter((n) => !hasName(store?.strayNames ?? [], n))
    .map((name) => ({ kind: 'deleteName', name }));

  const storeSheet = store?.sheet ? findSheet(wb, store.sheet) : undefined;
  const firstChanged = !storeSheet || storeSheet.visibility !== 'veryHidden' || !sameTable(storeSheet, firstTable);
  const lastChanged = !sameTables(firstTable, lastTable);
  if (!firstChanged && !lastChanged && headNames.length + rowNames.length + tailNames.length === 0) {
    return { first: [], rowNames: [], last: [], preconditions: [] };
  }
  const write = firstChanged
    ? writeRecordSheet(wb, store?.sheet ?? null, FILL_STORE_SHEET, firstTable)
    : { ops: [], preconditions: [] };
  if (write === null) return null;
  if (storeSheet)
    for (let r = 1; r <= extent.rows; r++) for (let c = 1; c <= extent.cols; c++) watched.add(storeSheet, cellA1(r, c));
  const storeName = storeSheet?.name ?? FILL_STORE_SHEET;
  const last: EditOp[] = lastChanged ? [{ kind: 'values', sheet: storeName, address: 'A1', values: lastTable }] : [];
  const preconditions = [...write.preconditions];
  if (lastChanged && storeSheet) preconditions.push({ kind: 'sheetWritable', sheet: storeName });
  return { first: [...write.ops, ...headNames], rowNames, last: [...last, ...tailNames], preconditions };
}

/** The indicator operations with the new rows' names right after the last row insertion. */
export function withRowNames(indicatorOps: readonly EditOp[], rowNames: readonly EditOp[]): EditOp[] {
  let at = 0;
  indicatorOps.forEach((op, i) => {
    if (op.kind === 'insertRows') at = i + 1;
  });
  return [...indicatorOps.slice(0, at), ...rowNames, ...indicatorOps.slice(at)];
}
