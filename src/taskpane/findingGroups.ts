/**
 * The findings list as the pane shows it: filtered by severity, grouped by sheet and form, each
 * group in cell order with errors first.
 */
import { parseCell } from '../core/address';
import { SEVERITY_ORDER, type Finding, type Severity } from '../core/findings';
import type { FoundForm } from './operations';

export type SeverityCounts = Record<Severity, number>;

export interface FindingGroup {
  /** Stable key: the sheet and the form index. */
  key: string;
  /** null: findings about the whole workbook. */
  sheet: string | null;
  /** The form the findings are about; null when outside every form. */
  form: FoundForm | null;
  findings: Finding[];
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The findings of the shown severities (all when `shown` is empty), grouped: the workbook's own
 * first, then sheets in the forms' order (sheets without a form after), each sheet's forms in order
 * and its findings outside any form last.
 */
export function groupFindings(findings: readonly Finding[], forms: readonly FoundForm[], shown: ReadonlySet<Severity>): FindingGroup[] {
  const sheetOrder = new Map<string, number>();
  forms.forEach((f) => {
    if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  });
  const groups = new Map<string, FindingGroup & { order: [number, number] }>();
  for (const f of findings) {
    if (shown.size > 0 && !shown.has(f.severity)) continue;
    const form = f.form !== null ? (forms[f.form] ?? null) : null;
    const sheet = f.sheet ?? form?.sheet ?? null;
    const formIndex = form ? (f.form as number) : -1;
    const key = `${sheet ?? ''}\u0000${formIndex}`;
    let group = groups.get(key);
    if (!group) {
      if (sheet !== null && !sheetOrder.has(sheet)) sheetOrder.set(sheet, forms.length + sheetOrder.size);
      const sheetRank = sheet === null ? -1 : (sheetOrder.get(sheet) as number);
      group = { key, sheet, form, findings: [], order: [sheetRank, form ? formIndex : Number.MAX_SAFE_INTEGER] };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  return [...groups.values()]
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map(({ order: _order, ...group }) => ({ ...group, findings: sortFindings(group.findings) }));
}

/** Errors, then warnings, then 提示; within a severity by row, then column; ties keep rule order. */
function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f, i) => ({ f, i, pos: cellPosition(f.cell) }));
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) ||
      a.pos[0] - b.pos[0] ||
      a.pos[1] - b.pos[1] ||
      a.i - b.i,
  );
  return keyed.map((k) => k.f);
}

function cellPosition(cell: string | null): [number, number] {
  if (!cell) return [0, 0];
  try {
    const ref = parseCell(cell);
    return [ref.row, ref.col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, 0];
  }
}
