/**
 * `jixiao validate --json`: one JSON document describing every file — its forms, other sheets and
 * findings, or why it could not be read.
 */
import type { Severity } from '../../core/findings';
import { findingMessage, formName, isUnreadable, type FileOutcome, type OutputLang } from '../../core/report';

export interface JsonForm {
  sheet: string;
  kind: 'department' | 'project';
  /** 部门名称 or 项目名称 ("" when empty). */
  name: string;
  range: string;
}

export interface JsonFinding {
  sheet: string | null;
  cell: string | null;
  cells: string[];
  severity: Severity;
  rule: string;
  /** Index into the file's `forms`. */
  form: number | null;
  indicator: string | null;
  value: string | null;
  message: string;
}

export type JsonFile =
  | { file: string; forms: JsonForm[]; otherSheets: string[]; findings: JsonFinding[] }
  | { file: string; error: string };

export interface JsonDocument {
  files: JsonFile[];
}

export function toJsonDocument(outcomes: FileOutcome[], lang: OutputLang): JsonDocument {
  return {
    files: outcomes.map((o): JsonFile => {
      if (isUnreadable(o)) return { file: o.file, error: o.error };
      return {
        file: o.file,
        forms: o.recognition.forms.map((f) => ({ sheet: f.sheet, kind: f.kind, name: formName(f), range: f.range })),
        otherSheets: o.recognition.otherSheets.map((s) => s.sheet),
        findings: o.findings.map((f) => ({
          sheet: f.sheet,
          cell: f.cell,
          cells: f.cells,
          severity: f.severity,
          rule: f.rule,
          form: f.form,
          indicator: f.indicator,
          value: f.value,
          message: findingMessage(f, lang),
        })),
      };
    }),
  };
}
