/**
 * Draws one sheet as an HTML table: column letters and row numbers as headers, values through their
 * number formats (formula cells show their results), merged areas as spanning cells, fills, fonts,
 * alignment, borders, and notes (a red corner; the text on hover and as the cell's description).
 * The selection is outlined. Every cell carries its address in `data-address`.
 */
import { cellA1, colToLetters, parseRange, rangeContains, type RangeRef } from '../../core/address';
import type { InspectedCell, InspectedSheet } from '../../fake-excel';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, type BorderLine } from '../../fake-excel/model/types';
import { contentStyle, cssLine, pointsToPixels } from './cellStyle';
import { displayText } from './displayText';

/** The grid shows the used area and a margin, within these bounds (it is not a spreadsheet). */
const MAX_SHOWN_ROWS = 2000;
const MAX_SHOWN_COLS = 80;
const MIN_ROWS = 30;
const MIN_COLS = 10;

export interface GridLabels {
  /** The table's accessible name. */
  caption: string;
  /** Text of the empty top-left header, for screen readers. */
  corner: string;
}

interface Extent {
  rows: number;
  cols: number;
}

function extentOf(sheet: InspectedSheet, selection: RangeRef | null): Extent {
  let rows = 0;
  let cols = 0;
  const grow = (r: RangeRef) => {
    rows = Math.max(rows, r.bottom);
    cols = Math.max(cols, r.right);
  };
  for (const a1 of Object.keys(sheet.cells)) grow(parseRange(a1));
  for (const m of sheet.merges) grow(parseRange(m));
  if (selection) grow(selection);
  return {
    rows: Math.min(MAX_SHOWN_ROWS, Math.max(MIN_ROWS, rows + 10)),
    cols: Math.min(MAX_SHOWN_COLS, Math.max(MIN_COLS, cols + 3)),
  };
}

/** Merged areas by their top-left cell, and the cells they cover. */
function mergeMaps(sheet: InspectedSheet): { spans: Map<string, RangeRef>; covered: Set<string> } {
  const spans = new Map<string, RangeRef>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    spans.set(cellA1(r.top, r.left), r);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(cellA1(row, col));
    }
  }
  return { spans, covered };
}

function cellAt(sheet: InspectedSheet, row: number, col: number): InspectedCell | undefined {
  return row >= 1 && col >= 1 ? sheet.cells[cellA1(row, col)] : undefined;
}

/** The line between a cell and its neighbour: the cell's own edge, else the neighbour's facing edge. */
function edge(own: BorderLine | undefined, facing: BorderLine | undefined): string | null {
  return cssLine(own) ?? cssLine(facing);
}

function headerCell(tag: 'th', text: string, scope: 'col' | 'row'): HTMLTableCellElement {
  const th = document.createElement(tag);
  th.scope = scope;
  th.textContent = text;
  return th;
}

function dataCell(sheet: InspectedSheet, row: number, col: number, span: RangeRef | undefined, selection: RangeRef | null): HTMLTableCellElement {
  const a1 = cellA1(row, col);
  const cell = sheet.cells[a1];
  const td = document.createElement('td');
  td.dataset.address = a1;
  const bottom = span ? span.bottom : row;
  const right = span ? span.right : col;
  if (span) {
    td.rowSpan = bottom - row + 1;
    td.colSpan = right - col + 1;
  }
  const value = cell?.value ?? '';
  td.textContent = displayText(value, cell?.format?.numberFormat);
  Object.assign(td.style, contentStyle(cell?.format, value));
  // Each cell draws its right and bottom lines; the first row and column also their top and left.
  const rightLine = edge(cellAt(sheet, row, right)?.format?.borderRight, cellAt(sheet, row, right + 1)?.format?.borderLeft);
  const bottomLine = edge(cellAt(sheet, bottom, col)?.format?.borderBottom, cellAt(sheet, bottom + 1, col)?.format?.borderTop);
  if (rightLine) td.style.borderRight = rightLine;
  if (bottomLine) td.style.borderBottom = bottomLine;
  if (row === 1 && cell?.format?.borderTop) td.style.borderTop = cssLine(cell.format.borderTop) ?? '';
  if (col === 1 && cell?.format?.borderLeft) td.style.borderLeft = cssLine(cell.format.borderLeft) ?? '';
  const note = sheet.notes[a1];
  if (note !== undefined) {
    td.classList.add('has-note');
    td.title = note;
  }
  if (selection && rangeContains(selection, row, col)) {
    td.classList.add('selected');
    if (row === selection.top && col === selection.left) {
      td.classList.add('active');
      td.setAttribute('aria-selected', 'true');
    }
  }
  td.tabIndex = selection && row === selection.top && col === selection.left ? 0 : -1;
  return td;
}

/** Replaces the table's contents with the sheet. `selection` is outlined (null: none shown). */
export function renderGrid(table: HTMLTableElement, sheet: InspectedSheet, selection: RangeRef | null, labels: GridLabels): void {
  const { rows, cols } = extentOf(sheet, selection);
  const { spans, covered } = mergeMaps(sheet);
  table.replaceChildren();
  table.setAttribute('aria-label', labels.caption);

  const colgroup = document.createElement('colgroup');
  colgroup.append(Object.assign(document.createElement('col'), { className: 'row-header-col' }));
  for (let c = 1; c <= cols; c++) {
    const col = document.createElement('col');
    col.style.width = `${pointsToPixels(sheet.columnWidths[colToLetters(c)] ?? DEFAULT_COLUMN_WIDTH)}px`;
    colgroup.append(col);
  }

  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  const corner = headerCell('th', '', 'col');
  corner.className = 'corner';
  corner.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: labels.corner }));
  headRow.append(corner);
  for (let c = 1; c <= cols; c++) {
    const th = headerCell('th', colToLetters(c), 'col');
    if (selection && c >= selection.left && c <= selection.right) th.classList.add('selected');
    headRow.append(th);
  }
  head.append(headRow);

  const body = document.createElement('tbody');
  for (let r = 1; r <= rows; r++) {
    const tr = document.createElement('tr');
    tr.style.height = `${pointsToPixels(sheet.rowHeights[String(r)] ?? DEFAULT_ROW_HEIGHT)}px`;
    const th = headerCell('th', String(r), 'row');
    if (selection && r >= selection.top && r <= selection.bottom) th.classList.add('selected');
    tr.append(th);
    for (let c = 1; c <= cols; c++) {
      const a1 = cellA1(r, c);
      if (covered.has(a1)) continue;
      tr.append(dataCell(sheet, r, c, spans.get(a1), selection));
    }
    body.append(tr);
  }
  table.append(colgroup, head, body);
}
