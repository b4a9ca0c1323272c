/**
 * Opens an ExcelJS workbook in the fake Excel, as Excel opens a file: values, formulas, merges,
 * fills and notes come from the xlsx host's snapshot (readWorkbookSnapshot, with dates, rich text,
 * shared formulas and theme colours already resolved); cell formats (number format, font,
 * alignment, borders), column widths, row heights and drop-down lists are read here. Colours are
 * resolved to "#RRGGBB", as Office.js reports them.
 */
import type { Border, Cell, PageSetup, Workbook, Worksheet } from 'exceljs';
import { cellA1, formatRange, parseCell, parseRange, type RangeRef } from '../../core/address';
import { createFakeExcel, type CellSpec, type FakeExcel, type FakeExcelOptions, type SheetSpec } from '../../fake-excel';
import type { CellFormat, PageLayoutModel } from '../../fake-excel/model/types';
import { resolveColor, themePalette, type ExcelColor } from '../../hosts/xlsx/excel/colors';
import { cellsOf, rowsOf, themeXml, validationModel } from '../../hosts/xlsx/excel/internals';
import { columnWidthToPoints } from '../../hosts/office/units';
import { readWorkbookSnapshot } from '../../hosts/xlsx/readSnapshot';
import type { SheetSnapshot } from '../../core/snapshot';
import { officeHorizontal, officeLine, officeVertical } from './formatMaps';

/** A4 = paper size 9 in the file format. */
const PAPER_A4 = 9;
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** The fake's defaults: formats equal to them are not stored. */
const DEFAULT_FONT_NAME = 'Calibri';
const DEFAULT_FONT_SIZE = 11;
const DEFAULT_FONT_COLOR = '#000000';

function cellsOfSnapshot(s: SheetSnapshot): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = {};
  s.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const a1 = cellA1(s.origin.row + r, s.origin.col + c);
      if (s.formulas[a1]) cells[a1] = { formula: s.formulas[a1] };
      else if (v !== '') cells[a1] = { value: v };
    }),
  );
  return cells;
}

/** Drop-down lists typed as "a,b,c" (lists taken from cells are not imitated by the fake). */
function listValidations(ws: Worksheet): SheetSpec['validations'] {
  const out: NonNullable<SheetSpec['validations']> = [];
  for (const [key, dv] of Object.entries(validationModel(ws))) {
    const source = dv?.type === 'list' ? String(dv.formulae?.[0] ?? '') : '';
    const m = /^"(.*)"$/s.exec(source);
    if (!dv || !m) continue;
    const list = m[1].replace(/""/g, '"').split(',');
    for (const area of key.trim().split(/\s+/)) {
      let r: RangeRef;
      try {
        r = parseRange(area);
      } catch {
        continue;
      }
      out.push({ address: formatRange(r), list, strict: dv.showErrorMessage !== false });
    }
  }
  return out;
}

function formatOf(cell: Cell, palette: string[]): CellFormat {
  const f: CellFormat = {};
  if (cell.numFmt && cell.numFmt !== 'General') f.numberFormat = cell.numFmt;
  const font = cell.font;
  if (font) {
    if (font.name && font.name !== DEFAULT_FONT_NAME) f.fontName = font.name;
    if (typeof font.size === 'number' && font.size !== DEFAULT_FONT_SIZE) f.fontSize = font.size;
    if (font.bold) f.fontBold = true;
    const color = resolveColor(font.color as ExcelColor | undefined, palette);
    if (color && color !== DEFAULT_FONT_COLOR) f.fontColor = color;
  }
  const al = cell.alignment;
  if (al) {
    const h = officeHorizontal(al.horizontal);
    const v = officeVertical(al.vertical);
    if (h) f.horizontal = h;
    if (v && v !== 'Bottom') f.vertical = v;
    if (al.wrapText) f.wrap = true;
  }
  const b = cell.border;
  if (b) {
    const edge = (e: Partial<Border> | undefined) => officeLine(e, resolveColor(e?.color as ExcelColor | undefined, palette));
    const top = edge(b.top);
    const bottom = edge(b.bottom);
    const left = edge(b.left);
    const right = edge(b.right);
    if (top) f.borderTop = top;
    if (bottom) f.borderBottom = bottom;
    if (left) f.borderLeft = left;
    if (right) f.borderRight = right;
  }
  return f;
}

/** Number formats, fonts, alignment and borders of every stored cell, by A1. */
function formatsOf(ws: Worksheet, palette: string[]): Map<string, CellFormat> {
  const out = new Map<string, CellFormat>();
  for (const row of rowsOf(ws)) {
    if (!row) continue;
    for (const cell of cellsOf(row)) {
      if (!cell) continue;
      const f = formatOf(cell, palette);
      if (Object.keys(f).length > 0) out.set(cell.address, f);
    }
  }
  return out;
}

function layoutOf(ws: Worksheet): Pick<SheetSpec, 'columnWidths' | 'rowHeights'> {
  const columnWidths: Record<string, number> = {};
  const cols = ws.columns ?? [];
  const defaultWidth = ws.properties?.defaultColWidth;
  cols.forEach((c, i) => {
    const width = c.width ?? defaultWidth;
    if (typeof width === 'number' && width > 0) columnWidths[cellA1(1, i + 1).replace(/\d+$/, '')] = columnWidthToPoints(width);
  });
  const rowHeights: Record<number, number> = {};
  rowsOf(ws).forEach((row, i) => {
    if (row && typeof row.height === 'number' && row.height > 0) rowHeights[i + 1] = row.height;
  });
  return { columnWidths, rowHeights };
}

/** The print setup the forms use (A4, orientation, fit to width, print area, title rows). */
function pageLayoutOf(ws: Worksheet, layout: PageLayoutModel): void {
  const ps = ws.pageSetup as Partial<PageSetup> & { paperSize?: number };
  if (ps.paperSize === PAPER_A4) layout.paperSize = 'A4';
  if (ps.orientation === 'landscape') layout.orientation = 'Landscape';
  if (ps.fitToPage) layout.zoom = { horizontalFitToPages: ps.fitToWidth ?? 1, verticalFitToPages: ps.fitToHeight ?? 1 };
  else if (typeof ps.scale === 'number') layout.zoom = { scale: ps.scale };
  if (ps.printArea) layout.printArea = ps.printArea.replace(/\$/g, '');
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(ps.printTitlesRow ?? '');
  if (titles) layout.printTitleRows = `${titles[1]}:${titles[2]}`;
}

/** A fake Excel holding what the ExcelJS workbook holds. */
export function fakeFromExcelJs(wb: Workbook, options: Omit<FakeExcelOptions, 'workbook'> = {}): FakeExcel {
  const snap = readWorkbookSnapshot(wb, { names: true, cellDetails: 'all' });
  const palette = themePalette(themeXml(wb));
  const worksheets = wb.worksheets;
  const sheets = snap.sheets.map((s, i): SheetSpec => ({
    name: s.name,
    visibility: VISIBILITY[s.visibility],
    protected: s.protected,
    cells: cellsOfSnapshot(s),
    merges: (s.merges ?? []).map(formatRange),
    fills: Object.fromEntries(Object.entries(s.fills ?? {}).filter((e): e is [string, string] => e[1] !== null)),
    notes: s.notes,
    validations: listValidations(worksheets[i]),
    ...layoutOf(worksheets[i]),
  }));
  const visible = snap.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
  const active = snap.selection && visible.includes(snap.selection.sheet) ? snap.selection : null;
  const fake = createFakeExcel({
    ...options,
    workbook: {
      sheets,
      names: snap.names,
      structureProtected: snap.structureProtected,
      activeSheet: active?.sheet ?? visible[0],
      selection: active?.address ?? 'A1',
    },
  });
  worksheets.forEach((ws, i) => {
    const model = fake.state.sheets[i];
    for (const [a1, format] of formatsOf(ws, palette)) {
      const { row, col } = parseCell(a1);
      model.updateFormat(row, col, (f) => Object.assign(f, format));
    }
    pageLayoutOf(ws, model.pageLayout);
  });
  fake.state.touch();
  return fake;
}
