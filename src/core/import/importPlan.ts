/**
 * The EditPlan of an import: one new sheet per form, written from the standard template and
 * filled, then a 导入说明 sheet when anything was not placed. Every sheet is new: names are made
 * unique against the workbook's sheets, and `sheetAbsent` preconditions guard them, so no sheet of
 * the user's is ever written to.
 */
import type { EditOp, EditPlan, Precondition } from '../plan';
import { uniqueSheetName } from '../sheetName';
import { buildTemplatePlan, defaultSheetName } from '../templates';
import { NOTES_SHEET_NAME, notesSheetOps } from './notesSheet';
import type { ImportedForm, ImportPreview } from './types';

export interface ImportPlan {
  plan: EditPlan;
  /** The sheet of each form, in the preview's order. */
  sheets: string[];
  /** The 导入说明 sheet, or null when every input text was placed. */
  notesSheet: string | null;
}

function formPlan(form: ImportedForm, sheet: string): EditPlan {
  return form.kind === 'department'
    ? buildTemplatePlan('department', { sheet, newSheet: true, fields: form.fields, level: form.level })
    : buildTemplatePlan('project', { sheet, newSheet: true, fields: form.fields });
}

/**
 * The plan for a preview, on a workbook holding `existingSheets`. Ends by showing the first form
 * (or the notes when there is no form). Throws RangeError when a form's indicator is under an
 * unknown 二级 (a preview from planImport never has one).
 */
export function buildImportPlan(preview: ImportPreview, existingSheets: readonly string[]): ImportPlan {
  const taken = [...existingSheets];
  const sheets: string[] = [];
  const preconditions: Precondition[] = [{ kind: 'structureWritable' }];
  const ops: EditOp[] = [];
  let show: EditOp | null = null;
  const renamed = new Map<string, string>();

  for (const form of preview.forms) {
    const sheet = uniqueSheetName(defaultSheetName(form.kind, form.fields), taken, defaultSheetName(form.kind));
    taken.push(sheet);
    sheets.push(sheet);
    renamed.set(form.sheet, sheet);
    const plan = formPlan(form, sheet);
    for (const p of plan.preconditions) if (p.kind !== 'structureWritable') preconditions.push(p);
    for (const op of plan.ops) {
      if (op.kind === 'activate') show ??= op;
      else ops.push(op);
    }
  }

  let notesSheet: string | null = null;
  if (preview.unplaced.length > 0) {
    notesSheet = uniqueSheetName(NOTES_SHEET_NAME, taken);
    preconditions.push({ kind: 'sheetAbsent', sheet: notesSheet });
    const notes = preview.unplaced.map((n) => (n.form ? { ...n, form: renamed.get(n.form) ?? n.form } : n));
    ops.push(...notesSheetOps(notesSheet, notes));
    show ??= { kind: 'activate', sheet: notesSheet, select: 'A1' };
  }
  if (show) ops.push(show);
  return { plan: { preconditions: ops.length > 0 ? preconditions : [], ops }, sheets, notesSheet };
}
