/**
 * A sheet's used range: the smallest rectangle holding every cell with a value or formula, and,
 * unless only values count, every formatted cell and merged area.
 */
import type { RangeRef } from '../../core/address';
import { keyCol, keyRow, type SheetModel } from './sheet';

export function usedRect(sheet: SheetModel, valuesOnly: boolean): RangeRef | null {
  let r: RangeRef | null = null;
  const grow = (top: number, left: number, bottom: number, right: number) => {
    if (!r) r = { top, left, bottom, right };
    else {
      r = {
        top: Math.min(r.top, top),
        left: Math.min(r.left, left),
        bottom: Math.max(r.bottom, bottom),
        right: Math.max(r.right, right),
      };
    }
  };
  for (const [key, c] of sheet.cells) {
    const hasValue = c.value !== '' || c.formula !== undefined;
    const hasFormat = !!c.format && Object.keys(c.format).length > 0;
    if (hasValue || (!valuesOnly && hasFormat)) grow(keyRow(key), keyCol(key), keyRow(key), keyCol(key));
  }
  if (!valuesOnly) for (const m of sheet.merges) grow(m.top, m.left, m.bottom, m.right);
  return r;
}
