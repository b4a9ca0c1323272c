/**
 * Each kind of input laid out as sheet snapshots for recognition, with a way to name a cell's place
 * in the input the user knows (a line of the text, a cell of an HTML table, a workbook cell).
 * Every string cell is cleaned of markup first (cleanText.ts).
 */
import { cellA1, type RangeRef } from '../address';
import { isOwnSheet, snapshotFromText, STORE_SHEET_PREFIX } from '../forms';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cleanCell } from './cleanText';
import { parseCsv } from './csv';
import { layoutTable, parseHtml } from './html';
import type { ImportInput } from './types';

export interface SourceSheet {
  source: string;
  /** The input's sheet name for a workbook, else null. */
  sheetName: string | null;
  snapshot: SheetSnapshot;
  /** Where a cell (snapshot coordinates, 1-based) is in the input. */
  locate(row: number, col: number): Place;
  /** Where a block of rows is in the input. */
  locateRows(top: number, bottom: number): Place;
}

/** A place in the input, as the user knows it, in Chinese and English. */
export interface Place {
  zh: string;
  en: string;
}

const same = (text: string): Place => ({ zh: text, en: text });

/** A sheet of a workbook input that is not read, and why. */
export interface SkippedSheet {
  source: string;
  sheet: string;
  reason: 'hidden' | 'ours';
}

function cleaned(snapshot: SheetSnapshot): SheetSnapshot {
  return { ...snapshot, values: snapshot.values.map((line) => line.map(cleanCell)) };
}

function gridSnapshot(name: string, rows: CellValue[][], merges: RangeRef[] | null): SheetSnapshot {
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill('')]);
  return {
    name,
    index: 0,
    visibility: 'visible',
    protected: false,
    read: true,
    origin: { row: 1, col: 1 },
    values: width === 0 ? [] : values,
    formulas: {},
    merges,
  };
}

const lineAt = (row: number, col: number): Place => ({ zh: `第${row}行第${col}列`, en: `line ${row}, column ${col}` });
const linesOf = (top: number, bottom: number): Place =>
  top === bottom ? { zh: `第${top}行`, en: `line ${top}` } : { zh: `第${top}行至第${bottom}行`, en: `lines ${top}–${bottom}` };

function textSheet(source: string, text: string): SourceSheet {
  return {
    source,
    sheetName: null,
    snapshot: cleaned(snapshotFromText(text, { sheetName: source, numbers: false })),
    locate: lineAt,
    locateRows: linesOf,
  };
}

function csvSheet(source: string, text: string): SourceSheet {
  return {
    source,
    sheetName: null,
    snapshot: cleaned(gridSnapshot(source, parseCsv(text), null)),
    locate: lineAt,
    locateRows: linesOf,
  };
}

/** HTML: every table and paragraph stacked top to bottom, as pasting the page into Excel would. */
function htmlSheet(source: string, html: string): SourceSheet {
  const rows: CellValue[][] = [];
  const merges: RangeRef[] = [];
  const where: { table: number; paragraph: number; row: number }[] = [];
  let tables = 0;
  let paragraphs = 0;
  for (const block of parseHtml(html)) {
    if (block.kind === 'text') {
      paragraphs++;
      rows.push([block.text]);
      where.push({ table: 0, paragraph: paragraphs, row: 1 });
      continue;
    }
    tables++;
    const grid = layoutTable(block.rows);
    const top = rows.length;
    grid.values.forEach((line, r) => {
      rows.push(line);
      where.push({ table: tables, paragraph: 0, row: r + 1 });
    });
    for (const s of grid.spans) {
      merges.push({ top: top + s.top + 1, left: s.left + 1, bottom: top + s.bottom + 1, right: s.right + 1 });
    }
  }
  const at = (row: number) => where[row - 1] ?? { table: 0, paragraph: 0, row };
  const label = (row: number): Place => {
    const w = at(row);
    return w.table > 0
      ? { zh: `表格${w.table}第${w.row}行`, en: `table ${w.table} row ${w.row}` }
      : { zh: `第${w.paragraph}段文字`, en: `paragraph ${w.paragraph}` };
  };
  const tableSpan = (first: number, last: number): Place =>
    first === last ? { zh: `表格${first}`, en: `table ${first}` } : { zh: `表格${first}至表格${last}`, en: `tables ${first}–${last}` };
  return {
    source,
    sheetName: null,
    snapshot: cleaned(gridSnapshot(source, rows, merges)),
    locate: (row, col) => {
      const l = label(row);
      return at(row).table > 0 ? { zh: `${l.zh}第${col}列`, en: `${l.en}, column ${col}` } : l;
    },
    locateRows: (top, bottom) => {
      // A form is named by the tables it spans (its title and notes may be paragraphs around them).
      const spanned = new Set<number>();
      for (let r = top; r <= bottom; r++) if (at(r).table > 0) spanned.add(at(r).table);
      const list = [...spanned];
      if (list.length > 0) return tableSpan(list[0], list[list.length - 1]);
      if (top === bottom) return label(top);
      const [from, to] = [label(top), label(bottom)];
      return { zh: `${from.zh}至${to.zh}`, en: `${from.en} to ${to.en}` };
    },
  };
}

function workbookSheets(source: string, wb: WorkbookSnapshot): { sheets: SourceSheet[]; skipped: SkippedSheet[] } {
  const sheets: SourceSheet[] = [];
  const skipped: SkippedSheet[] = [];
  for (const sheet of [...wb.sheets].sort((a, b) => a.index - b.index)) {
    if (!sheet.read || sheet.values.length === 0) continue;
    // The mark store is the add-in's record, not the user's text.
    if (sheet.name.toLowerCase().startsWith(STORE_SHEET_PREFIX)) continue;
    if (isOwnSheet(sheet.name)) {
      skipped.push({ source, sheet: sheet.name, reason: 'ours' });
      continue;
    }
    if (sheet.visibility !== 'visible') {
      skipped.push({ source, sheet: sheet.name, reason: 'hidden' });
      continue;
    }
    sheets.push({
      source,
      sheetName: sheet.name,
      snapshot: cleaned(sheet),
      locate: (row, col) => same(`${sheet.name}!${cellA1(row, col)}`),
      locateRows: (top, bottom) => same(`${sheet.name}!${top}:${bottom}`),
    });
  }
  return { sheets, skipped };
}

/** The sheets to recognise forms in, and the workbook sheets left unread. */
export function sourceSheets(input: ImportInput): { sheets: SourceSheet[]; skipped: SkippedSheet[] } {
  switch (input.kind) {
    case 'text':
      return { sheets: [textSheet(input.source, input.text)], skipped: [] };
    case 'csv':
      return { sheets: [csvSheet(input.source, input.text)], skipped: [] };
    case 'html':
      return { sheets: [htmlSheet(input.source, input.html)], skipped: [] };
    case 'workbook':
      return workbookSheets(input.source, input.workbook);
  }
}
