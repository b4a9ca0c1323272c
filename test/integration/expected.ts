/**
 * What a form must look like in a workbook, as one table both hosts are checked against: built
 * from the literal forms at A1 of test/core/templates/expected.ts, moved to the anchor, and moved
 * again by each 添加指标行.
 */
import { cellA1, offsetRange, parseCell, parseRange, type RangeRef } from '../../src/core/address';
import type { FormKind } from '../../src/core/templates/fields';
import type { Level } from '../../src/core/templates/level';
import {
  DEPARTMENT_FIELDS,
  DEPARTMENT_TARGETS,
  DEPARTMENT_VALIDATIONS,
  departmentLabels,
  PROJECT_FIELDS,
  PROJECT_LABELS,
  PROJECT_TARGETS,
  PROJECT_VALIDATIONS,
  TARGET_FORMAT,
} from '../core/templates/expected';

export const CATEGORIES = ['成本指标', '产出指标', '效益指标', '满意度指标'];
export const SUBCATEGORIES: Record<string, string[]> = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
};

/** Column widths in character units, left to right. */
const WIDTHS: Record<FormKind, number[]> = {
  department: [14, 20, 20, 24, 22],
  project: [10, 14, 22, 26, 18, 18],
};
/** The whole form and its bordered table, at A1. */
const FORM: Record<FormKind, { form: string; table: string }> = {
  department: { form: 'A1:E29', table: 'A2:E27' },
  project: { form: 'A1:F25', table: 'A2:F22' },
};
/** The indicator table's columns at A1: 绩效指标 label, 一级, 二级, 三级. */
const INDICATOR_COLS: Record<FormKind, { label: number; category: number; sub: number; indicator: number; right: number }> = {
  department: { label: 1, category: 2, sub: 3, indicator: 4, right: 5 },
  project: { label: 1, category: 2, sub: 3, indicator: 4, right: 6 },
};

export type AreaRole = 'title' | 'label' | 'skeleton' | 'note';

export interface LabelArea {
  range: RangeRef;
  text: string;
  role: AreaRole;
}

export interface FieldArea {
  range: RangeRef;
  field: string;
  /** Number format of the cell; undefined for text. */
  numberFormat: string | undefined;
}

export interface ValidationArea {
  range: RangeRef;
  items: string[];
  strict: boolean;
}

export interface FormExpectation {
  kind: FormKind;
  level: Level;
  form: RangeRef;
  table: RangeRef;
  labels: LabelArea[];
  fields: FieldArea[];
  /** The 指标值 cells (every 三级 row's value columns) and their number format (text). */
  targets: { range: RangeRef; numberFormat: string };
  /** Drop-downs in the order they are set (a later one replaces an earlier one on shared cells). */
  validations: ValidationArea[];
  /** 1-based columns of the indicator table. */
  cols: { label: number; category: number; sub: number; indicator: number; right: number };
  /** Widths (characters) by column: set on a new sheet only; empty otherwise. */
  columnWidths: Map<number, number>;
  /** Heights (points) by row. */
  rowHeights: Map<number, number>;
  /** Rows added by 添加指标行: their height is the host's own choice. */
  addedRows: number[];
  /** Print setup on a new sheet; null where the form went onto a user's sheet. */
  printArea: string | null;
}

function roleOf(text: string): AreaRole {
  if (text.endsWith('申报表')) return 'title';
  if (/^(备注|\d\.)/.test(text)) return 'note';
  if (CATEGORIES.includes(text) || Object.values(SUBCATEGORIES).some((s) => s.includes(text))) return 'skeleton';
  return 'label';
}

/**
 * The expectation for a form placed at `anchor`. `rowHeights` are the heights (A1-based rows) the
 * plan sets; they are the templates' own business (tested there), here only carried through.
 */
export function formExpectation(
  kind: FormKind,
  level: Level,
  anchor: string,
  newSheet: boolean,
  rowHeightsAtA1: Map<number, number>,
): FormExpectation {
  const at = parseCell(anchor);
  const move = (a1: string) => offsetRange(parseRange(a1), at.row - 1, at.col - 1);
  const labels = kind === 'department' ? departmentLabels(level) : PROJECT_LABELS;
  const fields = kind === 'department' ? DEPARTMENT_FIELDS : PROJECT_FIELDS;
  const validations = kind === 'department' ? DEPARTMENT_VALIDATIONS : PROJECT_VALIDATIONS;
  const c = INDICATOR_COLS[kind];
  const form = move(FORM[kind].form);
  return {
    kind,
    level,
    form,
    table: move(FORM[kind].table),
    labels: labels.map(([a, text]) => ({ range: move(a), text, role: roleOf(text) })),
    fields: fields.map(([a, field, numberFormat]) => ({ range: move(a), field, numberFormat })),
    targets: { range: move(kind === 'department' ? DEPARTMENT_TARGETS : PROJECT_TARGETS), numberFormat: TARGET_FORMAT },
    validations: validations.map(([a, items, strict]) => ({ range: move(a), items, strict })),
    cols: {
      label: c.label + at.col - 1,
      category: c.category + at.col - 1,
      sub: c.sub + at.col - 1,
      indicator: c.indicator + at.col - 1,
      right: c.right + at.col - 1,
    },
    columnWidths: newSheet ? new Map(WIDTHS[kind].map((w, i) => [i + at.col, w])) : new Map(),
    rowHeights: new Map([...rowHeightsAtA1].map(([r, h]) => [r + at.row - 1, h])),
    addedRows: [],
    printArea: newSheet ? `${cellA1(form.top, form.left)}:${cellA1(form.bottom, form.right)}` : null,
  };
}

/** The rows of the 二级 block named `sub` (its label's area). */
export function subBlock(exp: FormExpectation, sub: string): LabelArea {
  const area = exp.labels.find((l) => l.role === 'skeleton' && l.text === sub && l.range.left === exp.cols.sub);
  if (!area) throw new Error(`no 二级 block ${sub}`);
  return area;
}

/** The 一级 label whose rows hold row `row`. */
function categoryAt(exp: FormExpectation, row: number): LabelArea {
  const area = exp.labels.find((l) => l.range.left === exp.cols.category && l.range.top <= row && l.range.bottom >= row && CATEGORIES.includes(l.text));
  if (!area) throw new Error(`no 一级 at row ${row}`);
  return area;
}

/**
 * After one 添加指标行 under the 二级 block `sub`: a new row right under the block; the 绩效指标, 一级
 * and 二级 labels beside the block grow over it (merged, even where they were one row); everything
 * below moves down one row; the new row has the 一级 and 二级 drop-downs of its block.
 */
export function withRowAdded(exp: FormExpectation, sub: string): FormExpectation {
  const block = subBlock(exp, sub);
  const at = block.range.bottom + 1;
  const category = categoryAt(exp, block.range.top);
  const grows = (l: LabelArea) =>
    l === block || l === category || (l.range.left === exp.cols.label && l.range.top < at && l.range.bottom >= at - 1);
  const moveArea = (r: RangeRef): RangeRef =>
    r.top >= at ? offsetRange(r, 1, 0) : r.bottom >= at ? { ...r, bottom: r.bottom + 1 } : r;
  const shiftRows = <V>(m: Map<number, V>) => new Map([...m].map(([row, v]) => [row >= at ? row + 1 : row, v]));
  return {
    ...exp,
    form: moveArea(exp.form),
    table: moveArea(exp.table),
    labels: exp.labels.map((l) => ({ ...l, range: grows(l) ? { ...l.range, bottom: l.range.bottom + 1 } : moveArea(l.range) })),
    fields: exp.fields.map((f) => ({ ...f, range: moveArea(f.range) })),
    // The new row is a 三级 row: its 指标值 cells join the text-format area (even below its last row).
    targets: { ...exp.targets, range: { ...exp.targets.range, bottom: exp.targets.range.bottom + 1 } },
    validations: [
      ...exp.validations.map((v) => ({ ...v, range: moveArea(v.range) })),
      { range: parseRange(cellA1(at, exp.cols.category)), items: CATEGORIES, strict: true },
      { range: parseRange(cellA1(at, exp.cols.sub)), items: SUBCATEGORIES[category.text], strict: true },
    ],
    rowHeights: shiftRows(exp.rowHeights),
    addedRows: [...exp.addedRows.map((r) => (r >= at ? r + 1 : r)), at],
    printArea: exp.printArea === null ? null : moveAreaA1(exp.printArea, moveArea),
  };
}

function moveAreaA1(a1: string, move: (r: RangeRef) => RangeRef): string {
  const r = move(parseRange(a1));
  return `${cellA1(r.top, r.left)}:${cellA1(r.bottom, r.right)}`;
}

/** The top-left cell of the field `field`. */
export function fieldCell(exp: FormExpectation, field: string): string {
  const f = exp.fields.find((x) => x.field === field);
  if (!f) throw new Error(`no field ${field}`);
  return cellA1(f.range.top, f.range.left);
}
