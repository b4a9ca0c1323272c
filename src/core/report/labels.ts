/**
 * The words of the CLI's outputs and the reviewer's report, in Chinese and English: severities and
 * the report's sheet and column names.
 */
import type { Severity } from '../findings';

export type OutputLang = 'zh' | 'en';

const zh = {
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  /** Headers of the summary's count columns. */
  counts: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  findingsSheet: '审核结果',
  filesSheet: '文件汇总',
  columns: {
    file: '文件',
    department: '部门',
    project: '项目',
    sheet: '工作表',
    cell: '单元格',
    rule: '规则',
    severity: '严重程度',
    message: '说明',
    forms: '表格数',
    note: '备注',
  },
  /** The summary row's note for a file with no form. */
  noForm: '未找到申报表',
  /** Where a finding about the whole workbook is placed. */
  workbook: '（整个工作簿）',
};

export type OutputLabels = typeof zh;

const en: OutputLabels = {
  severity: { error: 'error', warning: 'warning', info: 'info' },
  counts: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  findingsSheet: 'Findings',
  filesSheet: 'Files',
  columns: {
    file: 'File',
    department: 'Department',
    project: 'Project',
    sheet: 'Sheet',
    cell: 'Cell',
    rule: 'Rule',
    severity: 'Severity',
    message: 'Message',
    forms: 'Forms',
    note: 'Note',
  },
  noForm: 'No form found',
  workbook: '(whole workbook)',
};

export const OUTPUT_LABELS: Readonly<Record<OutputLang, OutputLabels>> = { zh, en };

/** A finding's message in the language asked for. */
export function findingMessage(finding: { message: string; messageEn: string }, lang: OutputLang): string {
  return lang === 'en' ? finding.messageEn : finding.message;
}
