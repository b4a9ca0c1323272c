/**
 * Queues the Office.js commands of each plan operation (no sync here). Units are translated:
 * column widths from characters to points, alignments and visibilities to Excel's names; text is
 * written so that Excel keeps it as text.
 */
import { colToLetters, parseCell, parseRange, rangeCols, rangeRows } from '../../core/address';
import type { CellStyle, EditOp, PrintSetup } from '../../core/plan';
import type { SheetVisibility, WorkbookSnapshot } from '../../core/snapshot';
import type { OfficeCapabilities } from './capabilities';
import type { PlanState } from './planState';
import { asLiteralText, columnWidthToPoints } from './units';

const HORIZONTAL = { general: 'General', left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

/** Whether the host can carry out an operation (notes need ExcelApi 1.18, page setup 1.9). */
export function supported(op: EditOp, caps: OfficeCapabilities): boolean {
  if (op.kind === 'note') return caps.notes;
  if (op.kind === 'printSetup') return caps.pageLayout;
  return true;
}

function grid<V>(rows: number, cols: number, v: V): V[][] {
  return Array.from({ length: rows }, () => new Array<V>(cols).fill(v));
}

export class OpWriter {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly visibility = new Map<string, SheetVisibility>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly state: PlanState,
    /** The sheets before the plan (their visibility matters for deleting). */
    before: WorkbookSnapshot,
  ) {
    for (const s of before.sheets) this.visibility.set(s.name.toLowerCase(), s.visibility);
  }

  private sheet(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let ws = this.sheets.get(key);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, ws);
    }
    return ws;
  }

  /** Queues the commands of one operation. */
  queue(op: EditOp): void {
    const wb = this.context.workbook;
    switch (op.kind) {
      case 'addSheet':
        this.sheets.set(op.sheet.toLowerCase(), wb.worksheets.add(op.sheet));
        this.visibility.set(op.sheet.toLowerCase(), 'visible');
        break;
      case 'deleteSheet': {
        const ws = this.sheet(op.sheet);
        // Excel refuses to delete a very hidden sheet (InvalidOperation): hide it normally first.
        if (this.visibility.get(op.sheet.toLowerCase()) === 'veryHidden') ws.visibility = 'Hidden';
        ws.delete();
        this.sheets.delete(op.sheet.toLowerCase());
        this.visibility.delete(op.sheet.toLowerCase());
        break;
      }
      case 'sheetVisibility':
        this.sheet(op.sheet).visibility = VISIBILITY[op.visibility];
        this.visibility.set(op.sheet.toLowerCase(), op.visibility);
        break;
      case 'insertRows':
        this.sheet(op.sheet).getRange(`${op.at}:${op.at + op.count - 1}`).insert('Down');
        break;
      case 'values': {
        const width = op.values.reduce((m, line) => Math.max(m, line.length), 0);
        if (op.values.length === 0 || width === 0) break;
        const tl = parseCell(op.address);
        const address = `${colToLetters(tl.col)}${tl.row}:${colToLetters(tl.col + width - 1)}${tl.row + op.values.length - 1}`;
        // A short line leaves the cells after it as they are (null: no change).
        this.sheet(op.sheet).getRange(address).values = op.values.map((line) =>
          Array.from({ length: width }, (_, i) => {
            const v = line[i];
            if (v === undefined) return null;
            return typeof v === 'string' ? asLiteralText(v) : v;
          }),
        ) as unknown as Excel.Range['values'];
        break;
      }
      case 'formula':
        this.sheet(op.sheet).getRange(op.cell).formulas = [[op.formula]];
        break;
      case 'style':
        this.style(this.sheet(op.sheet).getRange(op.address), op.address, op.style);
        break;
      case 'merge':
        this.sheet(op.sheet).getRange(op.address).merge(false);
        break;
      case 'unmerge':
        this.sheet(op.sheet).getRange(op.address).unmerge();
        break;
      case 'columnWidth': {
        const letters = colToLetters(op.col);
        this.sheet(op.sheet).getRange(`${letters}:${letters}`).format.columnWidth = columnWidthToPoints(op.width);
        break;
      }
      case 'rowHeight':
        this.sheet(op.sheet).getRange(`${op.row}:${op.row}`).format.rowHeight = op.height;
        break;
      case 'listValidation': {
        const dv = this.sheet(op.sheet).getRange(op.address).dataValidation;
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: op.items.join(',') } };
        dv.errorAlert = { showAlert: op.strict, style: 'Stop', title: '', message: '' };
        break;
      }
      case 'clearValidation':
        this.sheet(op.sheet).getRange(op.address).dataValidation.clear();
        break;
      case 'note': {
        const exists = this.state.noteExists(op.sheet, op.cell) === true;
        const notes = this.sheet(op.sheet).notes;
        if (op.text === null) {
          if (exists) notes.getItem(op.cell).delete();
        } else if (exists) {
          notes.getItem(op.cell).content = op.text;
        } else {
          notes.add(op.cell, op.text);
        }
        break;
      }
      case 'link':
        this.sheet(op.sheet).getRange(op.cell).hyperlink = { documentReference: op.target, textToDisplay: op.text };
        break;
      case 'printSetup':
        this.printSetup(this.sheet(op.sheet).pageLayout, op.setup);
        break;
      case 'addName':
        wb.names.add(op.name, `=${op.ref}`);
        break;
      case 'deleteName':
        // A name known to be absent is already as the plan wants it.
        if (this.state.nameExists(op.name) !== false) wb.names.getItem(op.name).delete();
        break;
      case 'activate': {
        const ws = this.sheet(op.sheet);
        ws.activate();
        if (op.select) ws.getRange(op.select).select();
        break;
      }
    }
    this.state.apply(op);
  }

  private style(range: Excel.Range, address: string, style: CellStyle): void {
    const f = range.format;
    if (style.font) {
      if (style.font.name !== undefined) f.font.name = style.font.name;
      if (style.font.size !== undefined) f.font.size = style.font.size;
      if (style.font.bold !== undefined) f.font.bold = style.font.bold;
      if (style.font.color !== undefined) f.font.color = style.font.color;
    }
    if (style.fill === null) f.fill.clear();
    else if (style.fill !== undefined) f.fill.color = style.fill;
    const r = parseRange(address);
    if (style.numberFormat !== undefined) range.numberFormat = grid(rangeRows(r), rangeCols(r), style.numberFormat);
    if (style.horizontal !== undefined) f.horizontalAlignment = HORIZONTAL[style.horizontal];
    if (style.vertical !== undefined) f.verticalAlignment = VERTICAL[style.vertical];
    if (style.wrap !== undefined) f.wrapText = style.wrap;
    if (style.border !== undefined) {
      // Inside lines exist only between two rows or two columns.
      const edges: string[] = [...EDGES];
      if (rangeRows(r) > 1) edges.push('InsideHorizontal');
      if (rangeCols(r) > 1) edges.push('InsideVertical');
      for (const edge of edges) {
        const b = f.borders.getItem(edge as Excel.BorderIndex);
        if (style.border === 'none') {
          b.style = 'None';
        } else {
          b.style = 'Continuous';
          b.weight = 'Thin';
          b.color = '#000000';
        }
      }
    }
  }

  private printSetup(layout: Excel.PageLayout, setup: PrintSetup): void {
    layout.paperSize = setup.paper;
    layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // One page wide; 0 pages tall: as many as needed.
    if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (setup.printArea) layout.setPrintArea(setup.printArea);
    if (setup.titleRows) layout.setPrintTitleRows(setup.titleRows);
  }
}
