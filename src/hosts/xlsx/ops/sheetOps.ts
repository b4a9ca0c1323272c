// Sheets: finding, adding, deleting, hiding, and which one is active.
import type { Workbook, WorkbookView, Worksheet } from 'exceljs';
import { parseRange, cellA1 } from '../../../core/address';
import { assertSheetName } from '../../../core/sheetName';
import { dropNamesOnSheet } from './definedNames';

/** The sheet of that name (case-insensitive, as Excel compares). Throws when there is none. */
export function findWorksheet(wb: Workbook, name: string): Worksheet {
  const lower = name.toLowerCase();
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === lower);
  if (!ws) throw new Error(`no sheet named ${name}`);
  return ws;
}

function bookView(wb: Workbook): WorkbookView {
  if (!wb.views || wb.views.length === 0) {
    wb.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  }
  return wb.views[0];
}

/** Makes the sheet at `index` the active one: the book view's tab and each sheet's tab selection. */
function setActiveTab(wb: Workbook, index: number): void {
  const view = bookView(wb);
  view.activeTab = index;
  if ((view.firstSheet ?? 0) > index) view.firstSheet = index;
  wb.worksheets.forEach((ws, i) => {
    if (!ws.views || ws.views.length === 0) {
      if (i !== index) return;
      ws.views = [{ state: 'normal' } as Worksheet['views'][number]];
    }
    (ws.views[0] as { tabSelected?: boolean }).tabSelected = i === index;
  });
}

/** After a sheet was hidden or removed: the active tab moves to a visible sheet if it must. */
function keepActiveTabVisible(wb: Workbook): void {
  const sheets = wb.worksheets;
  const active = wb.views?.[0]?.activeTab ?? 0;
  if (sheets[active] && sheets[active].state === 'visible') return;
  const first = sheets.findIndex((s) => s.state === 'visible');
  if (first >= 0) setActiveTab(wb, first);
}

export function addSheet(wb: Workbook, name: string): void {
  assertSheetName(name);
  wb.addWorksheet(name);
}

export function deleteSheet(wb: Workbook, name: string): void {
  const ws = findWorksheet(wb, name);
  if (!wb.worksheets.some((s) => s !== ws && s.state === 'visible')) {
    throw new Error(`cannot delete ${ws.name}: a workbook needs a visible sheet`);
  }
  const index = wb.worksheets.indexOf(ws);
  const active = wb.views?.[0]?.activeTab ?? 0;
  wb.removeWorksheet(ws.id);
  dropNamesOnSheet(wb, ws.name);
  if (wb.views?.[0]) setActiveTab(wb, active > index ? active - 1 : Math.min(active, wb.worksheets.length - 1));
  keepActiveTabVisible(wb);
}

export function setVisibility(wb: Workbook, name: string, visibility: 'visible' | 'hidden' | 'veryHidden'): void {
  const ws = findWorksheet(wb, name);
  if (visibility !== 'visible' && !wb.worksheets.some((s) => s !== ws && s.state === 'visible')) {
    throw new Error(`cannot hide ${ws.name}: a workbook needs a visible sheet`);
  }
  ws.state = visibility;
  keepActiveTabVisible(wb);
}

/**
 * Makes the sheet active and selects `select` on it. ExcelJS writes a single active cell, so a
 * range selection is kept as its top-left cell.
 */
export function activate(wb: Workbook, name: string, select?: string): void {
  const ws = findWorksheet(wb, name);
  if (ws.state !== 'visible') throw new Error(`cannot activate the hidden sheet ${ws.name}`);
  setActiveTab(wb, wb.worksheets.indexOf(ws));
  if (select) {
    const r = parseRange(select);
    (ws.views[0] as { activeCell?: string }).activeCell = cellA1(r.top, r.left);
  }
}
