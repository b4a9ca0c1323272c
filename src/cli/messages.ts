/**
 * What `jixiao validate` and `jixiao clear` print, in Chinese and English (`--lang en`). The English
 * dictionary is typed from the Chinese, so a missing sentence is a compile error.
 */
import type { DroppedPart } from '../hosts/xlsx';
import type { OutputLang } from '../core/report';

const zh = {
  list: (items: string[]) => items.join('、'),
  quoted: (s: string) => `「${s}」`,
  more: (total: number) => ` 等 ${total} 处`,
  withReason: (cell: string, reason: string) => `${cell}（${reason}）`,
  formKinds: { department: '部门整体预算绩效目标申报表', project: '项目支出绩效目标申报表' },
  fileHeading: (file: string, forms: number) => `${file}（${forms} 张申报表）`,
  sheetHeading: (sheet: string, forms: string) => `工作表「${sheet}」${forms ? `：${forms}` : ''}`,
  formOnSheet: (kind: string, name: string) => (name ? `${kind}「${name}」` : kind),
  workbookHeading: '整个工作簿',
  noFindings: '未发现问题。',
  otherSheets: (names: string) => `其他工作表（不是申报表）：${names}`,
  hidden: (name: string) => `${name}（隐藏，未审核）`,
  summary: (files: number, unreadable: number, forms: number, e: number, w: number, i: number) =>
    `共 ${files} 个文件${unreadable > 0 ? `（其中 ${unreadable} 个无法读取）` : ''}，${forms} 张申报表；错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
  configProblem: (problem: string) => `警告（--config）：${problem}`,
  emptyDir: (dir: string) => `警告：文件夹「${dir}」中没有 .xlsx 文件。`,
  droppedParts: (file: string, parts: string, out: string) =>
    `注意：「${file}」含有本工具无法保留的内容（${parts}），写出的「${out}」中将没有这些内容；原文件未改动。`,
  parts: {
    charts: '图表',
    pivotTables: '数据透视表',
    drawings: '形状、文本框或控件',
    customXml: '自定义 XML 数据',
    customProperties: '自定义文档属性',
    macros: '宏',
    externalLinks: '指向其他工作簿的链接',
    slicers: '切片器或日程表',
    threadedComments: '新版批注（旧版批注会保留）',
    definedNames: '部分定义的名称',
  } as Record<DroppedPart, string>,
  marked: (file: string, out: string, cells: number) => `已写出「${file}」的标记副本「${out}」：标记了 ${cells} 个单元格。`,
  markFailed: (file: string, reason: string) => `「${file}」未写出标记副本：${reason}`,
  unmarkedProtected: (cells: string) => `以下单元格所在的工作表受保护，未标记：${cells}`,
  notMarked: (cells: string) => `以下单元格未标记：${cells}`,
  skipReasons: {
    'sheet-missing': '工作表不存在',
    'previous-mark-kept': '原有标记保留',
    'structure-protected': '工作簿结构受保护',
    'note-too-long': '原批注过长',
  } as Record<string, string>,
  leftAsUserChanged: (cells: string) => `以下单元格的标记已被手动修改，保持原样：${cells}`,
  kept: (cells: string) => `以下单元格的原有标记无法清除（工作表受保护），仍然保留：${cells}`,
  reportWritten: (file: string, rows: number) => `已写出审核报告「${file}」（${rows} 条审核结果）。`,
  cleared: (out: string, restored: number) => `已清除 ${restored} 个单元格的标记，写出「${out}」。`,
  noMarks: (out: string) => `工作簿中没有审核标记，已原样写出「${out}」。`,
  gone: (n: number) => `另有 ${n} 处标记所在的行或工作表已被删除。`,
  storeKept: '工作簿中仍保留标记记录，以便之后清除剩余的标记。',
};

export type CliMessages = typeof zh;

const en: CliMessages = {
  list: (items) => items.join(', '),
  quoted: (s) => `“${s}”`,
  more: (total) => ` … (${total} in all)`,
  withReason: (cell, reason) => `${cell} (${reason})`,
  formKinds: { department: 'department form', project: 'project form' },
  fileHeading: (file, forms) => `${file} (${forms} form${forms === 1 ? '' : 's'})`,
  sheetHeading: (sheet, forms) => `Sheet “${sheet}”${forms ? `: ${forms}` : ''}`,
  formOnSheet: (kind, name) => (name ? `${kind} “${name}”` : kind),
  workbookHeading: 'Whole workbook',
  noFindings: 'No problems found.',
  otherSheets: (names) => `Other sheets (not forms): ${names}`,
  hidden: (name) => `${name} (hidden, not checked)`,
  summary: (files, unreadable, forms, e, w, i) =>
    `${files} file${files === 1 ? '' : 's'}${unreadable > 0 ? ` (${unreadable} unreadable)` : ''}, ${forms} form${forms === 1 ? '' : 's'}: ` +
    `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info.`,
  configProblem: (problem) => `warning (--config): ${problem}`,
  emptyDir: (dir) => `warning: the folder “${dir}” holds no .xlsx file.`,
  droppedParts: (file, parts, out) =>
    `note: “${file}” holds content this tool cannot keep (${parts}); “${out}” will not have it. The original file is unchanged.`,
  parts: {
    charts: 'charts',
    pivotTables: 'pivot tables',
    drawings: 'shapes, text boxes or controls',
    customXml: 'custom XML data',
    customProperties: 'custom document properties',
    macros: 'macros',
    externalLinks: 'links to other workbooks',
    slicers: 'slicers or timelines',
    threadedComments: 'threaded comments (legacy notes are kept)',
    definedNames: 'some defined names',
  },
  marked: (file, out, cells) => `Wrote the marked copy of “${file}” to “${out}”: ${cells} cell${cells === 1 ? '' : 's'} marked.`,
  markFailed: (file, reason) => `No marked copy of “${file}” was written: ${reason}`,
  unmarkedProtected: (cells) => `These cells are on protected sheets and were not marked: ${cells}`,
  notMarked: (cells) => `These cells were not marked: ${cells}`,
  skipReasons: {
    'sheet-missing': 'no such sheet',
    'previous-mark-kept': 'an earlier mark stays',
    'structure-protected': 'the workbook structure is protected',
    'note-too-long': 'its note is too long',
  },
  leftAsUserChanged: (cells) => `These cells' marks were changed by hand and were left as they are: ${cells}`,
  kept: (cells) => `These cells' earlier marks could not be cleared (protected sheet) and stay: ${cells}`,
  reportWritten: (file, rows) => `Wrote the review report “${file}” (${rows} finding${rows === 1 ? '' : 's'}).`,
  cleared: (out, restored) => `Cleared the marks of ${restored} cell${restored === 1 ? '' : 's'}; wrote “${out}”.`,
  noMarks: (out) => `The workbook has no review marks; wrote “${out}” unchanged.`,
  gone: (n) => `${n} more mark${n === 1 ? ' was' : 's were'} on rows or sheets since deleted.`,
  storeKept: 'The marks record stays in the workbook so that the remaining marks can be cleared later.',
};

const MESSAGES: Record<OutputLang, CliMessages> = { zh, en };

export function cliMessages(lang: OutputLang): CliMessages {
  return MESSAGES[lang];
}

/** Cells as "表1!B5、表2!C3", the first `max` of them and a count of the rest. */
export function cellList(m: CliMessages, cells: { sheet: string; cell: string }[], max = 10): string {
  const shown = cells.slice(0, max).map((c) => `${c.sheet}!${c.cell}`);
  const rest = cells.length - shown.length;
  return m.list(shown) + (rest > 0 ? m.more(cells.length) : '');
}
