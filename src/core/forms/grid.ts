/**
 * A sheet snapshot read by rows of non-empty cells, in sheet coordinates (1-based).
 */
import type { RangeRef } from '../address';
import { cellValue, displayText, isBlank, usedBottomRight, type CellValue, type SheetSnapshot } from '../snapshot';
import { cellLabel, type CellLabel } from './cellLabel';

export interface GridCell {
  row: number;
  col: number;
  value: CellValue;
  /** What the text reads as, for recognition (shared by every cell of the same text). */
  label: CellLabel;
  /**
   * The cell as the user sees it, untrimmed: a number in a percentage or date format is its
   * displayed text (`120%` for 1.2 in `0%`), other numbers their plain decimal form.
   */
  text: string;
}

/** Index of the first element ≥ `value` in an ascending array. */
function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SheetGrid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** Each non-empty row's cells, by row - top. */
  private readonly byRow: (GridCell[] | undefined)[] = [];
  /** Non-empty rows, ascending. */
  private readonly rows: number[] = [];

  constructor(readonly sheet: SheetSnapshot) {
    const br = usedBottomRight(sheet);
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = br.row;
    this.right = br.col;
    // Plain loops: this runs for every cell of every sheet, mostly before it is optimised.
    const lines = sheet.values;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line) continue;
      const row = this.top + i;
      const cells: GridCell[] = [];
      for (let j = 0; j < line.length; j++) {
        const value = line[j];
        if (isBlank(value)) continue;
        // A string shows as itself; a number may show formatted (displayText).
        const text = typeof value === 'string' ? value : displayText(sheet, row, this.left + j);
        cells.push({ row, col: this.left + j, value, label: cellLabel(text), text });
      }
      if (cells.length > 0) {
        this.byRow[i] = cells;
        this.rows.push(row);
      }
    }
  }

  get merges(): RangeRef[] | null {
    return this.sheet.merges;
  }

  isEmpty(): boolean {
    return this.rows.length === 0;
  }

  /** Rows holding at least one non-empty cell, top to bottom. */
  nonEmptyRows(from = this.top, to = this.bottom): number[] {
    return this.rows.slice(lowerBound(this.rows, from), lowerBound(this.rows, to + 1));
  }

  /** Non-empty cells of a row, left to right. */
  cells(row: number): GridCell[] {
    return this.byRow[row - this.top] ?? [];
  }

  value(row: number, col: number): CellValue {
    return cellValue(this.sheet, row, col);
  }

  /** The cell as the user sees it (see GridCell.text); "" for empty. */
  text(row: number, col: number): string {
    return displayText(this.sheet, row, col);
  }

  isBlankAt(row: number, col: number): boolean {
    return isBlank(this.value(row, col));
  }

  /** The merged area whose top-left cell this is, when merges are known. */
  mergeFrom(row: number, col: number): RangeRef | null {
    return this.sheet.merges?.find((m) => m.top === row && m.left === col) ?? null;
  }
}
