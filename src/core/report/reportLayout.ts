/**
 * The reviewer's report as tables: one row per finding across all files (审核结果), and one row per
 * file (文件汇总). Pure layout — values, column widths, row heights, fills; a host or the CLI
 * writes it into a workbook.
 */
import type { Finding, Severity } from '../findings';
import { MARK_FILLS } from '../marks/colours';
import { BODY_FONT_SIZE, displayWidth, estimateRowHeight, LABEL_FILL } from '../style';
import { findingMessage, OUTPUT_LABELS, type OutputLabels, type OutputLang } from './labels';
import {
  countSeverities,
  departmentOf,
  formName,
  formOf,
  isUnreadable,
  type CheckedFile,
  type FileOutcome,
} from './outcome';

export type ReportValue = string | number;

export interface ReportColumn {
  header: string;
  /** In Excel's character units. */
  width: number;
  /** Long text wraps within the column (the row grows). */
  wrap: boolean;
  horizontal: 'left' | 'center' | 'right';
}

export interface ReportRow {
  values: ReportValue[];
  /** Fill ("#RRGGBB") of a cell, by column index; absent: no fill. */
  fills: Record<number, string>;
  /** In points, enough for the wrapped text. */
  height: number;
}

export interface ReportSheet {
  name: string;
  columns: ReportColumn[];
  /** Fill of the header row. */
  headerFill: string;
  /** Rows below the header. */
  rows: ReportRow[];
}

/** Fills that draw the eye to errors and warnings: the colours of the marks 审核 writes. */
export const SEVERITY_FILLS: Readonly<Partial<Record<Severity, string>>> = MARK_FILLS;

/** Fixed width of the message column: about 30 Chinese characters a line. */
const MESSAGE_WIDTH = 60;
const FILE_WIDTH = { min: 16, max: 40 };
const NAME_WIDTH = { min: 10, max: 30 };

interface ColumnSpec<T> {
  header: string;
  value: (item: T) => ReportValue;
  horizontal: ReportColumn['horizontal'];
  /** Fixed width; otherwise fitted to the content between the bounds. */
  width: number | { min: number; max: number };
  fill?: (item: T) => string | undefined;
}

function fitWidth(header: string, values: ReportValue[], bounds: { min: number; max: number }): number {
  const widest = Math.max(displayWidth(header), ...values.map((v) => displayWidth(String(v))));
  // Two units of padding, and a little for the autofilter button on the header.
  const width = Math.min(bounds.max, Math.max(bounds.min, widest + 3));
  // ExcelJS takes a width of 9 for "no width set" and leaves the column at Excel's default.
  return width === 9 ? 10 : width;
}

function buildSheet<T>(name: string, specs: ColumnSpec<T>[], items: T[]): ReportSheet {
  const values = items.map((item) => specs.map((s) => s.value(item)));
  const columns = specs.map((s, c): ReportColumn => {
    const width = typeof s.width === 'number' ? s.width : fitWidth(s.header, values.map((row) => row[c]), s.width);
    const wrap = values.some((row) => displayWidth(String(row[c])) > width - 1 || String(row[c]).includes('\n'));
    return { header: s.header, width, wrap: wrap || typeof s.width === 'number', horizontal: s.horizontal };
  });
  const rows = items.map((item, r): ReportRow => {
    const fills: Record<number, string> = {};
    specs.forEach((s, c) => {
      const fill = s.fill?.(item);
      if (fill) fills[c] = fill;
    });
    const height = Math.max(
      ...columns.map((col, c) => (col.wrap ? estimateRowHeight(String(values[r][c]), col.width, BODY_FONT_SIZE) : 0)),
      estimateRowHeight('', 10, BODY_FONT_SIZE),
    );
    return { values: values[r], fills, height };
  });
  return { name, columns, headerFill: LABEL_FILL, rows };
}

interface FindingRow {
  file: CheckedFile;
  department: string;
  finding: Finding;
}

function findingSheet(files: CheckedFile[], l: OutputLabels, lang: OutputLang): ReportSheet {
  const items: FindingRow[] = files.flatMap((file) => {
    const department = departmentOf(file.recognition);
    return file.findings.map((finding) => ({ file, department, finding }));
  });
  const project = ({ file, finding }: FindingRow) => {
    const form = formOf(file.recognition, finding);
    return form?.kind === 'project' ? formName(form) : '';
  };
  const columns: ColumnSpec<FindingRow>[] = [
    { header: l.columns.file, value: (r) => r.file.file, horizontal: 'left', width: FILE_WIDTH },
    { header: l.columns.department, value: (r) => r.department, horizontal: 'left', width: NAME_WIDTH },
    { header: l.columns.project, value: project, horizontal: 'left', width: NAME_WIDTH },
    { header: l.columns.sheet, value: (r) => r.finding.sheet ?? l.workbook, horizontal: 'left', width: { min: 8, max: 24 } },
    { header: l.columns.cell, value: (r) => r.finding.cell ?? '', horizontal: 'center', width: { min: 8, max: 12 } },
    { header: l.columns.rule, value: (r) => r.finding.rule, horizontal: 'left', width: { min: 10, max: 28 } },
    {
      header: l.columns.severity,
      value: (r) => l.severity[r.finding.severity],
      horizontal: 'center',
      width: { min: 10, max: 12 },
      fill: (r) => SEVERITY_FILLS[r.finding.severity],
    },
    { header: l.columns.message, value: (r) => findingMessage(r.finding, lang), horizontal: 'left', width: MESSAGE_WIDTH },
  ];
  return buildSheet(l.findingsSheet, columns, items);
}

function fileSheet(outcomes: FileOutcome[], l: OutputLabels): ReportSheet {
  const counts = (o: FileOutcome) => (isUnreadable(o) ? null : countSeverities(o.findings));
  const count = (severity: Severity) => (o: FileOutcome) => counts(o)?.[severity] ?? '';
  const flag = (severity: Severity) => (o: FileOutcome) => {
    const n = counts(o)?.[severity] ?? 0;
    return n > 0 ? SEVERITY_FILLS[severity] : undefined;
  };
  const columns: ColumnSpec<FileOutcome>[] = [
    { header: l.columns.file, value: (o) => o.file, horizontal: 'left', width: FILE_WIDTH },
    {
      header: l.columns.department,
      value: (o) => (isUnreadable(o) ? '' : departmentOf(o.recognition)),
      horizontal: 'left',
      width: NAME_WIDTH,
    },
    {
      header: l.columns.forms,
      value: (o) => (isUnreadable(o) ? '' : o.recognition.forms.length),
      horizontal: 'center',
      width: { min: 8, max: 10 },
    },
    { header: l.counts.error, value: count('error'), horizontal: 'center', width: { min: 8, max: 10 }, fill: flag('error') },
    { header: l.counts.warning, value: count('warning'), horizontal: 'center', width: { min: 8, max: 10 }, fill: flag('warning') },
    { header: l.counts.info, value: count('info'), horizontal: 'center', width: { min: 8, max: 10 } },
    {
      header: l.columns.note,
      value: (o) => (isUnreadable(o) ? o.error : o.recognition.forms.length === 0 ? l.noForm : ''),
      horizontal: 'left',
      width: MESSAGE_WIDTH,
      fill: (o) => (isUnreadable(o) ? SEVERITY_FILLS.error : undefined),
    },
  ];
  return buildSheet(l.filesSheet, columns, outcomes);
}

/**
 * The report's two sheets, findings first: files in the order given, findings in each file's
 * order (sheet, row, column). Unreadable files appear in the summary only, with their error.
 */
export function reportLayout(outcomes: FileOutcome[], lang: OutputLang = 'zh'): ReportSheet[] {
  const l = OUTPUT_LABELS[lang];
  const checked = outcomes.filter((o): o is CheckedFile => !isUnreadable(o));
  return [findingSheet(checked, l, lang), fileSheet(outcomes, l)];
}
