/**
 * What the pane shows of a command's result: the commands' results cut down to plain data.
 */
import type { ClearMarksResult } from '../commands/clearMarks';
import type { ValidateResult } from '../commands/validate';
import type { FillPlanResult } from '../core/fill';
import { STORE_SHEET_PREFIX, type TargetForm } from '../core/forms';
import type { KeptMark } from '../core/marks';
import type { ClearMarksOutcome, FillPreview, FoundForm, KeptCell, ValidateOutcome } from './operations';

export function validateOutcome(r: ValidateResult): ValidateOutcome {
  return {
    forms: r.recognition.forms.map(foundForm),
    otherSheets: r.recognition.otherSheets.filter((s) => !s.sheet.startsWith(STORE_SHEET_PREFIX)),
    findings: r.findings,
    marked: r.marked,
    unmarkedProtected: r.unmarkedProtected,
    skipped: r.skipped,
    notes: r.notes,
    leftAsUserChanged: r.leftAsUserChanged,
    kept: r.kept.map(keptCell),
  };
}

export function clearMarksOutcome(r: ClearMarksResult): ClearMarksOutcome {
  return {
    restored: r.restored,
    leftAsUserChanged: r.leftAsUserChanged,
    storeRemoved: r.storeRemoved,
    kept: r.kept.map(keptCell),
    gone: r.gone,
  };
}

/** A 汇总 preview as the pane shows it; the plan travels along for applyFill. */
export function fillPreview(r: FillPlanResult): FillPreview {
  const summaryKey = r.summarySheet.toLowerCase();
  const deptKey = r.departmentSheet.toLowerCase();
  let summaryIsNew = false;
  let rowsInserted = 0;
  for (const op of r.plan.ops) {
    if (op.kind === 'addSheet' && op.sheet.toLowerCase() === summaryKey) summaryIsNew = true;
    if (op.kind === 'insertRows' && op.sheet.toLowerCase() === deptKey) rowsInserted += op.count;
  }
  return {
    changes: r.changes,
    findings: r.findings,
    forms: r.recognition.forms.map(foundForm),
    notices: r.notices,
    departmentSheet: r.departmentSheet,
    summarySheet: r.summarySheet,
    summaryIsNew,
    rowsInserted,
    plan: r,
  };
}

function foundForm(f: TargetForm): FoundForm {
  const name = f.kind === 'department' ? f.departmentName : f.projectName;
  return { sheet: f.sheet, kind: f.kind, name: (name.value ?? name.text).trim(), range: f.range };
}

function keptCell(k: KeptMark): KeptCell {
  return { sheet: k.sheet, cell: k.cell, reason: k.reason };
}
