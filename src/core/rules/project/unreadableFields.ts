/**
 * The findings for a project form's number fields (amounts, years) that are empty or cannot be
 * read: one per field, at its value cell, with the rule's own wording.
 */
import type { Finding } from '../../findings';
import type { ProjectForm } from '../../forms';
import { formFinding, type RuleHead } from '../finding';
import { fieldCell } from '../formsOf';
import type { Message } from '../types';

type NumberField = 'totalBudget' | 'annualBudget' | 'startYear' | 'endYear';

export interface FieldLabel {
  zh: string;
  en: string;
}

export interface UnreadableWording {
  /** The field is empty. */
  blank(label: FieldLabel): Message;
  /** The field holds `text`, which is not a number of its kind. */
  unreadable(label: FieldLabel, text: string): Message;
}

export function unreadableFields(
  rule: RuleHead,
  at: { form: ProjectForm; formIndex: number },
  labels: Partial<Record<NumberField, FieldLabel>>,
  wording: UnreadableWording,
): Finding[] {
  const findings: Finding[] = [];
  for (const [key, label] of Object.entries(labels) as [NumberField, FieldLabel][]) {
    const field = at.form[key];
    const cell = fieldCell(field);
    if (field.value !== null || cell === null) continue;
    const blank = field.text.trim() === '';
    findings.push(
      formFinding(
        rule,
        { ...at, cell, indicator: label.zh, value: blank ? null : field.text },
        blank ? wording.blank(label) : wording.unreadable(label, field.text),
      ),
    );
  }
  return findings;
}
