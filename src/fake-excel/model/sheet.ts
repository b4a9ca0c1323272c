/**
 * One worksheet of the fake workbook: sparse cells keyed by position, and the things that sit on
 * cells (merges, validations, notes, hyperlinks), row heights and column widths.
 */
import { MAX_COLS, type RangeRef } from '../../core/address';
import type {
  CellFormat,
  CellModel,
  HyperlinkModel,
  NoteModel,
  PageLayoutModel,
  ValidationModel,
  Visibility,
} from './types';

export function cellKey(row: number, col: number): number {
  return (row - 1) * MAX_COLS + (col - 1);
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS) + 1;
}

export function keyCol(key: number): number {
  return (key % MAX_COLS) + 1;
}

export class SheetModel {
  visibility: Visibility = 'Visible';
  protected = false;
  readonly cells = new Map<number, CellModel>();
  merges: RangeRef[] = [];
  validations: ValidationModel[] = [];
  readonly notes = new Map<number, NoteModel>();
  readonly hyperlinks = new Map<number, HyperlinkModel>();
  /** Points, by 1-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Points, by 1-based row. */
  readonly rowHeights = new Map<number, number>();
  pageLayout: PageLayoutModel = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
  };
  /** The sheet's own selection, shown again when it is activated. */
  selection: RangeRef = { top: 1, left: 1, bottom: 1, right: 1 };

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): CellModel | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** The cell, created empty when missing. */
  ensureCell(row: number, col: number): CellModel {
    const key = cellKey(row, col);
    let c = this.cells.get(key);
    if (!c) {
      c = { value: '' };
      this.cells.set(key, c);
    }
    return c;
  }

  /** Drops a cell that holds nothing any more. */
  prune(row: number, col: number): void {
    const key = cellKey(row, col);
    const c = this.cells.get(key);
    if (c && c.value === '' && c.formula === undefined && (!c.format || Object.keys(c.format).length === 0)) {
      this.cells.delete(key);
    }
  }

  format(row: number, col: number): CellFormat {
    return this.cell(row, col)?.format ?? {};
  }

  updateFormat(row: number, col: number, change: (f: CellFormat) => void): void {
    const c = this.ensureCell(row, col);
    const f = { ...(c.format ?? {}) };
    change(f);
    for (const k of Object.keys(f) as (keyof CellFormat)[]) if (f[k] === undefined) delete f[k];
    c.format = f;
    this.prune(row, col);
  }
}
