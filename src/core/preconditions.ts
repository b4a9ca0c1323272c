/**
 * Checks a plan's preconditions against a snapshot. Both hosts call this before their first write:
 * the xlsx host on a snapshot of its in-memory workbook, the Office host on what it read (or on the
 * snapshot the command has just read in the same Excel.run).
 */
import { formatRange, parseCell, parseRange } from './address';
import type { Violation } from './errors';
import type { EditPlan, Precondition } from './plan';
import { cellValue, findSheet, type WorkbookSnapshot } from './snapshot';

export interface PreconditionResult {
  violations: Violation[];
  failed: Precondition[];
}

/** Sheets whose contents the check needs (for areaEmpty and cellsUnchanged). */
export function sheetsNeededFor(plan: EditPlan): string[] {
  const out = new Set<string>();
  for (const p of plan.preconditions) {
    if (p.kind === 'areaEmpty' || p.kind === 'cellsUnchanged') out.add(p.sheet);
  }
  return [...out];
}

export function checkPreconditions(plan: EditPlan, wb: WorkbookSnapshot): PreconditionResult {
  const violations: Violation[] = [];
  const failed: Precondition[] = [];
  const fail = (p: Precondition, v: Violation) => {
    violations.push(v);
    failed.push(p);
  };
  for (const p of plan.preconditions) {
    switch (p.kind) {
      case 'sheetAbsent':
        if (findSheet(wb, p.sheet)) fail(p, { kind: 'sheetExists', sheet: p.sheet });
        break;
      case 'sheetPresent':
        if (!findSheet(wb, p.sheet)) fail(p, { kind: 'sheetMissing', sheet: p.sheet });
        break;
      case 'sheetWritable': {
        const s = findSheet(wb, p.sheet);
        if (!s) fail(p, { kind: 'sheetMissing', sheet: p.sheet });
        else if (s.protected) fail(p, { kind: 'sheetProtected', sheet: s.name });
        break;
      }
      case 'structureWritable':
        if (wb.structureProtected) fail(p, { kind: 'structureProtected' });
        break;
      case 'areaEmpty': {
        const s = findSheet(wb, p.sheet);
        if (!s) {
          fail(p, { kind: 'sheetMissing', sheet: p.sheet });
          break;
        }
        const r = parseRange(p.address);
        const hit = firstOccupied(wb, s.name, r.top, r.left, r.bottom, r.right);
        if (hit) fail(p, { kind: 'cellOccupied', sheet: s.name, cell: hit.cell, value: hit.value });
        break;
      }
      case 'cellsUnchanged': {
        const s = findSheet(wb, p.sheet);
        if (!s) {
          fail(p, { kind: 'sheetMissing', sheet: p.sheet });
          break;
        }
        for (const [a1, expected] of Object.entries(p.cells)) {
          const c = parseCell(a1);
          const now = cellValue(s, c.row, c.col);
          const formula = s.formulas[formatRange({ top: c.row, left: c.col, bottom: c.row, right: c.col })];
          const sameFormula = (expected.formula ?? null) === (formula ?? null);
          const sameValue = expected.formula !== undefined || String(now) === String(expected.value);
          if (!sameFormula || !sameValue) {
            fail(p, { kind: 'cellChanged', sheet: s.name, cell: a1 });
            break;
          }
        }
        break;
      }
    }
  }
  return { violations, failed };
}

/** The first non-empty cell (row by row) of a rectangle, with its text. */
function firstOccupied(
  wb: WorkbookSnapshot,
  sheetName: string,
  top: number,
  left: number,
  bottom: number,
  right: number,
): { cell: string; value: string } | null {
  const s = findSheet(wb, sheetName)!;
  const rowFrom = Math.max(top, s.origin.row);
  const rowTo = Math.min(bottom, s.origin.row + s.values.length - 1);
  for (let row = rowFrom; row <= rowTo; row++) {
    for (let col = left; col <= right; col++) {
      const a1 = formatRange({ top: row, left: col, bottom: row, right: col });
      const v = cellValue(s, row, col);
      if (v !== '' || s.formulas[a1]) return { cell: a1, value: s.formulas[a1] ?? String(v) };
    }
  }
  return null;
}
