/**
 * What recognition asks of every cell while it looks for forms, answered once per distinct text:
 * the first label a text is (部门名称 / 项目名称) and the field label it is on each kind of form.
 */
import { DEPARTMENT_LABELS, FIRST_LABEL, PROJECT_LABELS, fieldOfLabel, type FormKind, type LabelSpec } from './labels';
import { labelKey } from './normalize';
import { TextMemo } from './textMemo';
import type { DepartmentFieldKey, ProjectFieldKey } from './types';

export interface CellLabel {
  /** The form whose first label (部门名称 / 项目名称) the text is. */
  first: FormKind | null;
  /** The department form's field label the text is (fieldOfLabel). */
  department: LabelSpec<DepartmentFieldKey> | null;
  /** The project form's field label the text is. */
  project: LabelSpec<ProjectFieldKey> | null;
}

const labels = new TextMemo(
  (text): CellLabel =>
    Object.freeze({
      first: firstLabelOf(labelKey(text)),
      department: fieldOfLabel(text, DEPARTMENT_LABELS),
      project: fieldOfLabel(text, PROJECT_LABELS),
    }),
);

function firstLabelOf(key: string): FormKind | null {
  if (FIRST_LABEL.department.test(key)) return 'department';
  if (FIRST_LABEL.project.test(key)) return 'project';
  return null;
}

/** The labels a cell's text is (shared: read it, do not change it). */
export function cellLabel(text: string): CellLabel {
  return labels.get(text);
}
