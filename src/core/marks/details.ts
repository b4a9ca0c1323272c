/**
 * The cells whose fill and note marking needs, for hosts that cannot read every fill at once
 * (Office before ExcelApi 1.9): the command reads these in one more round trip and merges them in.
 */
import { parseRange, formatRange } from '../address';
import type { Finding } from '../findings';
import { findSheet, knownFill, knownNote, type WorkbookSnapshot } from '../snapshot';
import { locateMark, readMarkStore } from './store';

/**
 * Cells (by sheet, local A1) whose fill or note `planMarks` (with `findings`) or `planClearMarks`
 * (`findings` null) needs and the snapshot lacks; null when it has them all.
 */
export function missingMarkDetails(
  wb: WorkbookSnapshot,
  findings: readonly Finding[] | null,
): Record<string, string[]> | null {
  const out = new Map<string, { sheet: string; cells: Set<string> }>();
  const need = (sheetName: string, cell: string) => {
    const sheet = findSheet(wb, sheetName);
    if (!sheet || sheet.protected) return;
    const fill = knownFill(sheet, cell);
    const note = wb.capabilities.notes ? knownNote(wb, sheet, cell) : null;
    if (fill !== undefined && note !== undefined) return;
    const entry = out.get(sheet.name.toLowerCase()) ?? { sheet: sheet.name, cells: new Set<string>() };
    entry.cells.add(cell);
    out.set(sheet.name.toLowerCase(), entry);
  };
  for (const m of readMarkStore(wb)?.marks ?? []) {
    const at = locateMark(wb, m.name);
    if (at) need(at.sheet.name, at.cell);
  }
  for (const f of findings ?? []) {
    if (f.severity === 'info' || f.sheet === null || f.cell === null) continue;
    try {
      const r = parseRange(f.cell);
      need(f.sheet, formatRange({ top: r.top, left: r.left, bottom: r.top, right: r.left }));
    } catch {
      // planMarks reports it.
    }
  }
  if (out.size === 0) return null;
  return Object.fromEntries([...out.values()].map((e) => [e.sheet, [...e.cells]]));
}

/** The snapshot with the fills and notes another read found (of the same workbook) merged in. */
export function withCellDetails(wb: WorkbookSnapshot, details: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      const d = findSheet(details, s.name);
      if (!d || (!d.fills && !d.notes)) return s;
      return {
        ...s,
        fills: { ...(s.fills ?? {}), ...(d.fills ?? {}) },
        notes: d.notes || s.notes ? { ...(s.notes ?? {}), ...(d.notes ?? {}) } : undefined,
      };
    }),
  };
}
