/**
 * The fake workbook's state as plain, ordered JSON: what tests compare before and after a command,
 * read without any sync.
 */
import { cellA1, formatRange } from '../core/address';
import { EMPTY, isError } from './formula/evaluate';
import { cellResult } from './model/results';
import { keyCol, keyRow, type SheetModel } from './model/sheet';
import type { CellFormat, HyperlinkModel, PageLayoutModel, Scalar, ValidationModel, Visibility } from './model/types';
import type { WorkbookModel } from './model/workbook';

export interface InspectedCell {
  /** What the cell shows: its constant or its formula's result ("" when empty; errors as text). */
  value: Scalar;
  formula?: string;
  format?: CellFormat;
}

export interface InspectedSheet {
  name: string;
  position: number;
  visibility: Visibility;
  protected: boolean;
  /** Stored cells by A1, row by row. */
  cells: Record<string, InspectedCell>;
  merges: string[];
  validations: { address: string; rule: ValidationModel['rule']; errorAlert: ValidationModel['errorAlert'] }[];
  notes: Record<string, string>;
  hyperlinks: Record<string, HyperlinkModel>;
  /** Points, by column letter. */
  columnWidths: Record<string, number>;
  /** Points, by row number. */
  rowHeights: Record<string, number>;
  pageLayout: PageLayoutModel;
  selection: string;
}

export interface InspectedWorkbook {
  sheets: InspectedSheet[];
  /** Defined names and their formulas ("='项目1'!$E$12"). */
  names: Record<string, string>;
  structureProtected: boolean;
  activeSheet: string | null;
  /** Null while something other than cells is selected. */
  selection: { sheet: string; address: string } | null;
  settings: Record<string, unknown>;
}

function byPosition<V>(map: Map<number, V>, f: (v: V) => unknown): Record<string, never> {
  const out: Record<string, unknown> = {};
  for (const key of [...map.keys()].sort((a, b) => a - b)) out[cellA1(keyRow(key), keyCol(key))] = f(map.get(key) as V);
  return out as Record<string, never>;
}

export function inspectSheet(wb: WorkbookModel, sheet: SheetModel): InspectedSheet {
  const cells: Record<string, InspectedCell> = {};
  for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
    const c = sheet.cells.get(key)!;
    const v = cellResult(wb, sheet, keyRow(key), keyCol(key));
    const out: InspectedCell = { value: v === EMPTY ? '' : isError(v) ? v.error : v };
    if (c.formula !== undefined) out.formula = c.formula;
    if (c.format && Object.keys(c.format).length > 0) out.format = JSON.parse(JSON.stringify(c.format)) as CellFormat;
    cells[cellA1(keyRow(key), keyCol(key))] = out;
  }
  const colLetters = (col: number) => cellA1(1, col).replace(/\d+$/, '');
  return {
    name: sheet.name,
    position: wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    protected: sheet.protected,
    cells,
    merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left).map(formatRange),
    validations: [...sheet.validations]
      .sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left)
      .map((v) => ({ address: formatRange(v.rect), rule: JSON.parse(JSON.stringify(v.rule)), errorAlert: { ...v.errorAlert } })),
    notes: byPosition(sheet.notes, (n) => n.content),
    hyperlinks: byPosition(sheet.hyperlinks, (h) => ({ ...h })),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [colLetters(c), w])),
    rowHeights: Object.fromEntries([...sheet.rowHeights].sort((a, b) => a[0] - b[0]).map(([r, h]) => [String(r), h])),
    pageLayout: JSON.parse(JSON.stringify(sheet.pageLayout)) as PageLayoutModel,
    selection: formatRange(sheet.selection),
  };
}

export function inspectWorkbook(wb: WorkbookModel): InspectedWorkbook {
  const active = wb.activeSheetId ? wb.sheetById(wb.activeSheetId) : undefined;
  return {
    sheets: wb.sheets.map((s) => inspectSheet(wb, s)),
    names: Object.fromEntries(
      [...wb.names.values()].sort((a, b) => a.name.localeCompare(b.name)).map((n) => [n.name, n.formula]),
    ),
    structureProtected: wb.structureProtected,
    activeSheet: active?.name ?? null,
    selection: active && wb.rangeSelected ? { sheet: active.name, address: formatRange(active.selection) } : null,
    settings: Object.fromEntries([...wb.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown])),
  };
}
