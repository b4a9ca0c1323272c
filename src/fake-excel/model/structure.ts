/**
 * Changes that move things around: inserting whole rows, deleting a sheet, merging and unmerging,
 * setting and clearing validations. Each imitates what Excel does to everything attached to cells.
 */
import { formatRange, MAX_ROWS, parseRange, rangesIntersect, shiftRangeForInsertedRows, type RangeRef } from '../../core/address';
import { renameSheetReferences, rewriteReferences, type RefMapper } from '../formula/rewrite';
import { ModelError } from './errors';
import { containsRect, subtractRect } from './rects';
import { cellKey, keyCol, keyRow, type SheetModel } from './sheet';
import type { ValidationModel } from './types';
import type { WorkbookModel } from './workbook';

function shiftKeys<T>(map: Map<number, T>, at: number, count: number): void {
  const moved: [number, T][] = [];
  for (const [key, v] of map) {
    if (keyRow(key) >= at) {
      moved.push([cellKey(keyRow(key) + count, keyCol(key)), v]);
      map.delete(key);
    }
  }
  for (const [key, v] of moved) map.set(key, v);
}

/** Rewrites every formula and name in the workbook through `map`. */
function rewriteAll(wb: WorkbookModel, map: RefMapper): void {
  for (const s of wb.sheets) {
    for (const c of s.cells.values()) {
      if (c.formula !== undefined) c.formula = rewriteReferences(c.formula, s.name, map);
    }
  }
  for (const n of wb.names.values()) n.formula = rewriteReferences(n.formula, null, map);
}

/**
 * Inserts `count` whole rows before row `at`. Everything below moves down; merged areas and
 * validations straddling row `at` grow; references to moved cells follow them; the new rows take
 * the cell formats of the row above.
 */
export function insertRows(wb: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at + count - 1 > MAX_ROWS) {
    throw new ModelError('InvalidArgument', `cannot insert ${count} rows at row ${at}`);
  }
  for (const [key, c] of sheet.cells) {
    if (keyRow(key) > MAX_ROWS - count && (c.value !== '' || c.formula !== undefined)) {
      throw new ModelError('NonBlankCellOffSheet', 'inserting would push non-blank cells off the sheet');
    }
  }
  shiftKeys(sheet.cells, at, count);
  shiftKeys(sheet.notes, at, count);
  shiftKeys(sheet.hyperlinks, at, count);
  if (at > 1) {
    for (const [key, c] of [...sheet.cells]) {
      if (keyRow(key) !== at - 1 || !c.format) continue;
      for (let r = at; r < at + count; r++) {
        sheet.ensureCell(r, keyCol(key)).format = { ...c.format };
      }
    }
  }
  const heights = [...sheet.rowHeights].filter(([r]) => r >= at);
  for (const [r] of heights) sheet.rowHeights.delete(r);
  for (const [r, h] of heights) sheet.rowHeights.set(r + count, h);
  sheet.merges = sheet.merges.map((m) => shiftRangeForInsertedRows(m, at, count));
  shiftPageLayout(sheet, at, count);
  sheet.validations = sheet.validations.map((v) => ({ ...v, rect: shiftRangeForInsertedRows(v.rect, at, count) }));
  const target = sheet.name.toLowerCase();
  rewriteAll(wb, (name, rect, single) => {
    if (name.toLowerCase() !== target) return rect;
    const next = single
      ? rect.top >= at
        ? { ...rect, top: rect.top + count, bottom: rect.bottom + count }
        : rect
      : shiftRangeForInsertedRows(rect, at, count);
    return next.bottom > MAX_ROWS ? null : next;
  });
  wb.touch();
}

/**
 * The print area and print title rows are defined names in Excel (Print_Area, Print_Titles): they
 * follow inserted rows like any reference, an area straddling the insertion point growing.
 */
function shiftPageLayout(sheet: SheetModel, at: number, count: number): void {
  const p = sheet.pageLayout;
  if (p.printArea) p.printArea = shiftLocalAddress(p.printArea, at, count);
  if (p.printTitleRows) p.printTitleRows = shiftLocalAddress(p.printTitleRows, at, count);
}

/** A local address as the page layout stores it: "A1:E29", whole rows "3:4" or whole columns "A:C". */
function shiftLocalAddress(a: string, at: number, count: number): string {
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) {
    const r = shiftRangeForInsertedRows({ top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 1 }, at, count);
    return `${r.top}:${r.bottom}`;
  }
  if (/^[A-Za-z]+:[A-Za-z]+$/.test(a)) return a;
  return formatRange(shiftRangeForInsertedRows(parseRange(a), at, count));
}

/** Renames a sheet; references to it in formulas and names follow (as Excel does). */
export function renameSheet(wb: WorkbookModel, sheet: SheetModel, name: string): void {
  const from = sheet.name;
  for (const s of wb.sheets) {
    for (const c of s.cells.values()) {
      if (c.formula !== undefined) c.formula = renameSheetReferences(c.formula, from, name);
    }
  }
  for (const n of wb.names.values()) n.formula = renameSheetReferences(n.formula, from, name);
  sheet.name = name;
  wb.touch();
}

/** Removes a sheet; references to it anywhere become #REF!. */
export function deleteSheet(wb: WorkbookModel, sheet: SheetModel): void {
  const visible = wb.sheets.filter((s) => s.visibility === 'Visible');
  if (visible.length === 1 && visible[0] === sheet) {
    throw new ModelError('InvalidOperation', 'a workbook must keep at least one visible sheet');
  }
  const index = wb.sheets.indexOf(sheet);
  wb.sheets.splice(index, 1);
  const gone = sheet.name.toLowerCase();
  rewriteAll(wb, (name, rect) => (name.toLowerCase() === gone ? null : rect));
  if (wb.activeSheetId === sheet.id) {
    const next = wb.sheets.slice(index).find((s) => s.visibility === 'Visible') ??
      [...wb.sheets].reverse().find((s) => s.visibility === 'Visible');
    wb.activeSheetId = next ? next.id : null;
  }
  wb.touch();
}

/** Merges a rectangle (or each of its rows when `across`); only the top-left value is kept. */
export function mergeCells(wb: WorkbookModel, sheet: SheetModel, rect: RangeRef, across: boolean): void {
  const parts: RangeRef[] = [];
  if (across) {
    for (let r = rect.top; r <= rect.bottom; r++) parts.push({ top: r, bottom: r, left: rect.left, right: rect.right });
  } else {
    parts.push(rect);
  }
  for (const part of parts) {
    if (part.top === part.bottom && part.left === part.right) continue;
    for (const m of sheet.merges) {
      if (rangesIntersect(m, part) && !containsRect(part, m)) {
        throw new ModelError('InvalidOperation', 'the range partly covers a merged area');
      }
    }
    sheet.merges = sheet.merges.filter((m) => !containsRect(part, m));
    for (let r = part.top; r <= part.bottom; r++) {
      for (let c = part.left; c <= part.right; c++) {
        if (r === part.top && c === part.left) continue;
        const cell = sheet.cell(r, c);
        if (cell) {
          cell.value = '';
          delete cell.formula;
          sheet.prune(r, c);
        }
      }
    }
    sheet.merges.push(part);
  }
  wb.touch();
}

/** Splits every merged area that touches the rectangle. */
export function unmergeCells(wb: WorkbookModel, sheet: SheetModel, rect: RangeRef): void {
  sheet.merges = sheet.merges.filter((m) => !rangesIntersect(m, rect));
  wb.touch();
}

/** Replaces the validation of every cell of the rectangle (`v` null: removes it). */
export function setValidation(sheet: SheetModel, rect: RangeRef, v: Omit<ValidationModel, 'rect'> | null): void {
  const rest: ValidationModel[] = [];
  for (const old of sheet.validations) {
    for (const part of subtractRect(old.rect, rect)) rest.push({ ...old, rect: part });
  }
  if (v) rest.push({ ...v, rect });
  sheet.validations = rest;
}

/** Changes the validations that cover cells of the rectangle, splitting those it covers only partly. */
export function updateValidation(sheet: SheetModel, rect: RangeRef, change: (v: ValidationModel) => ValidationModel): void {
  const out: ValidationModel[] = [];
  for (const old of sheet.validations) {
    if (!rangesIntersect(old.rect, rect)) {
      out.push(old);
      continue;
    }
    for (const part of subtractRect(old.rect, rect)) out.push({ ...old, rect: part });
    const inside = {
      top: Math.max(old.rect.top, rect.top),
      left: Math.max(old.rect.left, rect.left),
      bottom: Math.min(old.rect.bottom, rect.bottom),
      right: Math.min(old.rect.right, rect.right),
    };
    out.push(change({ ...old, rect: inside }));
  }
  sheet.validations = out;
}
