/**
 * One plain view of a worksheet, built from either host's result: the fake Excel's inspect() for
 * the Office host, a workbook loaded from the saved file by a fresh ExcelJS for the xlsx host.
 * The assertions of the integration tests run on this view only, so both hosts meet one table.
 *
 * Units: column widths in Excel's character units, row heights in points, colours "#RRGGBB".
 */
import type { Borders, Cell, Fill, Workbook, Worksheet } from 'exceljs';
import { cellA1, parseRange, type RangeRef } from '../../src/core/address';
import type { CellValue } from '../../src/core/snapshot';
import type { InspectedCell, InspectedSheet, InspectedWorkbook } from '../../src/fake-excel';
import { pointsToColumnWidth } from '../../src/hosts/office/units';

/** An edge of a cell: "thin", "none", or the host's own name of another line. */
export type Line = string;

export interface CellView {
  /** "" when empty; the cells of a merged area other than its top-left one are empty. */
  value: CellValue;
  fontName: string | null;
  fontSize: number | null;
  bold: boolean;
  fill: string | null;
  /** "General" when none is set. */
  numberFormat: string;
  wrap: boolean;
  border: { top: Line; bottom: Line; left: Line; right: Line };
}

export interface ValidationView {
  items: string[];
  strict: boolean;
}

export interface PrintView {
  paper: string;
  orientation: 'portrait' | 'landscape';
  fitToWidth: boolean;
  printArea: string | null;
}

export interface SheetView {
  name: string;
  /** Cells the host stores (with a value or a format), by A1. */
  cells: Map<string, CellView>;
  /** Merged areas, sorted by row, then column. */
  merges: string[];
  /** The drop-down of each validated cell, by A1. */
  validations: Map<string, ValidationView>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  print: PrintView;
}

export interface WorkbookView {
  sheets: string[];
  active: string | null;
  /** The active cell (top-left of the selection) on the active sheet. */
  activeCell: string | null;
  sheet(name: string): SheetView;
}

const EMPTY_CELL: CellView = {
  value: '',
  fontName: null,
  fontSize: null,
  bold: false,
  fill: null,
  numberFormat: 'General',
  wrap: false,
  border: { top: 'none', bottom: 'none', left: 'none', right: 'none' },
};

/** The cell at `a1`, as an empty unformatted cell when the host stores nothing there. */
export function cellAt(sheet: SheetView, a1: string): CellView {
  return sheet.cells.get(a1) ?? EMPTY_CELL;
}

/** A1 addresses of the non-empty cells, sorted by row, then column. */
export function filledCells(sheet: SheetView): string[] {
  return [...sheet.cells].filter(([, c]) => c.value !== '').map(([a1]) => a1).sort(byAddress);
}

export function byAddress(a: string, b: string): number {
  const ra = parseRange(a);
  const rb = parseRange(b);
  return ra.top - rb.top || ra.left - rb.left || ra.bottom - rb.bottom || ra.right - rb.right;
}

function formatArea(r: RangeRef): string {
  const tl = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellA1(r.bottom, r.right)}`;
}

function eachCell(r: RangeRef, f: (a1: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(cellA1(row, col));
}

// ---- The fake Excel (Office host) -------------------------------------------------------------

function fakeLine(b: { style: string; weight: string } | undefined): Line {
  if (!b || b.style === 'None') return 'none';
  return b.style === 'Continuous' && b.weight === 'Thin' ? 'thin' : `${b.style}/${b.weight}`;
}

function fakeCell(c: InspectedCell): CellView {
  const f = c.format ?? {};
  return {
    value: c.value,
    fontName: f.fontName ?? null,
    fontSize: f.fontSize ?? null,
    bold: f.fontBold === true,
    fill: f.fill ?? null,
    numberFormat: f.numberFormat ?? 'General',
    wrap: f.wrap === true,
    border: {
      top: fakeLine(f.borderTop),
      bottom: fakeLine(f.borderBottom),
      left: fakeLine(f.borderLeft),
      right: fakeLine(f.borderRight),
    },
  };
}

function fakeSheet(s: InspectedSheet): SheetView {
  const validations = new Map<string, ValidationView>();
  // Later rules replace earlier ones on the cells they cover, as Excel does.
  for (const v of s.validations) {
    const items = v.rule.list.source.split(',');
    eachCell(parseRange(v.address), (a1) => validations.set(a1, { items, strict: v.errorAlert.showAlert }));
  }
  const zoom = s.pageLayout.zoom;
  return {
    name: s.name,
    cells: new Map(Object.entries(s.cells).map(([a1, c]) => [a1, fakeCell(c)])),
    merges: [...s.merges].sort(byAddress),
    validations,
    columnWidths: new Map(
      Object.entries(s.columnWidths).map(([letters, pt]) => [parseRange(`${letters}1`).left, pointsToColumnWidth(pt)]),
    ),
    rowHeights: new Map(Object.entries(s.rowHeights).map(([row, pt]) => [Number(row), pt])),
    print: {
      paper: s.pageLayout.paperSize,
      orientation: s.pageLayout.orientation === 'Landscape' ? 'landscape' : 'portrait',
      fitToWidth: zoom.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0,
      printArea: s.pageLayout.printArea,
    },
  };
}

/** The fake's workbook state as views. */
export function viewOfFake(wb: InspectedWorkbook): WorkbookView {
  return {
    sheets: wb.sheets.map((s) => s.name),
    active: wb.activeSheet,
    activeCell: wb.selection ? wb.selection.address.split(':')[0] : null,
    sheet(name) {
      const s = wb.sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name}`);
      return fakeSheet(s);
    },
  };
}

// ---- ExcelJS (xlsx host) -----------------------------------------------------------------------

function excelLine(b: Partial<Borders>['top']): Line {
  if (!b || !b.style) return 'none';
  const argb = (b.color as { argb?: string } | undefined)?.argb;
  const black = argb === undefined || argb.toUpperCase() === 'FF000000';
  return b.style === 'thin' && black ? 'thin' : `${b.style}/${argb ?? ''}`;
}

function excelFill(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = (fill.fgColor as { argb?: string } | undefined)?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : `theme`;
}

function excelValue(cell: Cell): CellValue {
  // A merged cell other than the top-left one: ExcelJS shows the master's value through it.
  if (cell.isMerged && cell.master !== cell) return '';
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  throw new Error(`${cell.address}: unexpected value ${JSON.stringify(v)}`);
}

function excelCell(cell: Cell): CellView {
  const s = cell.style ?? {};
  const b = s.border ?? {};
  return {
    value: excelValue(cell),
    fontName: s.font?.name ?? null,
    fontSize: s.font?.size ?? null,
    bold: s.font?.bold === true,
    fill: excelFill(s.fill),
    numberFormat: s.numFmt ?? 'General',
    wrap: s.alignment?.wrapText === true,
    border: { top: excelLine(b.top), bottom: excelLine(b.bottom), left: excelLine(b.left), right: excelLine(b.right) },
  };
}

function excelValidations(ws: Worksheet): Map<string, ValidationView> {
  const model = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  const out = new Map<string, ValidationView>();
  for (const [key, raw] of Object.entries(model)) {
    const dv = raw as { type?: string; formulae?: string[]; showErrorMessage?: boolean; errorStyle?: string } | undefined;
    if (!dv) continue;
    if (dv.type !== 'list') throw new Error(`${key}: unexpected validation ${JSON.stringify(dv)}`);
    const formula = dv.formulae?.[0] ?? '';
    if (!/^".*"$/.test(formula)) throw new Error(`${key}: list not typed in: ${formula}`);
    const items = formula.slice(1, -1).replace(/""/g, '"').split(',');
    const strict = dv.showErrorMessage === true && (dv.errorStyle ?? 'stop') === 'stop';
    for (const area of key.trim().split(/\s+/)) eachCell(parseRange(area), (a1) => out.set(a1, { items, strict }));
  }
  return out;
}

function excelSheet(ws: Worksheet): SheetView {
  const cells = new Map<string, CellView>();
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, excelCell(cell))));
  const merges = Object.values((ws as unknown as { _merges: Record<string, { model: RangeRef }> })._merges).map((m) =>
    formatArea(m.model),
  );
  const columnWidths = new Map<number, number>();
  for (let col = 1; col <= ws.columnCount; col++) {
    const w = ws.getColumn(col).width;
    if (w !== undefined) columnWidths.set(col, w);
  }
  const rowHeights = new Map<number, number>();
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height) rowHeights.set(n, row.height);
  });
  const ps = ws.pageSetup;
  const paper = ps.paperSize === 9 ? 'A4' : String(ps.paperSize ?? 'Letter');
  return {
    name: ws.name,
    cells,
    merges: merges.sort(byAddress),
    validations: excelValidations(ws),
    columnWidths,
    rowHeights,
    print: {
      paper,
      orientation: ps.orientation === 'landscape' ? 'landscape' : 'portrait',
      fitToWidth: ps.fitToPage === true && ps.fitToWidth === 1 && ps.fitToHeight === 0,
      printArea: ps.printArea ? ps.printArea.replace(/\$/g, '') : null,
    },
  };
}

/** A workbook ExcelJS loaded, as views. */
export function viewOfExcelJs(wb: Workbook): WorkbookView {
  const active = wb.worksheets[wb.views?.[0]?.activeTab ?? 0] ?? null;
  const activeCell = (active?.views?.[0] as { activeCell?: string } | undefined)?.activeCell ?? null;
  return {
    sheets: wb.worksheets.map((s) => s.name),
    active: active?.name ?? null,
    activeCell: activeCell?.replace(/\$/g, '') ?? null,
    sheet(name) {
      const ws = wb.worksheets.find((x) => x.name === name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return excelSheet(ws);
    },
  };
}
