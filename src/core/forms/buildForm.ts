/**
 * Shaping one band of a sheet into a DepartmentForm or a ProjectForm.
 */
import { cellA1, formatRange } from '../address';
import type { SheetGrid } from './grid';
import { readFields, type FieldScope } from './fields';
import { findIndicatorTable } from './indicatorHeader';
import { readIndicatorRows, type RawIndicator } from './indicatorRows';
import { readKeyTasks } from './keyTasks';
import { DEPARTMENT_LABELS, PROJECT_LABELS, type FormKind } from './labels';
import type { Segment } from './segments';
import type {
  AmountUnit,
  DepartmentForm,
  DepartmentIndicator,
  Field,
  IndicatorTableLayout,
  ProjectForm,
  ProjectIndicator,
  TargetForm,
} from './types';

function formRange(grid: SheetGrid, seg: Segment): string {
  let left = Infinity;
  let right = -Infinity;
  for (const row of grid.nonEmptyRows(seg.top, seg.bottom)) {
    // Cells are in column order.
    const cells = grid.cells(row);
    left = Math.min(left, cells[0].col);
    right = Math.max(right, cells[cells.length - 1].col);
  }
  for (const m of grid.merges ?? []) {
    if (m.top >= seg.top && m.top <= seg.bottom) {
      left = Math.min(left, m.left);
      right = Math.max(right, m.right);
    }
  }
  return formatRange({ top: seg.top, left, bottom: seg.bottom, right });
}

function amountUnit(grid: SheetGrid, top: number, bottom: number): AmountUnit {
  for (const row of grid.nonEmptyRows(top, bottom)) {
    const cells = grid.cells(row);
    for (let i = 0; i < cells.length; i++) {
      const unit = cells[i].label.unit;
      if (unit) return unit;
    }
  }
  return '万元';
}

const MISSING: Field<string> = { value: null, text: '', cell: null, labelCell: null };

// The indicators are spelt out: object rest and spread cost more than the rest of a row's reading.
function departmentIndicator(raw: RawIndicator): DepartmentIndicator {
  const { row, category, subcategory, name, extraValues, notes } = raw;
  return { row, category, subcategory, name, extraValues, notes, target: raw.values.target ?? MISSING };
}

function projectIndicator(raw: RawIndicator): ProjectIndicator {
  const { row, category, subcategory, name, extraValues, notes } = raw;
  return {
    row,
    category,
    subcategory,
    name,
    extraValues,
    notes,
    periodTarget: raw.values.periodTarget ?? MISSING,
    annualTarget: raw.values.annualTarget ?? MISSING,
  };
}

/** The form of `kind` held by the band; `table` is its indicator table when already found. */
export function buildForm(
  grid: SheetGrid,
  seg: Segment,
  kind: FormKind,
  table: IndicatorTableLayout | null = findIndicatorTable(grid, kind, seg.top, seg.bottom),
): TargetForm {
  const fieldsBottom = table ? table.headerRow - 1 : seg.bottom;
  const scope: FieldScope = {
    grid,
    kind,
    top: seg.top,
    bottom: fieldsBottom,
    left: grid.left,
    right: grid.right,
    unit: amountUnit(grid, seg.top, fieldsBottom),
  };
  const { indicators, placeholders } = table
    ? readIndicatorRows(grid, table)
    : { indicators: [] as RawIndicator[], placeholders: [] };
  const range = formRange(grid, seg);
  const title = seg.title ? { text: seg.title.text.trim(), cell: cellA1(seg.title.row, seg.title.col) } : null;

  // Each form is written out whole (no spread of the shared part): object literals with a spread
  // are built one property at a time.
  if (kind === 'department') {
    const f = readFields(scope, DEPARTMENT_LABELS);
    const form: DepartmentForm = {
      sheet: grid.sheet.name,
      range,
      title,
      amountUnit: scope.unit,
      indicatorTable: table,
      placeholderRows: placeholders,
      kind: 'department',
      departmentName: f.departmentName as Field<string>,
      fundedStaff: f.fundedStaff as Field<number>,
      subordinateUnits: f.subordinateUnits as Field<number>,
      expenditure: f.expenditure as Field<number>,
      basicExpenditure: f.basicExpenditure as Field<number>,
      projectExpenditure: f.projectExpenditure as Field<number>,
      fiscalAppropriation: f.fiscalAppropriation as Field<number>,
      otherFunds: f.otherFunds as Field<number>,
      specialFunds: f.specialFunds as Field<number>,
      otherDevelopmentFunds: f.otherDevelopmentFunds as Field<number>,
      ownLevelFunds: f.ownLevelFunds as Field<number>,
      transferFunds: f.transferFunds as Field<number>,
      overallGoal: f.overallGoal as Field<string>,
      keyTasks: readKeyTasks(scope, fieldsBottom),
      otherTasks: f.otherTasks as Field<string>,
      indicators: indicators.map(departmentIndicator),
    };
    return form;
  }
  const f = readFields(scope, PROJECT_LABELS);
  const form: ProjectForm = {
    sheet: grid.sheet.name,
    range,
    title,
    amountUnit: scope.unit,
    indicatorTable: table,
    placeholderRows: placeholders,
    kind: 'project',
    projectName: f.projectName as Field<string>,
    projectType: f.projectType as Field<string>,
    projectLevel: f.projectLevel as Field<string>,
    supervisingDepartment: f.supervisingDepartment as Field<string>,
    spendingUnit: f.spendingUnit as Field<string>,
    startYear: f.startYear as Field<number>,
    endYear: f.endYear as Field<number>,
    totalBudget: f.totalBudget as Field<number>,
    annualBudget: f.annualBudget as Field<number>,
    overview: f.overview as Field<string>,
    periodGoal: f.periodGoal as Field<string>,
    annualGoal: f.annualGoal as Field<string>,
    indicators: indicators.map(projectIndicator),
  };
  return form;
}
