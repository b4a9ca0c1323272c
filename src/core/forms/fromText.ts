/**
 * A sheet snapshot from pasted text, as Excel lays it out: one line per row, one tab-separated
 * field per cell, starting at a chosen cell. Markdown heading lines (`# …`, `## …`) become a
 * title cell. Plain decimal numbers become numbers, as Excel converts them on paste.
 */
import { parseRange, type RangeRef } from '../address';
import type { CellValue, SheetSnapshot } from '../snapshot';

export interface TextSnapshotOptions {
  sheetName?: string;
  /** Position among the workbook's sheets (default 0). */
  index?: number;
  /** Cell where the text's first line and first field land (default 1, 1). */
  originRow?: number;
  originCol?: number;
  /**
   * Merged areas in sheet coordinates ("A1:B1" or RangeRef); default null: merges unknown, as on
   * hosts that cannot read them.
   */
  merges?: readonly (RangeRef | string)[] | null;
  /** Turn plain decimal text ("101", "739.02") into numbers (default true). */
  numbers?: boolean;
}

const HEADING = /^#{1,6}\s+(.*)$/;
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d+)?|\.\d+)$/;

function toCell(field: string, numbers: boolean): CellValue {
  return numbers && PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/** Splits text into rows of fields (headings as one field, without the `#` marks). */
export function textToRows(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => {
    const heading = HEADING.exec(line);
    return heading ? [heading[1].trim()] : line.split('\t');
  });
}

/** The used rectangle of the pasted text as a SheetSnapshot (blank edges trimmed, as hosts report). */
export function snapshotFromText(text: string, options: TextSnapshotOptions = {}): SheetSnapshot {
  const originRow = options.originRow ?? 1;
  const originCol = options.originCol ?? 1;
  const numbers = options.numbers ?? true;
  const rows = textToRows(text).map((fields) => fields.map((f) => toCell(f, numbers)));

  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  rows.forEach((fields, i) => {
    fields.forEach((v, j) => {
      if (typeof v === 'string' && v.trim() === '') return;
      top = Math.min(top, i);
      bottom = Math.max(bottom, i);
      left = Math.min(left, j);
      right = Math.max(right, j);
    });
  });

  const values: CellValue[][] = [];
  for (let i = top; i <= bottom; i++) {
    const line: CellValue[] = [];
    for (let j = left; j <= right; j++) line.push(rows[i][j] ?? '');
    values.push(line);
  }
  const empty = values.length === 0;
  return {
    name: options.sheetName ?? 'Sheet1',
    index: options.index ?? 0,
    visibility: 'visible',
    protected: false,
    read: true,
    origin: empty ? { row: 1, col: 1 } : { row: originRow + top, col: originCol + left },
    values,
    formulas: {},
    merges: options.merges ? options.merges.map((m) => (typeof m === 'string' ? parseRange(m) : m)) : null,
  };
}
