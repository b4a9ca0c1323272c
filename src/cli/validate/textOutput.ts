/**
 * `jixiao validate`'s default output: per file, per sheet, each finding with its cell, severity and
 * message; then one summary line.
 */
import type { Finding } from '../../core/findings';
import {
  countSeverities,
  findingMessage,
  formName,
  isUnreadable,
  OUTPUT_LABELS,
  type CheckedFile,
  type FileOutcome,
  type OutputLang,
} from '../../core/report';
import { cliMessages, type CliMessages } from '../messages';

const INDENT = '  ';

function findingLines(findings: Finding[], lang: OutputLang): string[] {
  const severity = OUTPUT_LABELS[lang].severity;
  const cellText = (f: Finding) => (f.cells.length > 0 ? f.cells.join(',') : (f.cell ?? ''));
  const cellWidth = Math.max(0, ...findings.map((f) => cellText(f).length));
  const severityWidth = Math.max(...Object.values(severity).map((s) => s.length));
  return findings.map((f) => {
    const cell = cellText(f).padEnd(cellWidth);
    const label = severity[f.severity].padEnd(severityWidth);
    return `${INDENT}${INDENT}${cell ? `${cell}  ` : ''}${label}  ${findingMessage(f, lang)}`;
  });
}

/** Items by their sheet, in order (items without a sheet left out). */
function bySheet<T extends { sheet: string | null }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.sheet === null) continue;
    const group = groups.get(item.sheet);
    if (group) group.push(item);
    else groups.set(item.sheet, [item]);
  }
  return groups;
}

function checkedFileLines(o: CheckedFile, m: CliMessages, lang: OutputLang): string[] {
  const lines = [m.fileHeading(o.file, o.recognition.forms.length)];
  const workbookLevel = o.findings.filter((f) => f.sheet === null);
  if (workbookLevel.length > 0) lines.push(INDENT + m.workbookHeading, ...findingLines(workbookLevel, lang));
  const formsBySheet = bySheet(o.recognition.forms);
  const findingsBySheet = bySheet(o.findings);
  // Sheets with forms in the forms' order, then any other sheet a finding names.
  const sheets = new Set([...formsBySheet.keys(), ...findingsBySheet.keys()]);
  for (const sheet of sheets) {
    const forms = m.list(
      (formsBySheet.get(sheet) ?? []).map((f) => m.formOnSheet(m.formKinds[f.kind], formName(f))),
    );
    lines.push(INDENT + m.sheetHeading(sheet, forms));
    const findings = findingsBySheet.get(sheet) ?? [];
    lines.push(...(findings.length > 0 ? findingLines(findings, lang) : [INDENT + INDENT + m.noFindings]));
  }
  const others = o.recognition.otherSheets
    .filter((s) => s.reason === 'not-a-form' || s.reason === 'hidden')
    .map((s) => (s.reason === 'hidden' ? m.hidden(s.sheet) : s.sheet));
  if (others.length > 0) lines.push(INDENT + m.otherSheets(m.list(others)));
  return lines;
}

/** One file's block: its heading, then its sheets and findings, or its read error. */
export function formatFile(outcome: FileOutcome, lang: OutputLang): string {
  const lines = isUnreadable(outcome) ? [outcome.file, INDENT + outcome.error] : checkedFileLines(outcome, cliMessages(lang), lang);
  return lines.join('\n');
}

/** The closing line: files, forms and findings by severity. */
export function formatSummary(outcomes: FileOutcome[], lang: OutputLang): string {
  const checked = outcomes.filter((o): o is CheckedFile => !isUnreadable(o));
  const counts = countSeverities(checked.flatMap((o) => o.findings));
  const forms = checked.reduce((n, o) => n + o.recognition.forms.length, 0);
  const unreadable = outcomes.length - checked.length;
  return cliMessages(lang).summary(outcomes.length, unreadable, forms, counts.error, counts.warning, counts.info);
}

/** The whole text output: the files' blocks and the summary, separated by blank lines. */
export function formatText(outcomes: FileOutcome[], lang: OutputLang): string {
  return [...outcomes.map((o) => formatFile(o, lang)), formatSummary(outcomes, lang)].join('\n\n');
}
