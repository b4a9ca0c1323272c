/**
 * The union of the project forms' indicators, as 汇总 puts it into the department form: one entry
 * per distinct 三级 name (compared without spaces and with full-width characters made half-width),
 * under the 一级/二级 of the hierarchy, with each project's 当年度指标值 as typed. Where projects give
 * different values, the value of the project with the largest 当年度金额 is kept.
 *
 * "As typed" is as the user sees it: a number in a percentage or date format is copied as its
 * displayed text (0.98 in a `0%` cell is copied as the text `98%`, which hosts write as text), so the
 * department's cell reads the same whatever its own number format; other numbers stay numbers.
 */
import { categoryOf } from '../hierarchy';
import { compactText, type ProjectForm, type ProjectIndicator } from '../forms';
import { cellText } from '../forms/normalize';
import { parseCell } from '../address';
import { displayValue, findSheet, type CellValue, type WorkbookSnapshot } from '../snapshot';
import type { IndicatorEntry } from '../rules/entries';

export interface ProjectRef {
  form: ProjectForm;
  formIndex: number;
  /** 项目名称, or the sheet's name when the form has none. */
  label: string;
  /** 当年度金额 in 万元, null when not readable. */
  amount: number | null;
}

export interface UnionSource {
  project: ProjectRef;
  /**
   * The 当年度指标值 as typed: a number in a percentage or date format as its displayed text
   * (`98%`), another number as a number; '' when blank.
   */
  value: CellValue;
  /** Its 三级 name cell (local A1 on the project's sheet). */
  nameCell: string;
  valueCell: string | null;
}

export interface UnionIndicator {
  /** The name as compared (compactText). */
  key: string;
  /** The 三级 name as the kept project typed it (trimmed). */
  name: string;
  category: string;
  subcategory: string;
  /** The value kept: from the project with the largest 当年度金额 among those giving one; '' when none does. */
  value: CellValue;
  keptFrom: UnionSource | null;
  /** Every project giving the indicator, in sheet and row order. */
  sources: UnionSource[];
  /** Projects give values that differ (compared as names are). */
  conflict: boolean;
}

export interface UnplacedIndicator {
  sheet: string;
  cell: string;
  indicator: string;
}

function valueOf(
  wb: WorkbookSnapshot,
  sheet: string,
  ind: ProjectIndicator,
): { value: CellValue; cell: string | null } {
  const cell = ind.annualTarget.cell;
  if (cell === null) return { value: '', cell: null };
  const s = findSheet(wb, sheet);
  if (!s) return { value: ind.annualTarget.text, cell };
  const at = parseCell(cell);
  const v = displayValue(s, at.row, at.col);
  return { value: typeof v === 'string' && v.trim() === '' ? '' : v, cell };
}

/** Compared as names are, so that `95% 以上` and `95%以上` agree. */
export function valueKey(v: CellValue): string {
  // Numbers compare by value: `1.50%` and `1.5%` agree.
  return compactText(cellText(v)).replace(/\d+(?:\.\d+)?/g, (n) => String(Number(n)));
}

function byAmount(a: UnionSource, b: UnionSource): number {
  return (b.project.amount ?? -Infinity) - (a.project.amount ?? -Infinity);
}

/**
 * The union of the projects' indicators (rows with a real 三级 name), in order of first appearance,
 * and the indicators whose 二级 is not one of the hierarchy (they have no place in the table).
 */
export function indicatorUnion(
  wb: WorkbookSnapshot,
  entries: readonly IndicatorEntry[],
  projects: readonly ProjectRef[],
): { union: UnionIndicator[]; unplaced: UnplacedIndicator[] } {
  const byForm = new Map(projects.map((p) => [p.formIndex, p]));
  type Group = { sources: UnionSource[]; placed: Map<UnionSource, { category: string; subcategory: string }> };
  const groups = new Map<string, Group>();
  const unplacedSources = new Map<string, UnplacedIndicator[]>();
  for (const e of entries) {
    const project = byForm.get(e.formIndex);
    const nameCell = e.indicator.name.cell;
    if (!project || e.nameState !== 'real' || e.unused || nameCell === null) continue;
    const key = compactText(e.name);
    const { value, cell } = valueOf(wb, project.form.sheet, e.indicator as ProjectIndicator);
    const source: UnionSource = { project, value, nameCell, valueCell: cell };
    const group: Group = groups.get(key) ?? { sources: [], placed: new Map() };
    // One source per project: a name repeated in a form (structure.duplicate) counts once.
    if (group.sources.some((s) => s.project === project)) continue;
    group.sources.push(source);
    const sub = e.indicator.subcategory.value;
    const spec = sub ? categoryOf(sub) : undefined;
    if (sub && spec) group.placed.set(source, { category: spec.name, subcategory: sub });
    else
      unplacedSources.set(key, [
        ...(unplacedSources.get(key) ?? []),
        { sheet: project.form.sheet, cell: nameCell, indicator: e.name },
      ]);
    groups.set(key, group);
  }

  const union: UnionIndicator[] = [];
  const unplaced: UnplacedIndicator[] = [];
  for (const [key, { sources, placed }] of groups) {
    const withValue = sources.filter((s) => s.value !== '');
    const kept = [...withValue].sort(byAmount)[0] ?? null;
    const placing = (kept && placed.get(kept)) ?? sources.map((s) => placed.get(s)).find((p) => p !== undefined);
    if (!placing) {
      unplaced.push(...(unplacedSources.get(key) ?? []));
      continue;
    }
    const named = kept ?? sources[0];
    const entry = entries.find(
      (e) => e.formIndex === named.project.formIndex && e.indicator.name.cell === named.nameCell,
    );
    union.push({
      key,
      name: entry ? entry.name : key,
      category: placing.category,
      subcategory: placing.subcategory,
      value: kept ? kept.value : '',
      keptFrom: kept,
      sources,
      conflict: new Set(withValue.map((s) => valueKey(s.value))).size > 1,
    });
  }
  return { union, unplaced };
}
