/**
 * Data validations over ExcelJS's model, which keys them by address. The host keeps one key per
 * cell (as ExcelJS itself does after loading a file); the writer squeezes equal neighbours back
 * into rectangles.
 */
import type { DataValidation, Worksheet } from 'exceljs';
import { cellA1, parseRange, rangeContains, type RangeRef } from '../../../core/address';
import { validationModel } from '../excel/internals';
import { shiftFormulaRows } from './formulaShift';

/** Excel's limit on a list typed into the validation dialog. */
export const MAX_LIST_FORMULA = 255;

function tryRange(a1: string): RangeRef | null {
  try {
    return parseRange(a1);
  } catch {
    return null;
  }
}

/**
 * Splits every range key into cell keys and drops emptied keys, so each cell has its own key.
 * A key that is not an address is left alone.
 */
function normalise(model: Record<string, DataValidation | undefined>): void {
  for (const key of Object.keys(model)) {
    const dv = model[key];
    if (!dv) {
      delete model[key];
      continue;
    }
    const areas = key.trim().split(/\s+/);
    if (areas.length === 1 && !areas[0].includes(':')) continue;
    const ranges = areas.map(tryRange);
    if (ranges.some((r) => r === null)) continue;
    delete model[key];
    for (const r of ranges as RangeRef[]) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) model[cellA1(row, col)] = dv;
      }
    }
  }
}

/** The list formula `"a,b,c"`. Throws when Excel could not hold it. */
export function listFormula(items: string[]): string {
  if (items.length === 0) throw new Error('a drop-down list needs at least one item');
  const bad = items.find((i) => i.includes(','));
  if (bad !== undefined) throw new Error(`a drop-down item cannot contain a comma: ${bad}`);
  const formula = `"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`;
  if (formula.length - 2 > MAX_LIST_FORMULA)
    throw new Error(`drop-down list longer than ${MAX_LIST_FORMULA} characters`);
  return formula;
}

export function setListValidation(ws: Worksheet, r: RangeRef, items: string[], strict: boolean): void {
  const model = validationModel(ws);
  normalise(model);
  const dv: DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(items)],
    showErrorMessage: strict,
  };
  if (strict) dv.errorStyle = 'stop';
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) model[cellA1(row, col)] = dv;
  }
}

export function clearValidation(ws: Worksheet, r: RangeRef): void {
  const model = validationModel(ws);
  normalise(model);
  for (const key of Object.keys(model)) {
    const c = tryRange(key);
    if (c && rangeContains(r, c.top, c.left)) delete model[key];
  }
}

function sameValidation(a: DataValidation | undefined, b: DataValidation | undefined): boolean {
  return a !== undefined && b !== undefined && (a === b || JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Validations move with their cells when rows are inserted before `at`; where the same validation
 * covers the cells just above and just below the insertion point, the new rows get it too (a
 * validated area straddling the insertion point grows, as in Excel). Formulas of validations that
 * refer to the sheet (a list from a range) move as formulas do.
 */
export function shiftValidations(ws: Worksheet, at: number, count: number): void {
  const model = validationModel(ws);
  normalise(model);
  // Keys that are not addresses ExcelJS could write are left as they are.
  const entries = Object.entries(model).flatMap(([key, dv]) => {
    const cell = tryRange(key);
    return cell && dv ? [{ key, cell, dv }] : [];
  });
  const byAddress = new Map(entries.map((e) => [cellA1(e.cell.top, e.cell.left), e.dv]));
  for (const e of entries) delete model[e.key];
  const moveFormulae = (dv: DataValidation): DataValidation =>
    dv.type === 'list' || dv.type === 'custom'
      ? {
          ...dv,
          formulae: dv.formulae.map((f) =>
            typeof f === 'string' && !f.startsWith('"') ? shiftFormulaRows(f, ws.name, ws.name, at, count) : f,
          ),
        }
      : dv;
  const moved = new Map<DataValidation, DataValidation>();
  const mv = (dv: DataValidation) => {
    let m = moved.get(dv);
    if (!m) moved.set(dv, (m = moveFormulae(dv)));
    return m;
  };
  for (const { cell, dv } of entries) {
    const row = cell.top >= at ? cell.top + count : cell.top;
    model[cellA1(row, cell.left)] = mv(dv);
  }
  if (at <= 1) return;
  const cols = new Set(entries.map((e) => e.cell.left));
  for (const col of cols) {
    const above = byAddress.get(cellA1(at - 1, col));
    const below = byAddress.get(cellA1(at, col));
    if (!sameValidation(above, below)) continue;
    for (let row = at; row < at + count; row++) model[cellA1(row, col)] = mv(above!);
  }
}
