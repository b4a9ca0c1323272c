/**
 * The one check of a form in a worksheet, run on either host's view: it lists every difference
 * from the expectation, so a failing test names each wrong cell at once.
 */
import { cellA1, type RangeRef } from '../../src/core/address';
import { byAddress, cellAt, filledCells, type SheetView, type ValidationView } from './view';
import type { FormExpectation } from './expected';

const LABEL_FILL = '#DDEBF7';
const FONT = 'SimSun';
/** One pixel of a column, in character units: Excel draws widths to whole pixels. */
const WIDTH_TOLERANCE = 1 / 7;

function a1Of(r: RangeRef): string {
  const tl = cellA1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${cellA1(r.bottom, r.right)}`;
}

function topLeft(r: RangeRef): string {
  return cellA1(r.top, r.left);
}

function cellsOf(r: RangeRef): string[] {
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellA1(row, col));
  return out;
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

/** Every difference between the sheet and the expected form, as readable lines (none: it matches). */
export function formDifferences(sheet: SheetView, exp: FormExpectation): string[] {
  const out: string[] = [];
  const check = (what: string, actual: unknown, expected: unknown) => {
    if (show(actual) !== show(expected)) out.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  };

  // Text: every label at its cell, and nothing anywhere else.
  for (const l of exp.labels) check(`${topLeft(l.range)} text`, cellAt(sheet, topLeft(l.range)).value, l.text);
  check('cells holding anything', filledCells(sheet), exp.labels.map((l) => topLeft(l.range)).sort(byAddress));

  // Merges: exactly the multi-cell labels and fields.
  const merges = [...exp.labels.map((l) => l.range), ...exp.fields.map((f) => f.range)]
    .filter((r) => r.top !== r.bottom || r.left !== r.right)
    .map(a1Of)
    .sort(byAddress);
  check('merged areas', sheet.merges, merges);

  // Drop-downs: each validated cell, items and strictness; no other cell validated.
  const validations = new Map<string, ValidationView>();
  for (const v of exp.validations) for (const a1 of cellsOf(v.range)) validations.set(a1, { items: v.items, strict: v.strict });
  for (const [a1, v] of validations) check(`${a1} drop-down`, sheet.validations.get(a1) ?? null, v);
  check('validated cells', [...sheet.validations.keys()].sort(byAddress), [...validations.keys()].sort(byAddress));

  // Fields: number formats of amounts, years and counts; white, not bold; goals wrap.
  for (const f of exp.fields) {
    const c = cellAt(sheet, topLeft(f.range));
    check(`${topLeft(f.range)} (${f.field}) number format`, c.numberFormat, f.numberFormat ?? 'General');
    check(`${topLeft(f.range)} (${f.field}) fill, bold`, [c.fill, c.bold], [null, false]);
    if (/Goal$/.test(f.field)) check(`${topLeft(f.range)} (${f.field}) wrap`, c.wrap, true);
  }

  // 指标值 cells: the text format, so that a typed 95% stays the text 95%.
  for (const a1 of cellsOf(exp.targets.range)) {
    check(`${a1} (指标值) number format`, cellAt(sheet, a1).numberFormat, exp.targets.numberFormat);
  }

  // Labels: bold with the light fill; the title 16 bold without fill; skeleton and notes plain.
  for (const l of exp.labels) {
    const c = cellAt(sheet, topLeft(l.range));
    const want =
      l.role === 'label'
        ? { bold: true, fill: LABEL_FILL, size: 11 }
        : l.role === 'title'
          ? { bold: true, fill: null, size: 16 }
          : { bold: false, fill: null, size: 11 };
    check(`${topLeft(l.range)} ${l.text} bold, fill, size`, { bold: c.bold, fill: c.fill, size: c.fontSize }, want);
  }
  // New indicator rows: plain cells.
  for (const row of exp.addedRows) {
    for (let col = exp.cols.category; col <= exp.cols.right; col++) {
      const c = cellAt(sheet, cellA1(row, col));
      check(`${cellA1(row, col)} (added row) bold, fill, wrap`, [c.bold, c.fill, c.wrap], [false, null, true]);
    }
  }

  // Font everywhere in the form; thin borders on every edge of every cell of the table, none outside.
  for (const a1 of cellsOf(exp.form)) check(`${a1} font`, cellAt(sheet, a1).fontName, FONT);
  const thin = { top: 'thin', bottom: 'thin', left: 'thin', right: 'thin' };
  for (const a1 of cellsOf(exp.table)) check(`${a1} borders`, cellAt(sheet, a1).border, thin);
  const none = { top: 'none', bottom: 'none', left: 'none', right: 'none' };
  for (const r of [exp.form.top, exp.form.bottom]) {
    if (r >= exp.table.top && r <= exp.table.bottom) continue;
    for (let col = exp.form.left; col <= exp.form.right; col++) {
      const a1 = cellA1(r, col);
      // The title's bottom and the first note's top face the table: they may carry its line.
      const border = { ...cellAt(sheet, a1).border };
      if (r === exp.table.top - 1) border.bottom = 'none';
      if (r === exp.table.bottom + 1) border.top = 'none';
      check(`${a1} borders (outside the table)`, border, none);
    }
  }

  // Column widths (new sheet only) and the row heights the plan sets.
  const widths = [...sheet.columnWidths].sort((a, b) => a[0] - b[0]);
  const wantWidths = [...exp.columnWidths].sort((a, b) => a[0] - b[0]);
  check('columns with a width', widths.map(([c]) => c), wantWidths.map(([c]) => c));
  for (const [col, w] of wantWidths) {
    const actual = sheet.columnWidths.get(col);
    if (actual === undefined || Math.abs(actual - w) > WIDTH_TOLERANCE) out.push(`column ${col} width: expected ${w}, got ${actual}`);
  }
  const heights = [...sheet.rowHeights].filter(([r]) => !exp.addedRows.includes(r)).sort((a, b) => a[0] - b[0]);
  check('row heights', heights, [...exp.rowHeights].sort((a, b) => a[0] - b[0]));

  // Print setup: A4 portrait, one page wide, the form as print area (new sheet); untouched otherwise.
  if (exp.printArea !== null) {
    check('print setup', sheet.print, { paper: 'A4', orientation: 'portrait', fitToWidth: true, printArea: exp.printArea });
  } else {
    check('print area', sheet.print.printArea, null);
    check('fit to width', sheet.print.fitToWidth, false);
  }
  return out;
}
