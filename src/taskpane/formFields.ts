/**
 * The basic fields the insert form offers for each form kind, by glossary identifier, in the order
 * the printed forms list them.
 */
import type { FormKind } from './operations';
import type { Strings } from '../i18n';

export type FieldKey = keyof Strings['fields'];

/** How a field is typed: free text, a year, or an amount in 万元. */
export type FieldInput = 'text' | 'year' | 'amount';

export interface FieldSpec {
  key: FieldKey;
  input: FieldInput;
}

/** Fields shown side by side when the pane is wide enough (years, amounts); others take a row. */
export interface FieldRow {
  fields: readonly FieldSpec[];
}

export const FORM_FIELD_ROWS: Record<FormKind, readonly FieldRow[]> = {
  department: [{ fields: [{ key: 'departmentName', input: 'text' }] }],
  project: [
    { fields: [{ key: 'projectName', input: 'text' }] },
    { fields: [{ key: 'supervisingDepartment', input: 'text' }] },
    { fields: [{ key: 'projectType', input: 'text' }, { key: 'projectLevel', input: 'text' }] },
    { fields: [{ key: 'startYear', input: 'year' }, { key: 'endYear', input: 'year' }] },
    { fields: [{ key: 'totalBudget', input: 'amount' }, { key: 'annualBudget', input: 'amount' }] },
  ],
};

/** The fields of one kind with their trimmed values; empty ones are left out. */
export function collectFields(kind: FormKind, values: Partial<Record<FieldKey, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of FORM_FIELD_ROWS[kind]) {
    for (const { key } of row.fields) {
      const value = values[key]?.trim();
      if (value) out[key] = value;
    }
  }
  return out;
}
