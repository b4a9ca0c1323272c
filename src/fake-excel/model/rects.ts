/** Rectangle arithmetic for merges and validations. */
import { rangesIntersect, type RangeRef } from '../../core/address';

export function sameRect(a: RangeRef, b: RangeRef): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function containsRect(outer: RangeRef, inner: RangeRef): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/** The parts of `a` outside `b` (at most four rectangles). */
export function subtractRect(a: RangeRef, b: RangeRef): RangeRef[] {
  if (!rangesIntersect(a, b)) return [a];
  const out: RangeRef[] = [];
  if (a.top < b.top) out.push({ top: a.top, bottom: b.top - 1, left: a.left, right: a.right });
  if (a.bottom > b.bottom) out.push({ top: b.bottom + 1, bottom: a.bottom, left: a.left, right: a.right });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

export function rectCells(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
