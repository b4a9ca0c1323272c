/**
 * The department's 绩效指标 table after 汇总: the projects' indicators it lacks are added; rows an
 * earlier 汇总 wrote (its record) are updated, or emptied when no project gives them any more; rows
 * the user wrote are never changed. A user row with the name of a project indicator keeps its
 * value, and a project value that differs is reported, as are projects that disagree (the value of
 * the project with the largest 当年度金额 is kept).
 */
import { cellA1, parseCell, quoteSheetName } from '../address';
import { compactText, type DepartmentForm } from '../forms';
import { cellText } from '../forms/normalize';
import type { Finding } from '../findings';
import type { EditOp } from '../plan';
import type { IndicatorEntry } from '../rules/entries';
import { valueConflictFinding } from '../rules/fill/valueConflict';
import { cellValue, displayValue, findSheet, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { sameCellValue } from './compare';
import type { UnionIndicator } from './indicatorUnion';
import { valueKey } from './indicatorUnion';
import { planPlacement, type RowEdit } from './placement';
import { isFillName, locateRecord, rowName, type FillStore, type StoredRow } from './store';
import { foundTable, tableBlocks } from './tableBlocks';
import type { FillChange } from './types';
import type { WatchedCells } from './watch';

/** Where the department's own value comes from in a conflict message. */
export const DEPARTMENT_SOURCE = '部门';

export interface IndicatorPlan {
  ops: EditOp[];
  changes: FillChange[];
  findings: Finding[];
  /** The records of the rows of ours after the plan (kept, then new). */
  rows: StoredRow[];
  /** Names to add (new rows) and delete (rows emptied or no longer ours, stray names). */
  addNames: { name: string; ref: string }[];
  deleteNames: string[];
}

interface OurRow {
  record: StoredRow;
  row: number;
}

/** The cell holds `v`, as its value or as the user sees it: 0.98 in a `0%` cell holds `98%`. */
function holds(sheet: SheetSnapshot, row: number, col: number, v: CellValue): boolean {
  return sameCellValue(cellValue(sheet, row, col), v) || sameCellValue(displayValue(sheet, row, col), v);
}

/** The row holds the value 汇总 writes now for the record's indicator. */
function holdsUnionValue(
  sheet: SheetSnapshot,
  row: number,
  col: number,
  record: StoredRow,
  union: readonly UnionIndicator[],
): boolean {
  const key = compactText(record.indicator);
  const u = union.find((x) => x.key === key);
  return u !== undefined && holds(sheet, row, col, u.value);
}

/** "$D$50" */
function absolute(row: number, col: number): string {
  return cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
}

/**
 * The rows of ours still as written (name and value): the others became the user's (edited) or are
 * gone (row deleted), and are forgotten. A row holding what 汇总 writes now, or no value, counts as
 * written too: an interrupted 汇总 may have updated the row without recording the new value, or
 * written its name and not yet its value.
 */
function ourRows(
  wb: WorkbookSnapshot,
  store: FillStore | null,
  sheet: SheetSnapshot,
  form: DepartmentForm,
  valueCol: number,
  union: readonly UnionIndicator[],
): { intact: OurRow[]; forgotten: StoredRow[] } {
  const intact: OurRow[] = [];
  const forgotten: StoredRow[] = [];
  const t = form.indicatorTable!;
  for (const record of store?.rows ?? []) {
    const at = locateRecord(wb, record.name);
    const row = at ? Number(/\d+$/.exec(at.cell)![0]) : 0;
    const ok =
      at !== null &&
      at.sheet.name.toLowerCase() === sheet.name.toLowerCase() &&
      at.cell === cellA1(row, t.indicatorCol) &&
      row >= t.firstRow &&
      row <= t.lastRow &&
      compactText(cellText(cellValue(sheet, row, t.indicatorCol))) === compactText(record.indicator) &&
      (holds(sheet, row, valueCol, record.value) ||
        holdsUnionValue(sheet, row, valueCol, record, union) ||
        cellValue(sheet, row, valueCol) === '') &&
      !intact.some((o) => o.row === row);
    if (ok) intact.push({ record, row });
    else forgotten.push(record);
  }
  return { intact, forgotten };
}

export function planIndicators(
  wb: WorkbookSnapshot,
  sheet: SheetSnapshot,
  department: { form: DepartmentForm; formIndex: number },
  departmentEntries: readonly IndicatorEntry[],
  union: readonly UnionIndicator[],
  store: FillStore | null,
  watched: WatchedCells,
): IndicatorPlan {
  const form = department.form;
  const layout = form.indicatorTable!;
  const table = foundTable(layout);
  const valueCol = layout.valueCols[0]?.col ?? table.indicatorCol + 1;
  const { intact, forgotten } = ourRows(wb, store, sheet, form, valueCol, union);
  const ourRowNumbers = new Set(intact.map((o) => o.row));

  // The user's rows, by name (the first of a repeated name).
  const userRows = new Map<string, IndicatorEntry>();
  for (const e of departmentEntries) {
    if (e.nameState !== 'real' || e.unused || ourRowNumbers.has(e.indicator.row)) continue;
    const k = compactText(e.name);
    if (!userRows.has(k)) userRows.set(k, e);
  }
  const ours = new Map<string, OurRow>();
  const clears: OurRow[] = [];
  for (const o of intact) {
    const k = compactText(o.record.indicator);
    if (ours.has(k) || userRows.has(k) || !union.some((u) => u.key === k)) clears.push(o);
    else ours.set(k, o);
  }

  const additions: UnionIndicator[] = [];
  const edits: RowEdit[] = [];
  const written: UnionIndicator[] = [];
  const userConflicts: { entry: IndicatorEntry; u: UnionIndicator }[] = [];
  for (const u of union) {
    const user = userRows.get(u.key);
    if (user) {
      userConflicts.push({ entry: user, u });
      continue;
    }
    const o = ours.get(u.key);
    if (!o) {
      additions.push(u);
      continue;
    }
    const edit: RowEdit = { row: o.row };
    if (cellValue(sheet, o.row, table.indicatorCol) !== u.name) edit.name = u.name;
    if (!holds(sheet, o.row, valueCol, u.value)) edit.value = u.value;
    if (edit.name !== undefined || edit.value !== undefined) {
      edits.push(edit);
      written.push(u);
    }
  }
  // What the preview shows comes from these project cells: they must not change before it is applied.
  for (const u of [...additions, ...written]) {
    const src = u.keptFrom ?? u.sources[0];
    const project = findSheet(wb, src.project.form.sheet);
    if (!project) continue;
    watched.add(project, src.nameCell);
    if (src.valueCell !== null) watched.add(project, src.valueCell);
  }

  const blocks = tableBlocks(sheet, table);
  const placed = planPlacement(
    { sheet, blocks, valueCol, additions, edits, clears: clears.map((c) => c.row) },
    watched,
  );
  const s = form.sheet;
  const valueCell = (row: number) => cellA1(row, valueCol);

  // Records: rows of ours kept (with what they hold now), then the new ones with fresh names.
  const rows: StoredRow[] = [];
  const record = (u: UnionIndicator, name: string): StoredRow => ({
    name,
    sheet: s,
    indicator: u.name,
    value: u.value,
    category: u.category,
    subcategory: u.subcategory,
  });
  const unionByKey = new Map(union.map((u) => [u.key, u]));
  for (const [k, o] of ours) rows.push(record(unionByKey.get(k)!, o.record.name));
  const taken = new Set(
    Object.keys(wb.names ?? {})
      .filter(isFillName)
      .map((n) => n.toLowerCase()),
  );
  let next = 1;
  const addNames: IndicatorPlan['addNames'] = [];
  const isAddition = new Set(additions);
  for (const w of placed.written) {
    if (!isAddition.has(w.entry)) continue;
    while (taken.has(rowName(next).toLowerCase())) next++;
    const name = rowName(next++);
    rows.push(record(w.entry, name));
    addNames.push({ name, ref: `${quoteSheetName(s)}!${absolute(w.row, table.indicatorCol)}` });
  }
  const existing = new Set(Object.keys(wb.names ?? {}).map((n) => n.toLowerCase()));
  const deleteNames = [...clears.map((c) => c.record.name), ...forgotten.map((f) => f.name)].filter((n) =>
    existing.has(n.toLowerCase()),
  );

  // Conflicts, at the value cells as they will be.
  const findings: Finding[] = [];
  const projectValues = (u: UnionIndicator) =>
    u.sources
      .filter((src) => src.value !== '')
      .map((src) => ({ source: src.project.label, value: cellText(src.value) }));
  for (const { entry, u } of userConflicts) {
    const own = entry.values[0];
    const ownText = own ? own.field.text : '';
    if (!own || ownText.trim() === '') continue;
    const differing = u.sources.filter((src) => src.value !== '' && valueKey(src.value) !== valueKey(ownText));
    if (differing.length === 0) continue;
    const at = parseCell(own.cell);
    const cell = cellA1(placed.finalRow(at.row), at.col);
    findings.push(
      valueConflictFinding({
        sheet: s,
        cell,
        form: department.formIndex,
        indicator: entry.name,
        values: [
          { source: DEPARTMENT_SOURCE, value: ownText },
          ...differing.map((src) => ({ source: src.project.label, value: cellText(src.value) })),
        ],
        kept: ownText,
      }),
    );
  }
  const rowOf = new Map<string, number>();
  for (const [k, o] of ours) rowOf.set(k, placed.finalRow(o.row));
  for (const w of placed.written) rowOf.set(w.entry.key, w.row);
  for (const u of union) {
    const row = rowOf.get(u.key);
    if (!u.conflict || row === undefined) continue;
    findings.push(
      valueConflictFinding({
        sheet: s,
        cell: valueCell(row),
        form: department.formIndex,
        indicator: u.name,
        values: projectValues(u),
        kept: cellText(u.value),
      }),
    );
  }
  return { ops: placed.ops, changes: placed.changes, findings, rows, addNames, deleteNames };
}
