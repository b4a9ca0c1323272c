/**
 * The one read before a write: the sheet list with protection, the workbook's structure
 * protection, the values and formulas of exactly the areas the preconditions name, and whether the
 * notes and names the plan changes exist (so that it adds or replaces without asking again).
 * One sync; only when a named sheet is missing (the batch then fails with ItemNotFound) a second
 * sync reads the sheet list alone, which is enough to refuse the plan.
 */
import { formatRange, parseCell, parseRange, type RangeRef } from '../../core/address';
import type { EditPlan } from '../../core/plan';
import { checkPreconditions } from '../../core/preconditions';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { snapshotCapabilities, type OfficeCapabilities } from './capabilities';
import { isOfficeError } from './excelApi';
import type { PlanBase, PlanNeeds } from './planState';
import { collectSheetList, queueSheetList } from './sheetList';

export interface PlanRead {
  snapshot: WorkbookSnapshot;
  base: PlanBase;
}

interface AreaRead {
  sheet: string;
  rect: RangeRef;
  range: Excel.Range;
}

/** Every area the preconditions look at, by sheet. */
function areasOf(plan: EditPlan): { sheet: string; rect: RangeRef }[] {
  const out: { sheet: string; rect: RangeRef }[] = [];
  for (const p of plan.preconditions) {
    if (p.kind === 'areaEmpty') out.push({ sheet: p.sheet, rect: parseRange(p.address) });
    if (p.kind === 'cellsUnchanged') {
      for (const a1 of Object.keys(p.cells)) {
        const c = parseCell(a1);
        out.push({ sheet: p.sheet, rect: { top: c.row, left: c.col, bottom: c.row, right: c.col } });
      }
    }
  }
  return out;
}

/** Puts the areas read on one sheet into a snapshot grid covering all of them. */
function fillAreas(sheet: SheetSnapshot, areas: AreaRead[]): void {
  const top = Math.min(...areas.map((a) => a.rect.top));
  const left = Math.min(...areas.map((a) => a.rect.left));
  const bottom = Math.max(...areas.map((a) => a.rect.bottom));
  const right = Math.max(...areas.map((a) => a.rect.right));
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) values.push(new Array<CellValue>(right - left + 1).fill(''));
  for (const a of areas) {
    const v = a.range.values as CellValue[][];
    const f = a.range.formulas as unknown[][];
    v.forEach((line, i) =>
      line.forEach((value, j) => {
        const row = a.rect.top + i;
        const col = a.rect.left + j;
        values[row - top][col - left] = value ?? '';
        const formula = f[i][j];
        if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) {
          sheet.formulas[formatRange({ top: row, left: col, bottom: row, right: col })] = formula;
        }
      }),
    );
  }
  sheet.read = true;
  sheet.origin = { row: top, col: left };
  sheet.values = values;
}

export async function readForPlan(
  context: Excel.RequestContext,
  caps: OfficeCapabilities,
  plan: EditPlan,
  needs: PlanNeeds,
): Promise<PlanRead> {
  const listing = queueSheetList(context, needs.names, false);
  const areas: AreaRead[] = areasOf(plan).map(({ sheet, rect }) => {
    const range = context.workbook.worksheets.getItem(sheet).getRange(formatRange(rect));
    range.load('values,formulas');
    return { sheet, rect, range };
  });
  const notes = new Map<string, Excel.Note>();
  for (const [sheet, cells] of needs.notes) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const a1 of cells) {
      const note = ws.notes.getItemOrNullObject(a1);
      note.load('content');
      notes.set(`${sheet.toLowerCase()}!${a1}`, note);
    }
  }
  try {
    await context.sync();
  } catch (e) {
    if (!isOfficeError(e) || e.code !== 'ItemNotFound') throw e;
    // A sheet the plan names is missing: the sheet list alone shows which, and refuses the plan.
    const again = queueSheetList(context, needs.names, false);
    await context.sync();
    const l = collectSheetList(again);
    const snapshot: WorkbookSnapshot = {
      sheets: l.sheets,
      structureProtected: l.structureProtected,
      capabilities: snapshotCapabilities(caps),
    };
    if (checkPreconditions(plan, snapshot).violations.length === 0) throw e;
    return { snapshot, base: { note: () => undefined, name: () => undefined } };
  }
  const l = collectSheetList(listing);
  const bySheet = new Map<string, AreaRead[]>();
  for (const a of areas) {
    const key = a.sheet.toLowerCase();
    bySheet.set(key, [...(bySheet.get(key) ?? []), a]);
  }
  for (const sheet of l.sheets) {
    const found = bySheet.get(sheet.name.toLowerCase());
    if (found) fillAreas(sheet, found);
  }
  const snapshot: WorkbookSnapshot = {
    sheets: l.sheets,
    structureProtected: l.structureProtected,
    capabilities: snapshotCapabilities(caps),
  };
  const names = l.names ? new Set(Object.keys(l.names).map((n) => n.toLowerCase())) : null;
  if (l.names) snapshot.names = l.names;
  return {
    snapshot,
    base: {
      note: (sheet, row, col) => {
        const n = notes.get(`${sheet.toLowerCase()}!${formatRange({ top: row, left: col, bottom: row, right: col })}`);
        return n ? !n.isNullObject : undefined;
      },
      name: (name) => (names ? names.has(name.toLowerCase()) : undefined),
    },
  };
}

/**
 * The same knowledge from a snapshot the caller has just read, or null when it lacks something
 * the plan needs (a sheet whose contents were not read, names not read, note cells not asked).
 */
export function baseFromSnapshot(snapshot: WorkbookSnapshot, plan: EditPlan, needs: PlanNeeds): PlanBase | null {
  const find = (name: string) => snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  for (const { sheet } of areasOf(plan)) {
    const s = find(sheet);
    if (s && !s.read) return null;
  }
  if (needs.names && !snapshot.names) return null;
  for (const [sheet, cells] of needs.notes) {
    const s = find(sheet);
    // The read lists every cell it was asked about in `fills` (every cell: allDetails); only those have a known note.
    if (s && (!snapshot.capabilities.notes || (!s.allDetails && [...cells].some((a1) => !s.fills || !(a1 in s.fills))))) {
      return null;
    }
  }
  const names = snapshot.names ? new Set(Object.keys(snapshot.names).map((n) => n.toLowerCase())) : null;
  return {
    note: (sheet, row, col) => {
      const s = find(sheet);
      const a1 = formatRange({ top: row, left: col, bottom: row, right: col });
      if (!s) return undefined;
      if (s.allDetails && snapshot.capabilities.notes) return !!s.notes && a1 in s.notes;
      if (!s.fills || !(a1 in s.fills)) return undefined;
      return !!s.notes && a1 in s.notes;
    },
    name: (name) => (names ? names.has(name.toLowerCase()) : undefined),
  };
}
