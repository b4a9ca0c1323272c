/**
 * What checking one file gave: its recognised forms and findings, or why it could not be read.
 * The CLI's text, JSON and report outputs are all built from a list of these.
 */
import type { Finding, Severity } from '../findings';
import type { TargetForm, WorkbookRecognition } from '../forms';

export interface CheckedFile {
  /** The file as the user named it (a path relative to where the command ran, or as typed). */
  file: string;
  recognition: WorkbookRecognition;
  findings: Finding[];
}

export interface UnreadableFile {
  file: string;
  /** Why the file could not be read, as a sentence for the user. */
  error: string;
}

export type FileOutcome = CheckedFile | UnreadableFile;

export function isUnreadable(outcome: FileOutcome): outcome is UnreadableFile {
  return 'error' in outcome;
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The form's 部门名称 or 项目名称 as written ("" when empty). */
export function formName(form: TargetForm): string {
  const field = form.kind === 'department' ? form.departmentName : form.projectName;
  return (field.value ?? field.text).trim();
}

/**
 * The department a file is from: its department form's 部门名称, else the 主管部门 most of its
 * project forms name (the first named on a tie), else "".
 */
export function departmentOf(recognition: WorkbookRecognition): string {
  for (const form of recognition.forms) {
    if (form.kind === 'department' && formName(form) !== '') return formName(form);
  }
  const counts = new Map<string, number>();
  for (const form of recognition.forms) {
    if (form.kind !== 'project') continue;
    const name = (form.supervisingDepartment.value ?? form.supervisingDepartment.text).trim();
    if (name !== '') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [name, n] of counts) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}

/** The form a finding is about, when it is about one. */
export function formOf(recognition: WorkbookRecognition, finding: Finding): TargetForm | null {
  return finding.form === null ? null : (recognition.forms[finding.form] ?? null);
}
