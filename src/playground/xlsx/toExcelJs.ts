/**
 * Writes the fake Excel's workbook into an empty ExcelJS workbook, for 保存: sheets and their
 * visibility and protection, values, formulas with their results, cell formats, merges, notes,
 * drop-down lists, column widths, row heights, print setup, defined names and the active sheet.
 * Not written: document settings (Office keeps them in a part ExcelJS does not model) and
 * in-document hyperlinks, which ExcelJS 4.4 writes in a form Excel breaks (their text stays).
 */
import type { Cell, Fill, Font, Workbook, Worksheet } from 'exceljs';
import { parseRange } from '../../core/address';
import type { InspectedCell, InspectedSheet, InspectedWorkbook } from '../../fake-excel';
import type { CellFormat, Scalar } from '../../fake-excel/model/types';
import { pointsToColumnWidth } from '../../hosts/office/units';
import { addDefinedName } from '../../hosts/xlsx/ops/definedNames';
import { setPrintSetup } from '../../hosts/xlsx/ops/layoutOps';
import { setListValidation } from '../../hosts/xlsx/ops/validations';
import { excelHorizontal, excelLine, excelVertical } from './formatMaps';

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;
const ERROR_TEXT = /^#(DIV\/0!|VALUE!|REF!|NAME\?|N\/A|NUM!|NULL!)$/;

/** What a cell shows, as ExcelJS writes a value or a formula's cached result. */
function resultOf(v: Scalar): Cell['value'] {
  if (typeof v === 'string' && ERROR_TEXT.test(v)) return { error: v } as Cell['value'];
  return v;
}

function writeFormat(c: Cell, f: CellFormat): void {
  if (f.numberFormat) c.numFmt = f.numberFormat;
  if (f.fontName !== undefined || f.fontSize !== undefined || f.fontBold !== undefined || f.fontColor !== undefined) {
    const font: Partial<Font> = { name: f.fontName ?? 'Calibri', size: f.fontSize ?? 11 };
    if (f.fontBold) font.bold = true;
    if (f.fontColor) font.color = { argb: `FF${f.fontColor.slice(1)}` };
    c.font = font;
  }
  if (f.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${f.fill.slice(1)}` } } as Fill;
  const horizontal = excelHorizontal(f.horizontal);
  const vertical = excelVertical(f.vertical);
  if (horizontal || vertical || f.wrap) {
    c.alignment = { ...(horizontal ? { horizontal } : {}), ...(vertical ? { vertical } : {}), ...(f.wrap ? { wrapText: true } : {}) };
  }
  const top = excelLine(f.borderTop);
  const bottom = excelLine(f.borderBottom);
  const left = excelLine(f.borderLeft);
  const right = excelLine(f.borderRight);
  if (top || bottom || left || right) c.border = { ...(top && { top }), ...(bottom && { bottom }), ...(left && { left }), ...(right && { right }) };
}

function writeCell(ws: Worksheet, a1: string, cell: InspectedCell): void {
  const c = ws.getCell(a1);
  if (cell.formula) c.value = { formula: cell.formula.slice(1), result: cell.value === '' ? undefined : resultOf(cell.value) } as Cell['value'];
  else if (cell.value !== '') c.value = resultOf(cell.value);
  if (cell.format) writeFormat(c, cell.format);
}

function writeSheet(ws: Worksheet, s: InspectedSheet): void {
  for (const [a1, cell] of Object.entries(s.cells)) writeCell(ws, a1, cell);
  // Without style: ExcelJS's plain merge shares the top-left cell's style object with the others.
  for (const m of s.merges) {
    const r = parseRange(m);
    ws.mergeCellsWithoutStyle(r.top, r.left, r.bottom, r.right);
  }
  for (const [a1, text] of Object.entries(s.notes)) ws.getCell(a1).note = text;
  for (const v of s.validations) {
    const items = v.rule.list.source.split(',');
    setListValidation(ws, parseRange(v.address), items, v.errorAlert.showAlert);
  }
  for (const [letters, points] of Object.entries(s.columnWidths)) ws.getColumn(letters).width = pointsToColumnWidth(points);
  for (const [row, points] of Object.entries(s.rowHeights)) ws.getRow(Number(row)).height = points;
  const layout = s.pageLayout;
  if (layout.paperSize === 'A4') {
    setPrintSetup(ws, {
      paper: 'A4',
      orientation: layout.orientation === 'Landscape' ? 'landscape' : 'portrait',
      fitToWidth: layout.zoom.horizontalFitToPages === 1,
      ...(layout.printArea ? { printArea: layout.printArea } : {}),
      ...(layout.printTitleRows ? { titleRows: layout.printTitleRows } : {}),
    });
  }
  ws.views = [{ state: 'normal', activeCell: s.selection.split(':')[0] }];
}

/** Fills `wb` (a new, empty ExcelJS workbook) with the fake's workbook. */
export async function writeToExcelJs(wb: Workbook, state: InspectedWorkbook): Promise<void> {
  for (const s of state.sheets) {
    const ws = wb.addWorksheet(s.name, { state: STATE[s.visibility] });
    writeSheet(ws, s);
    if (s.protected) await ws.protect('', {});
  }
  for (const [name, formula] of Object.entries(state.names)) {
    try {
      addDefinedName(wb, name, formula);
    } catch {
      // A name Excel would not keep either (its sheet is gone: "#REF!"): left out.
    }
  }
  const active = state.sheets.findIndex((s) => s.name === state.activeSheet);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, active), visibility: 'visible' }];
}
