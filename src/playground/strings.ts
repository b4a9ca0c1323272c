/**
 * What the playground page itself says (the pane has its own strings in src/i18n): Chinese first,
 * English with ?lang=en-US.
 */
import type { Lang } from '../i18n';

export interface PlaygroundStrings {
  title: string;
  subtitle: string;
  toolbar: string;
  newBlank: string;
  example: string;
  open: string;
  save: string;
  fileInput: string;
  workbook: string;
  sheets: string;
  grid: (sheet: string) => string;
  nameBox: string;
  content: string;
  edit: (cell: string) => string;
  pane: string;
  paneFrame: string;
  local: string;
  loading: string;
  ready: (name: string) => string;
  opened: (name: string, sheets: number) => string;
  saved: (name: string) => string;
  saveFailed: (message: string) => string;
  typeFailed: (cell: string, message: string) => string;
  blankName: string;
  exampleName: string;
  notAvailable: string;
}

const zhCN: PlaygroundStrings = {
  title: '预算绩效目标申报表 · 试用',
  subtitle: '左边是工作簿，右边是加载项的任务窗格（与 Excel 中运行的是同一份代码）。',
  toolbar: '工作簿操作',
  newBlank: '新建空白工作簿',
  example: '示例工作簿',
  open: '打开 .xlsx…',
  save: '保存为 .xlsx',
  fileInput: '选择要打开的 .xlsx 文件',
  workbook: '工作簿',
  sheets: '工作表',
  grid: (sheet) => `工作表「${sheet}」`,
  nameBox: '单元格',
  content: '内容',
  edit: (cell) => `编辑 ${cell}`,
  pane: '任务窗格',
  paneFrame: '加载项任务窗格：预算绩效目标申报表',
  local: '文件只在本机浏览器中打开和保存，不会上传。',
  loading: '正在准备工作簿…',
  ready: (name) => `已打开「${name}」。双击单元格或按 Enter 可输入内容。`,
  opened: (name, sheets) => `已打开「${name}」（${sheets} 张工作表）。`,
  saved: (name) => `已保存为「${name}」（在浏览器的下载中）。`,
  saveFailed: (message) => `保存失败：${message}`,
  typeFailed: (cell, message) => `无法写入 ${cell}：${message}`,
  blankName: '工作簿1.xlsx',
  exampleName: '示例-预算绩效目标申报表.xlsx',
  notAvailable: '此页面需要在试用页（playground.html）中打开。',
};

const enUS: PlaygroundStrings = {
  title: 'Performance target forms · Playground',
  subtitle: 'The workbook on the left, the add-in task pane on the right (the same code that runs in Excel).',
  toolbar: 'Workbook',
  newBlank: 'New blank workbook',
  example: 'Example workbook',
  open: 'Open .xlsx…',
  save: 'Save as .xlsx',
  fileInput: 'Choose an .xlsx file to open',
  workbook: 'Workbook',
  sheets: 'Sheets',
  grid: (sheet) => `Sheet "${sheet}"`,
  nameBox: 'Cell',
  content: 'Content',
  edit: (cell) => `Edit ${cell}`,
  pane: 'Task pane',
  paneFrame: 'Add-in task pane: performance target forms',
  local: 'Files are opened and saved in this browser only; nothing is uploaded.',
  loading: 'Preparing the workbook…',
  ready: (name) => `Opened "${name}". Double-click a cell or press Enter to type.`,
  opened: (name, sheets) => `Opened "${name}" (${sheets} sheets).`,
  saved: (name) => `Saved as "${name}" (see the browser's downloads).`,
  saveFailed: (message) => `Could not save: ${message}`,
  typeFailed: (cell, message) => `Could not write ${cell}: ${message}`,
  blankName: 'Book1.xlsx',
  exampleName: 'example-performance-targets.xlsx',
  notAvailable: 'Open this page from the playground (playground.html).',
};

export function playgroundStrings(lang: Lang): PlaygroundStrings {
  return lang === 'en-US' ? enUS : zhCN;
}
