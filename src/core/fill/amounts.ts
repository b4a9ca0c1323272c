/**
 * The project forms' amounts as 汇总 uses them: where each sits, in which unit the cell is written,
 * the reference a formula makes to it, and the number a text amount (`18.24万元`) becomes.
 */
import { sheetAddress } from '../address';
import type { AmountUnit, Field, TargetForm } from '../forms';
import { labelUnit } from '../forms/normalize';
import { parseCell } from '../address';
import { cellValue, type CellValue, type SheetSnapshot } from '../snapshot';

export interface AmountSource {
  sheet: string;
  /** The value cell (local A1); null when the form has no place for the amount. */
  cell: string | null;
  /** The unit numbers in the cell are in (the label's, else the form's 金额单位). */
  unit: AmountUnit;
  /** The amount in 万元; null when the cell is empty or not an amount. */
  value: number | null;
  raw: CellValue;
  formula?: string;
  /** The number a text amount becomes in its cell (in the cell's unit); null when it stays. */
  conversion: number | null;
}

/** Most decimals an amount keeps (万元 from 元 needs 4 more than 元's 2). */
const MAX_DECIMALS = 8;

/** Decimals a number needs (0 for integers, at most 8). */
export function decimalsOf(n: number): number {
  for (let d = 0; d < MAX_DECIMALS; d++) if (Math.abs(roundTo(n, d) - n) < 1e-9) return d;
  return MAX_DECIMALS;
}

export function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r;
}

/** The sum of amounts, rounded to the most decimals among them (no binary noise: 34.35, not 34.349999…). */
export function sumAmounts(values: readonly number[]): number {
  const d = values.reduce((m, v) => Math.max(m, decimalsOf(v)), 0);
  return roundTo(
    values.reduce((s, v) => s + v, 0),
    d,
  );
}

/** A number in 万元 written in a cell of `unit`. */
export function inUnit(wan: number, unit: AmountUnit): number {
  return unit === '元' ? roundTo(wan * 10000, Math.max(0, decimalsOf(wan) - 4)) : wan;
}

export function amountSource(sheet: SheetSnapshot, form: TargetForm, field: Field<number>): AmountSource {
  const label = field.labelCell ? parseCell(field.labelCell) : null;
  const unit = (label && labelUnit(String(cellValue(sheet, label.row, label.col)))) || form.amountUnit;
  if (field.cell === null)
    return { sheet: sheet.name, cell: null, unit, value: field.value, raw: '', conversion: null };
  const at = parseCell(field.cell);
  const raw = cellValue(sheet, at.row, at.col);
  const formula = sheet.formulas[field.cell];
  const conversion =
    typeof raw === 'string' && formula === undefined && field.value !== null ? inUnit(field.value, unit) : null;
  return {
    sheet: sheet.name,
    cell: field.cell,
    unit,
    value: field.value,
    raw,
    ...(formula !== undefined ? { formula } : {}),
    conversion,
  };
}

/** A formula (with "=") giving the amount in 万元, and the value it computes once text amounts are converted. */
export function amountFormula(src: AmountSource): { formula: string; result: CellValue } | null {
  if (src.cell === null) return null;
  const ref = sheetAddress(src.sheet, src.cell);
  const formula = src.unit === '元' ? `=${ref}/10000` : `=${ref}`;
  if (src.value !== null) return { formula, result: src.value };
  // An empty cell counts as 0; text that is no amount shows as it is (or fails to divide).
  if (src.raw === '') return { formula, result: 0 };
  return { formula, result: src.unit === '元' ? '#VALUE!' : src.raw };
}
