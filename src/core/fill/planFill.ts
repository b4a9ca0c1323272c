/**
 * 汇总 (fillSummary): fills the department form from the project forms of the same workbook.
 *
 * - the 项目支出汇总 sheet lists every project form, its amounts as formulas referring to the form's
 *   own cells, with a 合计 (see summarySheet.ts); ours is found by 汇总's record, never by its name;
 * - the department's 项目支出 becomes a formula referring to that 合计;
 * - project amounts typed as text (`18.24万元`) become numbers in their cells, so formulas add them;
 * - the department's 绩效指标 table gets the projects' indicators it lacks (see indicators.ts);
 * - the record of what 汇总 wrote is kept on a very hidden sheet (see store.ts).
 *
 * Every cell the plan writes, and every project cell a written figure comes from, is watched: a
 * preview applied later is refused when any of them changed. A figure that cannot be derived is
 * left alone (see FillNotice). The workbook as the plan leaves it is validated, and what still does
 * not add up is reported with the conflicts found.
 */
import { cellA1, parseCell, sheetAddress } from '../address';
import { FillRefusedError } from '../errors';
import type { Finding } from '../findings';
import { recognizeWorkbook, type ProjectForm } from '../forms';
import type { EditOp, EditPlan, Precondition } from '../plan';
import { entriesOf } from '../rules/entries';
import { sortFindings } from '../rules/finding';
import { departmentForms, projectForms } from '../rules/formsOf';
import { projectSum } from '../rules/amount/projectSum';
import { resolveSettings, validateWorkbook, type RuleSettings } from '../rules';
import { uniqueSheetName } from '../sheetName';
import { cellValue, findSheet, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { AMOUNT_FORMAT } from '../style';
import { planRecordWrites, withRowNames } from './recordWrites';
import { amountSource, inUnit } from './amounts';
import { sameCellValue, sameFormula } from './compare';
import { indicatorUnion, type ProjectRef } from './indicatorUnion';
import { planIndicators } from './indicators';
import { simulatePlan } from './simulate';
import { locateRecord, readFillStore, type StoredRow } from './store';
import { annualTotalCell, planSummarySheet, summaryLayout, SUMMARY_TITLE, type SummaryProject } from './summarySheet';
import type { FillChange, FillNotice, FillPlanResult } from './types';
import { WatchedCells } from './watch';

function sheetOf(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = findSheet(wb, name);
  if (!s || !s.read) throw new RangeError(`planFill needs the contents of ${name}`);
  return s;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function dedupe(list: Precondition[]): Precondition[] {
  const seen = new Set<string>();
  const out: Precondition[] = [];
  for (const p of list) {
    const k = p.kind === 'cellsUnchanged' ? null : JSON.stringify(p).toLowerCase();
    if (k !== null && seen.has(k)) continue;
    if (k !== null) seen.add(k);
    out.push(p);
  }
  return out;
}

/**
 * The plan of 汇总 on a workbook snapshot holding every sheet's contents and the defined names
 * (`host.read({ names: true })`). Throws FillRefusedError when the workbook has no department form,
 * several, or no project form, or when 汇总's record cannot be used.
 */
export function planFill(wb: WorkbookSnapshot, settings: Partial<RuleSettings> = {}): FillPlanResult {
  const store = readFillStore(wb);
  const summaryAt = store?.summary ? locateRecord(wb, store.summary.name) : null;
  const oursSummary = summaryAt ? summaryAt.sheet : null;
  // Our summary sheet is never read as a form, whatever the user renamed it to.
  const view: WorkbookSnapshot = oursSummary ? { ...wb, sheets: wb.sheets.filter((s) => s !== oursSummary) } : wb;
  const recognition = recognizeWorkbook(view);
  const departments = departmentForms(recognition.forms);
  if (departments.length === 0) throw new FillRefusedError('no-department');
  if (departments.length > 1)
    throw new FillRefusedError('several-departments', unique(departments.map((d) => d.form.sheet)));
  const projectList = projectForms(recognition.forms);
  if (projectList.length === 0) throw new FillRefusedError('no-projects');
  const department = departments[0];
  const dept = department.form;
  const deptSheet = sheetOf(wb, dept.sheet);

  const watched = new WatchedCells();
  const ops: EditOp[] = [];
  const preconditions: Precondition[] = [];
  const changes: FillChange[] = [];
  const notices: FillNotice[] = [];

  // Project amounts: where they are, in which unit, and the number a text amount becomes.
  const summaryProjects = new Map<ProjectForm, SummaryProject>();
  for (const { form } of projectList) {
    const sheet = sheetOf(wb, form.sheet);
    summaryProjects.set(form, {
      form,
      total: amountSource(sheet, form, form.totalBudget),
      annual: amountSource(sheet, form, form.annualBudget),
    });
  }
  const { counted, skipped } = projectSum(projectList.map((p) => p.form));

  // 1. The summary sheet.
  const summaryName = oursSummary
    ? oursSummary.name
    : uniqueSheetName(
        SUMMARY_TITLE,
        wb.sheets.map((s) => s.name),
      );
  const layout = summaryLayout(
    counted.map((f) => summaryProjects.get(f)!),
    skipped.map((f) => summaryProjects.get(f)!),
  );
  const summary = planSummarySheet(summaryName, oursSummary ?? undefined, layout, watched);
  ops.push(...summary.ops);
  preconditions.push(...summary.preconditions);
  changes.push(...summary.changes);
  const totalCell = annualTotalCell(layout);

  // 2. Text amounts become numbers; every project amount a figure comes from is watched.
  const amountOps: EditOp[] = [];
  for (const p of summaryProjects.values()) {
    const sheet = sheetOf(wb, p.form.sheet);
    for (const src of [p.total, p.annual]) {
      if (src.cell === null) continue;
      watched.add(sheet, src.cell);
      if (src.conversion === null) continue;
      preconditions.push({ kind: 'sheetWritable', sheet: sheet.name });
      amountOps.push({ kind: 'values', sheet: sheet.name, address: src.cell, values: [[src.conversion]] });
      amountOps.push({ kind: 'style', sheet: sheet.name, address: src.cell, style: { numberFormat: AMOUNT_FORMAT } });
      changes.push({ sheet: sheet.name, cell: src.cell, before: src.raw, after: src.conversion, kind: 'amount' });
    }
  }

  // 3. Indicators (before 项目支出: rows inserted above it move it).
  let indicatorOps: EditOp[] = [];
  let finalRow = (row: number) => row;
  let storedRows: StoredRow[] = store?.rows ?? [];
  const findings: Finding[] = [];
  let rowNames: { add: { name: string; ref: string }[]; remove: string[] } = { add: [], remove: [] };
  if (dept.indicatorTable === null) {
    notices.push({ kind: 'indicators-not-added', reason: 'no-table' });
  } else {
    const resolved = resolveSettings(settings);
    const entries = entriesOf(recognition, resolved);
    const projects: ProjectRef[] = projectList.map(({ form, formIndex }) => ({
      form,
      formIndex,
      label: form.projectName.text.trim() || form.sheet,
      amount: form.annualBudget.value,
    }));
    const { union, unplaced } = indicatorUnion(wb, entries, projects);
    for (const u of unplaced) notices.push({ kind: 'indicator-not-placed', ...u });
    const planned = planIndicators(
      wb,
      deptSheet,
      department,
      entries.filter((e) => e.formIndex === department.formIndex),
      union,
      store,
      watched,
    );
    indicatorOps = planned.ops;
    changes.push(...planned.changes);
    findings.push(...planned.findings);
    storedRows = planned.rows;
    const insert = planned.ops.filter((o): o is Extract<EditOp, { kind: 'insertRows' }> => o.kind === 'insertRows');
    finalRow = (row) => row + insert.reduce((n, o) => (o.at <= row ? n + o.count : n), 0);
    // A project form below the department's table on the same sheet moves down with the inserted rows.
    for (const c of changes) {
      if (c.kind !== 'amount' || c.sheet !== dept.sheet) continue;
      const a = parseCell(c.cell);
      c.cell = cellA1(finalRow(a.row), a.col);
    }
    rowNames = { add: planned.addNames, remove: planned.deleteNames };
  }

  // 4. 项目支出: a formula on the summary's 合计, when every counted project's 当年度金额 is an amount.
  const expenditure = dept.projectExpenditure;
  const unreadable = counted.filter((f) => f.annualBudget.value === null);
  if (expenditure.cell === null) {
    notices.push({ kind: 'expenditure-not-written', reason: 'no-cell' });
  } else if (unreadable.length > 0) {
    notices.push({
      kind: 'expenditure-not-written',
      reason: 'amounts-unreadable',
      sheets: unique(unreadable.map((f) => f.sheet)),
    });
  } else {
    const src = amountSource(deptSheet, dept, expenditure);
    const ref = sheetAddress(summaryName, totalCell);
    const formula = src.unit === '元' ? `=${ref}*10000` : `=${ref}`;
    const result = inUnit(layout.annualTotal, src.unit);
    const at = parseCell(expenditure.cell);
    const now = cellValue(deptSheet, at.row, at.col);
    const nowFormula = deptSheet.formulas[expenditure.cell];
    if (!sameFormula(nowFormula, formula) || !sameCellValue(now, result)) {
      watched.add(deptSheet, expenditure.cell);
      const cell = cellA1(finalRow(at.row), at.col);
      // The format first: a write cut after the formula leaves nothing for the next 汇总 to redo.
      indicatorOps.push({ kind: 'style', sheet: dept.sheet, address: cell, style: { numberFormat: AMOUNT_FORMAT } });
      indicatorOps.push({ kind: 'formula', sheet: dept.sheet, cell, formula, result });
      changes.push({
        sheet: dept.sheet,
        cell,
        before: nowFormula ?? now,
        after: formula,
        result,
        kind: 'project-expenditure',
      });
    }
  }
  if (indicatorOps.length > 0) preconditions.push({ kind: 'sheetWritable', sheet: dept.sheet });

  // 5. The record and its names, placed so that an interrupted write leaves a record (recordWrites.ts).
  const record = planRecordWrites(
    {
      wb,
      store,
      summarySheet: summaryName,
      summaryIsOurs: oursSummary !== null,
      rows: storedRows,
      addNames: rowNames.add,
      deleteNames: rowNames.remove,
    },
    watched,
  );
  if (record === null) {
    // No record can be added (structure protected): the summary sheet cannot be added either.
    preconditions.push({ kind: 'structureWritable' });
  } else {
    preconditions.push(...record.preconditions);
  }
  ops.push(
    ...(record?.first ?? []),
    ...amountOps,
    ...withRowNames(indicatorOps, record?.rowNames ?? []),
    ...(record?.last ?? []),
  );

  const plan: EditPlan = { preconditions: dedupe([...preconditions, ...watched.preconditions()]), ops };
  const after = simulatePlan(wb, plan);
  const afterView = {
    ...after,
    sheets: after.sheets.filter((s) => s.name.toLowerCase() !== summaryName.toLowerCase()),
  };
  const validation = validateWorkbook(afterView, settings);
  const sheetOrder = [...after.sheets].sort((a, b) => a.index - b.index).map((s) => s.name);
  return {
    plan,
    changes,
    findings: sortFindings([...findings, ...validation.findings], sheetOrder),
    notices,
    recognition: validation.recognition,
    departmentSheet: dept.sheet,
    summarySheet: summaryName,
    totalCell,
  };
}
