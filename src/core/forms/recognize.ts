/**
 * Recognising forms in a workbook snapshot by their labels, wherever they sit on a sheet.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { buildForm } from './buildForm';
import { SheetGrid } from './grid';
import { findIndicatorTable } from './indicatorHeader';
import { kindOfTitle, type FormKind } from './labels';
import { findSegments, type Segment } from './segments';
import type { IndicatorTableLayout, OtherSheetReason, TargetForm, WorkbookRecognition } from './types';

/** Sheets the add-in creates: 项目支出汇总 and 导入说明. */
export const OWN_SHEET_NAMES: readonly string[] = ['项目支出汇总', '导入说明'];
/** The very hidden sheet that keeps the add-in's records starts with this. */
export const STORE_SHEET_PREFIX = 'jixiao_';

/** Whether the add-in created this sheet (compared case-insensitively). */
export function isOwnSheet(name: string): boolean {
  const lower = name.toLowerCase();
  return OWN_SHEET_NAMES.some((n) => n.toLowerCase() === lower) || lower.startsWith(STORE_SHEET_PREFIX);
}

/** Labels needed on separate rows for a band to count as a form (one with an indicator table). */
const MIN_LABEL_ROWS = 3;

/** The kind of form the band holds (null: none), with its indicator table when it has one. */
function kindOf(grid: SheetGrid, seg: Segment): { kind: FormKind; table: IndicatorTableLayout | null } | null {
  const rows: Record<FormKind, Set<number>> = { department: new Set(), project: new Set() };
  let firstLabel: FormKind | null = null;
  for (const row of grid.nonEmptyRows(seg.top, seg.bottom)) {
    const cells = grid.cells(row);
    for (let i = 0; i < cells.length; i++) {
      const label = cells[i].label;
      if (label.department) rows.department.add(row);
      if (label.project) rows.project.add(row);
      firstLabel ??= label.first;
    }
  }
  const d = rows.department.size;
  const p = rows.project.size;
  const kind =
    firstLabel ?? (seg.title ? kindOfTitle(seg.title.text) : null) ?? (d > p ? 'department' : p > d ? 'project' : null);
  if (!kind) return null;
  const labelRows = rows[kind].size;
  const table = findIndicatorTable(grid, kind, seg.top, seg.bottom);
  return labelRows >= MIN_LABEL_ROWS || (table !== null && labelRows >= 1) ? { kind, table } : null;
}

/**
 * The forms on one sheet, top to bottom, from its values alone (merges, when known, only refine
 * where an empty value belongs). The sheet's name and visibility are not looked at.
 */
export function recognizeSheet(sheet: SheetSnapshot): TargetForm[] {
  return formsOf(new SheetGrid(sheet));
}

function formsOf(grid: SheetGrid): TargetForm[] {
  if (grid.isEmpty()) return [];
  const forms: TargetForm[] = [];
  for (const seg of findSegments(grid)) {
    const found = kindOf(grid, seg);
    if (found) forms.push(buildForm(grid, seg, found.kind, found.table));
  }
  return forms;
}

/** Why the sheet is not looked into (an empty sheet is found out once its grid is built). */
function otherReason(sheet: SheetSnapshot): OtherSheetReason | null {
  if (isOwnSheet(sheet.name)) return 'ours';
  if (sheet.visibility !== 'visible') return 'hidden';
  if (!sheet.read) return 'not-read';
  return null;
}

/**
 * Every form of the workbook's visible sheets, and why each other sheet holds none. Our own sheets
 * (项目支出汇总, 导入说明, the `jixiao_` store) are left alone.
 */
export function recognizeWorkbook(wb: WorkbookSnapshot): WorkbookRecognition {
  const result: WorkbookRecognition = { forms: [], otherSheets: [] };
  const sheets = [...wb.sheets].sort((a, b) => a.index - b.index);
  for (const sheet of sheets) {
    const reason = otherReason(sheet);
    if (reason) {
      result.otherSheets.push({ sheet: sheet.name, reason });
      continue;
    }
    const grid = new SheetGrid(sheet);
    if (grid.isEmpty()) {
      result.otherSheets.push({ sheet: sheet.name, reason: 'empty' });
      continue;
    }
    const forms = formsOf(grid);
    if (forms.length === 0) result.otherSheets.push({ sheet: sheet.name, reason: 'not-a-form' });
    result.forms.push(...forms);
  }
  return result;
}
