/**
 * The forms of a recognition by kind, with their indexes, and where a finding about a field points.
 */
import type { DepartmentForm, Field, ProjectForm, TargetForm } from '../forms';

export function projectForms(forms: readonly TargetForm[]): { form: ProjectForm; formIndex: number }[] {
  return forms.flatMap((form, formIndex) => (form.kind === 'project' ? [{ form, formIndex }] : []));
}

export function departmentForms(forms: readonly TargetForm[]): { form: DepartmentForm; formIndex: number }[] {
  return forms.flatMap((form, formIndex) => (form.kind === 'department' ? [{ form, formIndex }] : []));
}

/** A field's value cell, or its label when the form has no place for the value; null when neither. */
export function fieldCell(field: Field<unknown>): string | null {
  return field.cell ?? field.labelCell;
}
