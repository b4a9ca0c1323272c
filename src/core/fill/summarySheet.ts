/**
 * The 项目支出汇总 sheet: one row per project form with its 项目名称, 项目类型, 项目等级, years, and
 * its amounts as formulas referring to the project's own cells, a 合计 row adding the projects that
 * count (SUM over their rows only: with a 一级项目 form and 二级项目 forms, the 一级 rows are listed
 * below the 合计, not added), and a link to each form. Written on a new sheet, or over ours in place.
 */
import { cellA1, formatRange, sheetAddress } from '../address';
import type { ProjectForm } from '../forms';
import type { CellStyle, EditOp, Precondition } from '../plan';
import { cellValue, usedBottomRight, type CellValue, type SheetSnapshot } from '../snapshot';
import { STYLES, TITLE_ROW_HEIGHT, type StyleName } from '../style';
import { amountFormula, sumAmounts, type AmountSource } from './amounts';
import { sameCellValue, sameFormula } from './compare';
import type { FillChange } from './types';
import type { WatchedCells } from './watch';

export const SUMMARY_TITLE = '项目支出汇总';
export const TOTAL_LABEL = '合计';
export const EXCLUDED_NOTE = '以下一级项目的金额由其所属二级项目组成，不计入合计：';

interface Column {
  header: string;
  width: number;
  style: StyleName;
}

/** The summary's columns, A to H. */
export const SUMMARY_COLUMNS: readonly Column[] = [
  { header: '项目名称', width: 32, style: 'text' },
  { header: '项目类型', width: 14, style: 'category' },
  { header: '项目等级', width: 12, style: 'category' },
  { header: '起始年度', width: 10, style: 'integer' },
  { header: '到期年度', width: 10, style: 'integer' },
  { header: '总金额（万元）', width: 16, style: 'amount' },
  { header: '当年度金额（万元）', width: 18, style: 'amount' },
  { header: '申报表', width: 20, style: 'text' },
];
const TOTAL_COL = 6;
const ANNUAL_COL = 7;
const LINK_COL = 8;
const WIDTH = SUMMARY_COLUMNS.length;
const HEADER_ROW = 2;
const FIRST_ROW = 3;

export interface SummaryProject {
  form: ProjectForm;
  total: AmountSource;
  annual: AmountSource;
}

/** What a cell of the summary holds: a value, a formula with its result, or a link with its text. */
interface Desired {
  value: CellValue;
  formula?: string;
  link?: string;
}

export interface SummaryLayout {
  cells: Map<string, Desired>;
  rows: number;
  /** The 合计 row. */
  totalRow: number;
  /** The note row above the 一级 rows, when there are any. */
  noteRow: number | null;
  /** The 合计 of 当年度金额, in 万元 (readable amounts of the counted projects). */
  annualTotal: number;
}

function yearOf(f: ProjectForm['startYear']): CellValue {
  return f.value ?? f.text.trim();
}

function projectCells(cells: Map<string, Desired>, row: number, p: SummaryProject): void {
  const f = p.form;
  const put = (col: number, d: Desired) => cells.set(cellA1(row, col), d);
  put(1, { value: f.projectName.text.trim() });
  put(2, { value: f.projectType.text.trim() });
  put(3, { value: f.projectLevel.text.trim() });
  put(4, { value: yearOf(f.startYear) });
  put(5, { value: yearOf(f.endYear) });
  for (const [col, src] of [
    [TOTAL_COL, p.total],
    [ANNUAL_COL, p.annual],
  ] as const) {
    const fx = amountFormula(src);
    put(col, fx ? { value: fx.result, formula: fx.formula } : { value: '' });
  }
  const [top] = f.range.split(':');
  put(LINK_COL, { value: f.sheet, link: sheetAddress(f.sheet, top) });
}

/** The summary's cells for the projects that count and those listed apart (一级 beside 二级). */
export function summaryLayout(counted: SummaryProject[], excluded: SummaryProject[]): SummaryLayout {
  const cells = new Map<string, Desired>();
  cells.set('A1', { value: SUMMARY_TITLE });
  SUMMARY_COLUMNS.forEach((c, i) => cells.set(cellA1(HEADER_ROW, i + 1), { value: c.header }));
  let row = FIRST_ROW;
  for (const p of counted) projectCells(cells, row++, p);
  const totalRow = row;
  const last = totalRow - 1;
  cells.set(cellA1(totalRow, 1), { value: TOTAL_LABEL });
  const sumOf = (key: 'total' | 'annual') =>
    sumAmounts(counted.flatMap((p) => (p[key].value === null ? [] : [p[key].value as number])));
  const annualTotal = sumOf('annual');
  for (const [col, total] of [
    [TOTAL_COL, sumOf('total')],
    [ANNUAL_COL, annualTotal],
  ] as const) {
    const range = formatRange({ top: FIRST_ROW, left: col, bottom: last, right: col });
    cells.set(cellA1(totalRow, col), last < FIRST_ROW ? { value: 0 } : { value: total, formula: `=SUM(${range})` });
  }
  let noteRow: number | null = null;
  row = totalRow + 1;
  if (excluded.length > 0) {
    noteRow = row++;
    cells.set(cellA1(noteRow, 1), { value: EXCLUDED_NOTE });
    for (const p of excluded) projectCells(cells, row++, p);
  }
  return { cells, rows: row - 1, totalRow, noteRow, annualTotal };
}

function same(sheet: SheetSnapshot | undefined, a1: string, row: number, col: number, d: Desired | undefined): boolean {
  const value = sheet ? cellValue(sheet, row, col) : '';
  const formula = sheet?.formulas[a1];
  if (!d) return value === '' && formula === undefined;
  if (d.formula !== undefined) return sameFormula(formula, d.formula) && sameCellValue(value, d.value);
  return formula === undefined && sameCellValue(value, d.value);
}

export interface SummaryPlan {
  ops: EditOp[];
  preconditions: Precondition[];
  changes: FillChange[];
}

/**
 * The operations that make `sheetName` hold the layout: nothing when ours already does; otherwise
 * the sheet added (`existing` undefined) or overwritten in place, every old cell beyond the new
 * layout emptied. The cells of an existing sheet it holds or will hold are watched.
 */
export function planSummarySheet(
  sheetName: string,
  existing: SheetSnapshot | undefined,
  layout: SummaryLayout,
  watched: WatchedCells,
): SummaryPlan {
  const old = existing ? usedBottomRight(existing) : { row: 0, col: 0 };
  const rows = Math.max(layout.rows, old.row);
  const cols = Math.max(WIDTH, old.col);
  const changes: FillChange[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const a1 = cellA1(r, c);
      const d = layout.cells.get(a1);
      if (same(existing, a1, r, c, d)) continue;
      const before = existing ? (existing.formulas[a1] ?? cellValue(existing, r, c)) : '';
      changes.push({
        sheet: sheetName,
        cell: a1,
        before,
        after: d ? (d.formula ?? d.value) : '',
        ...(d?.formula !== undefined ? { result: d.value } : {}),
        kind: 'summary',
      });
    }
  }
  if (changes.length === 0) return { ops: [], preconditions: [], changes };
  // The sheet is rewritten whole: every cell it holds or will hold must be as read.
  if (existing) {
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const a1 = cellA1(r, c);
        if (layout.cells.has(a1) || cellValue(existing, r, c) !== '' || existing.formulas[a1] !== undefined)
          watched.add(existing, a1);
      }
    }
  }

  const s = sheetName;
  const ops: EditOp[] = [];
  const preconditions: Precondition[] = existing
    ? [{ kind: 'sheetWritable', sheet: s }]
    : [{ kind: 'structureWritable' }, { kind: 'sheetAbsent', sheet: s }];
  if (existing) {
    if (old.row > 0)
      ops.push({
        kind: 'unmerge',
        sheet: s,
        address: formatRange({ top: 1, left: 1, bottom: old.row, right: old.col }),
      });
  } else {
    ops.push({ kind: 'addSheet', sheet: s });
  }
  const grid: CellValue[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: CellValue[] = [];
    for (let c = 1; c <= cols; c++) {
      const d = layout.cells.get(cellA1(r, c));
      line.push(d && d.formula === undefined && d.link === undefined ? d.value : '');
    }
    grid.push(line);
  }
  ops.push({ kind: 'values', sheet: s, address: 'A1', values: grid });
  for (const [a1, d] of layout.cells) {
    if (d.formula !== undefined) ops.push({ kind: 'formula', sheet: s, cell: a1, formula: d.formula, result: d.value });
    if (d.link !== undefined) ops.push({ kind: 'link', sheet: s, cell: a1, target: d.link, text: String(d.value) });
  }
  ops.push(...summaryFormat(s, layout, rows, cols));
  return { ops, preconditions, changes };
}

function summaryFormat(s: string, layout: SummaryLayout, rows: number, cols: number): EditOp[] {
  const ops: EditOp[] = [];
  const style = (top: number, left: number, bottom: number, right: number, st: CellStyle) =>
    ops.push({ kind: 'style', sheet: s, address: formatRange({ top, left, bottom, right }), style: st });
  const last = layout.rows;
  // Old rows and columns beyond the layout lose our borders and fills.
  if (rows > last) style(last + 1, 1, rows, cols, { border: 'none', fill: null });
  if (cols > WIDTH) style(1, WIDTH + 1, rows, cols, { border: 'none', fill: null });
  ops.push({ kind: 'merge', sheet: s, address: formatRange({ top: 1, left: 1, bottom: 1, right: WIDTH }) });
  style(1, 1, last, WIDTH, STYLES.base);
  style(1, 1, 1, WIDTH, STYLES.title);
  style(HEADER_ROW, 1, last, WIDTH, STYLES.table);
  style(HEADER_ROW, 1, HEADER_ROW, WIDTH, STYLES.label);
  const bodies: [number, number][] = [[FIRST_ROW, layout.totalRow - 1]];
  if (layout.noteRow !== null) bodies.push([layout.noteRow + 1, last]);
  for (const [top, bottom] of bodies) {
    if (bottom < top) continue;
    SUMMARY_COLUMNS.forEach((c, i) => style(top, i + 1, bottom, i + 1, STYLES[c.style] as CellStyle));
  }
  style(layout.totalRow, 1, layout.totalRow, WIDTH, { ...STYLES.label, fill: null });
  style(layout.totalRow, TOTAL_COL, layout.totalRow, ANNUAL_COL, { ...STYLES.amount, font: { ...STYLES.label.font } });
  if (layout.noteRow !== null) {
    ops.push({
      kind: 'merge',
      sheet: s,
      address: formatRange({ top: layout.noteRow, left: 1, bottom: layout.noteRow, right: WIDTH }),
    });
    style(layout.noteRow, 1, layout.noteRow, WIDTH, STYLES.note);
  }
  SUMMARY_COLUMNS.forEach((c, i) => ops.push({ kind: 'columnWidth', sheet: s, col: i + 1, width: c.width }));
  ops.push({ kind: 'rowHeight', sheet: s, row: 1, height: TITLE_ROW_HEIGHT });
  ops.push({
    kind: 'printSetup',
    sheet: s,
    setup: {
      paper: 'A4',
      orientation: 'landscape',
      fitToWidth: true,
      printArea: formatRange({ top: 1, left: 1, bottom: last, right: WIDTH }),
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    },
  });
  return ops;
}

/** The 合计 cell of the 当年度金额 column. */
export function annualTotalCell(layout: SummaryLayout): string {
  return cellA1(layout.totalRow, ANNUAL_COL);
}
