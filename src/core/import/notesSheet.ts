/**
 * The 导入说明 sheet: a title, one line saying what it is, then one row per note (序号, 来源, 位置,
 * 导入到, 栏目, 内容, 说明), bordered, wrapped, printed landscape one page wide.
 */
import { formatRange } from '../address';
import type { EditOp } from '../plan';
import type { CellValue } from '../snapshot';
import { estimateRowHeight, lineHeight, STYLES, TITLE_ROW_HEIGHT } from '../style';
import type { ImportNote, ImportNoteReason } from './types';

export const NOTES_SHEET_NAME = '导入说明';

/** What each reason means, as the sheet says it. */
export const NOTE_REASON_TEXT: Readonly<Record<ImportNoteReason, string>> = {
  'no-field': '标准表中没有此栏目，未导入',
  'extra-value': '超出标准表的指标值列，未导入',
  'kept-whole': '疑为多个指标合在一格，但名称与指标值不能一一对应，已整格导入，请人工拆分',
  'unknown-subcategory': '一级/二级指标不在指标体系中，此项未导入',
  'unknown-hierarchy-name': '不是指标体系中的一级/二级指标名称，未导入',
  'single-value-column': '原表只有一列指标值',
  'too-many-rows': '超出一张申报表能容纳的行数，未导入',
  title: '原表标题',
  remark: '原表备注，标准表未保留',
  unlabelled: '表内没有栏目名称的文字，未导入',
  'outside-form': '申报表以外的文字，未导入',
  'no-form': '未找到申报表，未导入',
  'sheet-skipped': '工作表未读取',
};

const HEADERS = ['序号', '来源', '位置', '导入到', '栏目', '内容', '说明'] as const;
const WIDTHS = [6, 16, 16, 18, 22, 40, 40];
const INTRO = '以下内容未能原样放入标准申报表，请核对后按需手工补录。';

/** The note's 说明: the reason, and what else it says. */
export function noteExplanation(note: ImportNote): string {
  const reason = NOTE_REASON_TEXT[note.reason];
  return note.detail ? `${reason}：${note.detail}` : reason;
}

/** The operations that add the sheet `sheet` listing `notes` (the sheet must not exist). */
export function notesSheetOps(sheet: string, notes: readonly ImportNote[]): EditOp[] {
  const cols = HEADERS.length;
  const rows: CellValue[][] = [
    [NOTES_SHEET_NAME, ...new Array<CellValue>(cols - 1).fill('')],
    [INTRO, ...new Array<CellValue>(cols - 1).fill('')],
    [...HEADERS],
    ...notes.map((n, i) => [i + 1, n.source, n.location, n.form ?? '', n.label, n.text, noteExplanation(n)]),
  ];
  const last = rows.length;
  const all = formatRange({ top: 1, left: 1, bottom: last, right: cols });
  const table = formatRange({ top: 3, left: 1, bottom: last, right: cols });
  const ops: EditOp[] = [{ kind: 'addSheet', sheet }];
  WIDTHS.forEach((width, i) => ops.push({ kind: 'columnWidth', sheet, col: i + 1, width }));
  ops.push({ kind: 'values', sheet, address: 'A1', values: rows });
  ops.push({ kind: 'merge', sheet, address: formatRange({ top: 1, left: 1, bottom: 1, right: cols }) });
  ops.push({ kind: 'merge', sheet, address: formatRange({ top: 2, left: 1, bottom: 2, right: cols }) });
  ops.push({ kind: 'style', sheet, address: all, style: STYLES.base });
  ops.push({ kind: 'style', sheet, address: 'A1', style: STYLES.title });
  ops.push({ kind: 'style', sheet, address: 'A2', style: STYLES.note });
  ops.push({ kind: 'style', sheet, address: table, style: STYLES.table });
  ops.push({ kind: 'style', sheet, address: formatRange({ top: 3, left: 1, bottom: 3, right: cols }), style: STYLES.label });
  if (last > 3) {
    ops.push({ kind: 'style', sheet, address: formatRange({ top: 4, left: 1, bottom: last, right: 1 }), style: STYLES.integer });
    ops.push({ kind: 'style', sheet, address: formatRange({ top: 4, left: 2, bottom: last, right: cols }), style: STYLES.text });
  }
  ops.push({ kind: 'rowHeight', sheet, row: 1, height: TITLE_ROW_HEIGHT });
  notes.forEach((n, i) => {
    const texts = rows[i + 3].map(String);
    const height = Math.max(...texts.map((t, c) => estimateRowHeight(t, WIDTHS[c])));
    if (height > lineHeight()) ops.push({ kind: 'rowHeight', sheet, row: i + 4, height });
  });
  ops.push({
    kind: 'printSetup',
    sheet,
    setup: { paper: 'A4', orientation: 'landscape', fitToWidth: true, printArea: all, titleRows: '3:3' },
  });
  return ops;
}

