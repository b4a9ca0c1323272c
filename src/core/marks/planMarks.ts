/**
 * 审核 → mark: the plan that writes findings onto their cells. It clears the marks already there
 * first (restoring the true originals, never stacking marks), then writes the store, the names and
 * the new marks, in that order, so that a failure part way never leaves a mark without its record.
 * Errors get a light red fill, warnings a light yellow one, both a note with their messages where
 * the host has notes; info findings are not marked. Values are never touched.
 */
import { formatRange, parseRange, quoteSheetName } from '../address';
import type { Finding } from '../findings';
import { isOwnSheet } from '../forms';
import type { EditOp, EditPlan, Precondition } from '../plan';
import { findSheet, knownFill, knownNote, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { MARK_FILLS, markNoteText, type MarkSeverity } from './colours';
import { cellKey, sortOutPreviousMarks, type CellAt, type KeptMark } from './previous';
import { markName, MAX_CELL_TEXT, storeRow, type StoredMark } from './store';
import { removeStore, writeStore } from './storeWrite';

/** Why a finding's cell was not marked (besides a protected sheet). */
export type MarkSkipReason =
  /** The finding names a sheet the workbook does not have. */
  | 'sheet-missing'
  /** An earlier mark on the cell must stay (see KeptMark) and is not stacked on. */
  | 'previous-mark-kept'
  /** No store can be added: the workbook's structure is protected. */
  | 'structure-protected'
  /** The cell's note is longer than the store can record. */
  | 'note-too-long';

export interface MarkPlanResult {
  plan: EditPlan;
  /** Cells the plan marks. */
  marked: CellAt[];
  /** Cells with error or warning findings on protected sheets: listed, not marked. */
  unmarkedProtected: CellAt[];
  skipped: (CellAt & { reason: MarkSkipReason })[];
  /** Whether the marks carry notes (false where the host has none: fill only). */
  notes: boolean;
  /** What became of the marks already in the workbook. */
  previous: {
    restored: CellAt[];
    leftAsUserChanged: CellAt[];
    kept: KeptMark[];
    gone: number;
  };
}

interface Target extends CellAt {
  snapshot: SheetSnapshot;
  findings: Finding[];
}

function topLeft(a1: string): string | null {
  try {
    const r = parseRange(a1);
    return formatRange({ top: r.top, left: r.left, bottom: r.top, right: r.left });
  } catch {
    return null;
  }
}

function severityOf(findings: Finding[]): MarkSeverity {
  return findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
}

function pushUnique(list: CellAt[], at: CellAt): void {
  if (!list.some((x) => cellKey(x.sheet, x.cell) === cellKey(at.sheet, at.cell))) list.push(at);
}

/**
 * The plan that marks `findings` on the workbook. The snapshot must hold the defined names, the
 * store sheet's contents, and the fills and notes of the cells to mark and of the cells already
 * marked (`cellDetails: 'all'`, or the cells `missingMarkDetails` names).
 */
export function planMarks(wb: WorkbookSnapshot, findings: readonly Finding[]): MarkPlanResult {
  const previous = sortOutPreviousMarks(wb);
  const keptAt = new Set(previous.kept.map((k) => cellKey(k.sheet, k.cell)));
  const unmarkedProtected: CellAt[] = [];
  const skipped: MarkPlanResult['skipped'] = [];
  const targets = new Map<string, Target>();
  for (const f of findings) {
    if (f.severity === 'info' || f.sheet === null || f.cell === null) continue;
    const sheet = findSheet(wb, f.sheet);
    const cell = topLeft(f.cell);
    if (!sheet || cell === null || isOwnSheet(sheet.name)) {
      if (!skipped.some((s) => cellKey(s.sheet, s.cell) === cellKey(f.sheet!, f.cell!))) {
        skipped.push({ sheet: f.sheet, cell: f.cell, reason: 'sheet-missing' });
      }
      continue;
    }
    const at = { sheet: sheet.name, cell };
    if (sheet.protected) {
      pushUnique(unmarkedProtected, at);
      continue;
    }
    const key = cellKey(sheet.name, cell);
    if (keptAt.has(key)) {
      if (!skipped.some((s) => cellKey(s.sheet, s.cell) === key)) skipped.push({ ...at, reason: 'previous-mark-kept' });
      continue;
    }
    const t = targets.get(key) ?? { ...at, snapshot: sheet, findings: [] };
    t.findings.push(f);
    targets.set(key, t);
  }

  const notes = wb.capabilities.notes;
  const taken = new Set(previous.kept.map((k) => k.mark.name.toLowerCase()));
  let next = 1;
  const fresh: StoredMark[] = [];
  for (const t of targets.values()) {
    const severity = severityOf(t.findings);
    const restored = previous.originals.get(cellKey(t.sheet, t.cell));
    const originalFill = restored ? restored.fill : knownFill(t.snapshot, t.cell);
    if (originalFill === undefined) throw new RangeError(`the fill of ${t.sheet}!${t.cell} was not read`);
    let note: StoredMark['note'] = null;
    if (notes) {
      const original = restored?.note !== undefined ? restored.note : knownNote(wb, t.snapshot, t.cell);
      if (original === undefined) throw new RangeError(`the note of ${t.sheet}!${t.cell} was not read`);
      note = { original, text: markNoteText(t.findings) };
    }
    while (taken.has(markName(next).toLowerCase())) next++;
    const mark: StoredMark = {
      name: markName(next++),
      sheet: t.sheet,
      cell: t.cell,
      severity,
      originalFill,
      fill: MARK_FILLS[severity],
      note,
    };
    if (storeRow(mark).some((v) => typeof v === 'string' && v.length > MAX_CELL_TEXT)) {
      skipped.push({ sheet: t.sheet, cell: t.cell, reason: 'note-too-long' });
      next--;
      continue;
    }
    fresh.push(mark);
  }

  const preconditions: Precondition[] = [...previous.preconditions];
  const ops: EditOp[] = [...previous.ops];
  ops.push(...previous.namesToDelete.map((name): EditOp => ({ kind: 'deleteName', name })));
  const keptMarks = previous.kept.map((k) => k.mark);
  let marked: StoredMark[] = [];
  if (fresh.length === 0 && keptMarks.length === 0) {
    if (previous.store) {
      const removal = removeStore(wb, previous.store);
      preconditions.push(...removal.preconditions);
      ops.push(...removal.ops);
    }
  } else {
    const write = writeStore(wb, previous.store, [...keptMarks, ...fresh]);
    if (write) {
      marked = fresh;
      preconditions.push(...write.preconditions);
      ops.push(...write.ops);
      for (const m of fresh)
        ops.push({ kind: 'addName', name: m.name, ref: `${quoteSheetName(m.sheet)}!${absolute(m.cell)}` });
      const sheets = new Set<string>();
      for (const m of fresh) {
        if (!sheets.has(m.sheet.toLowerCase())) {
          sheets.add(m.sheet.toLowerCase());
          preconditions.push({ kind: 'sheetWritable', sheet: m.sheet });
        }
        ops.push({ kind: 'style', sheet: m.sheet, address: m.cell, style: { fill: m.fill } });
        if (m.note) ops.push({ kind: 'note', sheet: m.sheet, cell: m.cell, text: m.note.text });
      }
    } else {
      for (const m of fresh) skipped.push({ sheet: m.sheet, cell: m.cell, reason: 'structure-protected' });
    }
  }
  return {
    plan: { preconditions: dedupe(preconditions), ops },
    marked: marked.map((m) => ({ sheet: m.sheet, cell: m.cell })),
    unmarkedProtected,
    skipped,
    notes,
    previous: {
      restored: previous.restored,
      leftAsUserChanged: previous.leftAsUserChanged,
      kept: previous.kept,
      gone: previous.gone,
    },
  };
}

/** "E12" → "$E$12". */
function absolute(cell: string): string {
  return cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

function dedupe(list: Precondition[]): Precondition[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = JSON.stringify(p).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
