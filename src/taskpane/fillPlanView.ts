/**
 * A 汇总 preview as the pane tells it: what it amounts to (the summary sheet, 项目支出, indicator
 * rows, converted amounts), its cells grouped by sheet, cell values as short text, and which cells
 * a refusal says changed since the preview.
 */
import { parseCell } from '../core/address';
import { PlanRefusedError } from '../core/errors';
import type { Strings } from '../i18n';
import type { CellAt, FillChange, FillPreview } from './operations';

/** Rule of the findings that are value conflicts between projects. */
export const VALUE_CONFLICT_RULE = 'fill.value-conflict';

/** Longest cell text shown in a change, in characters. */
const MAX_SHOWN = 60;

export interface FillCounts {
  /** Cells of the 项目支出汇总 sheet written. */
  summaryCells: number;
  /** The 项目支出 change, when the fill writes it. */
  expenditure: FillChange | null;
  /** Rows of the department's indicator table written with an indicator. */
  indicatorRows: number;
  /** 一级/二级 labels written. */
  labelCells: number;
  /** Rows of an earlier 汇总 emptied. */
  removedRows: number;
  /** Text amounts made numbers. */
  amounts: number;
}

function distinctRows(changes: readonly FillChange[]): number {
  return new Set(changes.map((c) => `${c.sheet}\u0000${parseCell(c.cell).row}`)).size;
}

export function fillCounts(preview: Pick<FillPreview, 'changes'>): FillCounts {
  const of = (kind: FillChange['kind']) => preview.changes.filter((c) => c.kind === kind);
  return {
    summaryCells: of('summary').length,
    expenditure: of('project-expenditure')[0] ?? null,
    indicatorRows: distinctRows(of('indicator')),
    labelCells: of('indicator-label').length,
    removedRows: distinctRows(of('indicator-removed')),
    amounts: of('amount').length,
  };
}

/** The lines saying what the fill amounts to, in the order it writes. */
export function fillSummaryLines(preview: FillPreview, strings: Strings): string[] {
  const t = strings.fill;
  const n = fillCounts(preview);
  const lines: string[] = [];
  if (n.summaryCells === 0) lines.push(t.summaryUnchanged(preview.summarySheet));
  else lines.push(preview.summaryIsNew ? t.summaryNew(preview.summarySheet, n.summaryCells) : t.summaryRefreshed(preview.summarySheet, n.summaryCells));
  if (n.expenditure) lines.push(t.expenditure(n.expenditure.sheet, n.expenditure.cell));
  if (n.indicatorRows > 0) {
    lines.push(preview.rowsInserted > 0 ? t.indicatorRowsInserted(n.indicatorRows, preview.rowsInserted) : t.indicatorRows(n.indicatorRows));
  }
  if (n.labelCells > 0) lines.push(t.indicatorLabels(n.labelCells));
  if (n.removedRows > 0) lines.push(t.removedRows(n.removedRows));
  if (n.amounts > 0) lines.push(t.amounts(n.amounts));
  return lines;
}

/** What 汇总 left undone, one line each. */
export function fillNoticeLines(preview: Pick<FillPreview, 'notices'>, strings: Strings): string[] {
  const t = strings.fill.notices;
  return preview.notices.map((n) => {
    switch (n.kind) {
      case 'expenditure-not-written':
        return n.reason === 'no-cell' ? t.noCell : t.amounts(n.sheets.map(strings.quoted).join(strings.listSeparator));
      case 'indicators-not-added':
        return t.noTable;
      case 'indicator-not-placed':
        return t.unplaced(n.sheet, n.cell, n.indicator);
    }
  });
}

export interface ChangeGroup {
  sheet: string;
  changes: FillChange[];
}

/** The changes by sheet, sheets in the order the plan first writes them. */
export function groupChanges(changes: readonly FillChange[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const c of changes) {
    let g = groups.get(c.sheet);
    if (!g) groups.set(c.sheet, (g = { sheet: c.sheet, changes: [] }));
    g.changes.push(c);
  }
  return [...groups.values()];
}

/** A cell's value as one short line of text ("（空）" when empty). */
export function shownValue(v: FillChange['before'], strings: Strings): string {
  if (v === '') return strings.fill.empty;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const flat = String(v).replace(/\s+/g, ' ').trim();
  if (flat === '') return strings.fill.empty;
  const chars = [...flat];
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : flat;
}

/** A change as "C5：（空） 改为 =项目支出汇总!E9（= 120）". */
export function changeText(c: FillChange, strings: Strings): string {
  const after =
    c.result !== undefined && typeof c.after === 'string' && c.after.startsWith('=')
      ? strings.fill.formulaResult(shownValue(c.after, strings), shownValue(c.result, strings))
      : shownValue(c.after, strings);
  return strings.fill.changeLabel(c.cell, shownValue(c.before, strings), after);
}

/** The cells a refusal says changed since the preview; null when it is another refusal or error. */
export function changedSincePreview(err: unknown): CellAt[] | null {
  if (!(err instanceof PlanRefusedError)) return null;
  const cells = err.violations.flatMap((v) => (v.kind === 'cellChanged' ? [{ sheet: v.sheet, cell: v.cell }] : []));
  return cells.length > 0 ? cells : null;
}
