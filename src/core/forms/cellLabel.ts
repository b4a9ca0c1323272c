/**
 * What recognition asks of every cell while it looks for forms, answered once per distinct text:
 * the text compacted, the first label it is (部门名称 / 项目名称), the field label it is on each
 * kind of form, the indicator-table header it is, and the unit a 金额单位 line names. SheetGrid
 * gives each cell its reading.
 */
import {
  DEPARTMENT_LABELS,
  FIRST_LABEL,
  PROJECT_LABELS,
  fieldOfLabel,
  unitLine,
  type FormKind,
  type LabelSpec,
} from './labels';
import { compactText, labelKey } from './normalize';
import { TextMemo } from './textMemo';
import type { DepartmentFieldKey, ProjectFieldKey } from './types';

export interface CellLabel {
  /** compactText of the text. */
  compact: string;
  /** The form whose first label (部门名称 / 项目名称) the text is. */
  first: FormKind | null;
  /** The department form's field label the text is (fieldOfLabel). */
  department: LabelSpec<DepartmentFieldKey> | null;
  /** The project form's field label the text is. */
  project: LabelSpec<ProjectFieldKey> | null;
  /** The indicator table's column header the text is: 一级指标, 二级指标, 三级指标(名称). */
  tableHeader: TableHeader | null;
  /** The unit of a `金额单位：元` line (unitLine). */
  unit: '万元' | '元' | null;
}

export type TableHeader = 'category' | 'subcategory' | 'indicator';

const TABLE_HEADERS: readonly [TableHeader, RegExp][] = [
  ['indicator', /^三级指标(?:名称)?$/],
  ['subcategory', /^二级指标$/],
  ['category', /^一级指标$/],
];

const labels = new TextMemo((text): CellLabel => {
  const key = labelKey(text);
  return Object.freeze({
    compact: compactText(text),
    first: firstLabelOf(key),
    department: fieldOfLabel(text, DEPARTMENT_LABELS),
    project: fieldOfLabel(text, PROJECT_LABELS),
    tableHeader: TABLE_HEADERS.find(([, re]) => re.test(key))?.[0] ?? null,
    unit: unitLine(text),
  });
});

function firstLabelOf(key: string): FormKind | null {
  if (FIRST_LABEL.department.test(key)) return 'department';
  if (FIRST_LABEL.project.test(key)) return 'project';
  return null;
}

/** The labels a cell's text is (shared: read it, do not change it). */
export function cellLabel(text: string): CellLabel {
  return labels.get(text);
}
