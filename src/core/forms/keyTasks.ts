/**
 * 年度重点工作任务 of the department form: the label, its column headers on the same row
 * (名称 | 主要实施内容 | 拟投入的资金(万元) | 期望达到的目标), and one task per row below, down to the
 * next label.
 */
import { cellA1 } from '../address';
import type { CellValue } from '../snapshot';
import type { FieldScope } from './fields';
import { isLabelText, isRemarkText } from './labels';
import { labelKey, labelUnit } from './normalize';
import { readAmount, readText } from './readValue';
import type { Field, KeyTaskRow } from './types';

const HEADERS = {
  name: /^(?:任务)?名称$/,
  content: /实施内容|工作内容|主要内容/,
  plannedFunds: /资金|金额/,
  expectedResult: /目标|效果|成果/,
} as const;

type Part = keyof typeof HEADERS;

export function readKeyTasks(scope: FieldScope, stopRow: number): KeyTaskRow[] {
  const { grid } = scope;
  let label: { row: number; col: number } | null = null;
  for (const row of grid.nonEmptyRows(scope.top, scope.bottom)) {
    const cell = grid.cells(row).find((c) => labelKey(c.text) === '年度重点工作任务');
    if (cell) {
      label = { row, col: grid.mergeFrom(cell.row, cell.col)?.right ?? cell.col };
      break;
    }
  }
  if (!label) return [];
  const headerRow = label.row;

  const headerCells = grid.cells(headerRow).filter((c) => c.col > label.col);
  const cols = {} as Record<Part, number>;
  const headers = {} as Record<Part, string | null>;
  (Object.keys(HEADERS) as Part[]).forEach((part, i) => {
    const h = headerCells.find((c) => HEADERS[part].test(labelKey(c.text)));
    cols[part] = h ? h.col : label.col + 1 + i;
    headers[part] = h ? cellA1(headerRow, h.col) : null;
  });
  const fundsHeader = headerCells.find((c) => c.col === cols.plannedFunds);
  const unit = (fundsHeader && labelUnit(fundsHeader.text)) ?? scope.unit;

  const field = <T>(row: number, part: Part, read: (v: CellValue) => T | null, asShown = true): Field<T> => {
    const text = grid.text(row, cols[part]);
    const value = read(asShown ? text : grid.value(row, cols[part]));
    return { value, text, cell: cellA1(row, cols[part]), labelCell: headers[part] };
  };

  const tasks: KeyTaskRow[] = [];
  for (const row of grid.nonEmptyRows(headerRow + 1, stopRow)) {
    const cells = grid.cells(row);
    if (cells[0].col <= label.col || isRemarkText(cells[0].text)) break;
    if (cells.some((c) => isLabelText(c.text, 'department'))) break;
    const parts = Object.values(cols);
    if (!cells.some((c) => parts.includes(c.col))) continue;
    tasks.push({
      row,
      name: field(row, 'name', readText),
      content: field(row, 'content', readText),
      // An amount from the cell's value: a number stays a number.
      plannedFunds: field(row, 'plannedFunds', (v) => readAmount(v, unit), false),
      expectedResult: field(row, 'expectedResult', readText),
    });
  }
  return tasks;
}
