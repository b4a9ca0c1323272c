/**
 * Builds a fake workbook directly from a description, without Office.js calls: what a test or the
 * browser playground starts from.
 */
import { cellA1, parseCell, parseRange } from '../core/address';
import { normalizeColor } from './api/color';
import { NOTE_AUTHOR } from './api/notes';
import { cellKey, type SheetModel } from './model/sheet';
import { mergeCells, setValidation } from './model/structure';
import type { CellFormat, Scalar, Visibility } from './model/types';
import { WorkbookModel } from './model/workbook';

/** A cell: a value (a string starting with "=" is a formula) or its details (`value` literal). */
export type CellSpec =
  | Scalar
  | { value?: Scalar; formula?: string; numberFormat?: string; fill?: string; bold?: boolean; fontColor?: string };

export interface SheetSpec {
  name: string;
  visibility?: Visibility;
  protected?: boolean;
  /** Cells by local A1 address. */
  cells?: Record<string, CellSpec>;
  /** A block of values whose top-left cell is `at` (strings starting with "=" are formulas). */
  block?: { at: string; values: Scalar[][] };
  merges?: string[];
  /** Solid fills "#RRGGBB" by A1 address or range. */
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  validations?: { address: string; list: string[]; strict?: boolean }[];
  /** Points, by column letter. */
  columnWidths?: Record<string, number>;
  /** Points, by row number. */
  rowHeights?: Record<number, number>;
}

export interface WorkbookSpec {
  /** Default: one empty "Sheet1". */
  sheets?: SheetSpec[];
  structureProtected?: boolean;
  /** Workbook-scope names and what they refer to ("'项目1'!$E$12", with or without "="). */
  names?: Record<string, string>;
  /** The active sheet (default: the first visible one). */
  activeSheet?: string;
  /** The selection on the active sheet (default A1); null: a chart is selected, not cells. */
  selection?: string | null;
  /** Saved document settings (Office.context.document.settings). */
  settings?: Record<string, unknown>;
}

function putCell(sheet: SheetModel, a1: string, spec: CellSpec): void {
  const { row, col } = parseCell(a1);
  const c = sheet.ensureCell(row, col);
  const write = (v: Scalar) => {
    if (typeof v === 'string' && v.startsWith('=')) {
      c.formula = v;
      c.value = '';
    } else {
      c.value = v;
    }
  };
  if (typeof spec !== 'object') {
    write(spec);
  } else {
    // In the detailed form a value is taken literally ("=x" stays text).
    if (spec.value !== undefined) c.value = spec.value;
    if (spec.formula !== undefined) {
      c.formula = spec.formula;
      c.value = '';
    }
    const f: CellFormat = { ...(c.format ?? {}) };
    if (spec.numberFormat !== undefined) f.numberFormat = spec.numberFormat;
    if (spec.fill !== undefined) f.fill = normalizeColor(spec.fill);
    if (spec.bold !== undefined) f.fontBold = spec.bold;
    if (spec.fontColor !== undefined) f.fontColor = normalizeColor(spec.fontColor);
    c.format = f;
  }
  sheet.prune(row, col);
}

export function buildWorkbook(spec: WorkbookSpec = {}): WorkbookModel {
  const wb = new WorkbookModel();
  for (const s of spec.sheets ?? [{ name: 'Sheet1' }]) {
    const sheet = wb.addSheet(s.name);
    sheet.visibility = s.visibility ?? 'Visible';
    sheet.protected = s.protected ?? false;
    for (const [a1, v] of Object.entries(s.cells ?? {})) putCell(sheet, a1, v);
    if (s.block) {
      const at = parseCell(s.block.at);
      s.block.values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== '') putCell(sheet, cellA1(at.row + r, at.col + c), v);
        }),
      );
    }
    for (const m of s.merges ?? []) mergeCells(wb, sheet, parseRange(m), false);
    for (const [a, color] of Object.entries(s.fills ?? {})) {
      const r = parseRange(a);
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          sheet.updateFormat(row, col, (f) => {
            f.fill = normalizeColor(color);
          });
        }
      }
    }
    for (const [a1, text] of Object.entries(s.notes ?? {})) {
      const { row, col } = parseCell(a1);
      sheet.notes.set(cellKey(row, col), { content: text, authorName: NOTE_AUTHOR });
    }
    for (const v of s.validations ?? []) {
      setValidation(sheet, parseRange(v.address), {
        rule: { list: { inCellDropDown: true, source: v.list.join(',') } },
        errorAlert: { showAlert: v.strict ?? true, style: 'Stop', title: '', message: '' },
      });
    }
    for (const [letters, w] of Object.entries(s.columnWidths ?? {})) sheet.columnWidths.set(parseCell(`${letters}1`).col, w);
    for (const [row, h] of Object.entries(s.rowHeights ?? {})) sheet.rowHeights.set(Number(row), h);
  }
  wb.structureProtected = spec.structureProtected ?? false;
  for (const [name, ref] of Object.entries(spec.names ?? {})) {
    wb.names.set(name.toLowerCase(), { name, formula: ref.startsWith('=') ? ref : `=${ref}`, comment: '', visible: true });
  }
  const active = spec.activeSheet ? wb.sheetByName(spec.activeSheet) : wb.sheets.find((s) => s.visibility === 'Visible');
  wb.activeSheetId = active ? active.id : null;
  if (spec.selection === null) wb.rangeSelected = false;
  else if (spec.selection !== undefined && active) active.selection = parseRange(spec.selection);
  for (const [k, v] of Object.entries(spec.settings ?? {})) wb.settings.set(k, v);
  wb.touch();
  return wb;
}

