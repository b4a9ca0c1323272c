/**
 * Excel.Range: a rectangle of cells. Reads values, formulas, number formats, text and the
 * hyperlink; writes them; inserts whole rows, merges, unmerges, selects; gives sub-ranges and the
 * merged areas whose top-left cell lies inside it.
 */
import { MAX_COLS, MAX_ROWS, rangesIntersect, type RangeRef } from '../../core/address';
import { formattedNumber } from '../../core/numberFormat';
import { EMPTY, isError } from '../formula/evaluate';
import { ModelError } from '../model/errors';
import { storeInput } from '../model/input';
import { rectCells } from '../model/rects';
import { cellResult } from '../model/results';
import { cellKey } from '../model/sheet';
import { insertRows, mergeCells, unmergeCells } from '../model/structure';
import type { HyperlinkModel } from '../model/types';
import { apiAddress, isEntireRows } from './address';
import { cellProperties, type CellPropertiesRequest, type CellPropertiesResult } from './cellProperties';
import { FakeClientResult } from './clientResult';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';
import { DataValidationProxy } from './dataValidation';
import { RangeAreasProxy } from './rangeAreas';
import { RangeFormatProxy } from './rangeFormat';
import { assertAlive, assertWritable, eachCell, forEachRow, requireApi, type RangeTarget } from './targets';

/** What `text` gives: percentages and dates through their format (1.2 in "0%" → "120%"), the rest plain. */
function displayText(v: unknown, numberFormat: string | undefined): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formattedNumber(v, numberFormat) ?? String(v);
  return String(v);
}

export class RangeProxy extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'Range';
  private formatProxy?: RangeFormatProxy;
  private validationProxy?: DataValidationProxy;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): RangeTarget | null {
    const t = this.resolver();
    if (t) assertAlive(this.context.env.wb, t.sheet);
    return t;
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    const wb = this.context.env.wb;
    return {
      address: (t) => apiAddress(t.sheet.name, t.rect),
      rowIndex: (t) => t.rect.top - 1,
      columnIndex: (t) => t.rect.left - 1,
      rowCount: (t) => t.rect.bottom - t.rect.top + 1,
      columnCount: (t) => t.rect.right - t.rect.left + 1,
      cellCount: (t) => rectCells(t.rect),
      values: (t) =>
        forEachRow(t.rect, (r, c) => {
          const v = cellResult(wb, t.sheet, r, c);
          return v === EMPTY ? '' : isError(v) ? v.error : v;
        }),
      formulas: (t) =>
        forEachRow(t.rect, (r, c) => {
          const cell = t.sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? '';
        }),
      numberFormat: (t) => forEachRow(t.rect, (r, c) => t.sheet.format(r, c).numberFormat ?? 'General'),
      text: (t) =>
        forEachRow(t.rect, (r, c) => {
          const v = cellResult(wb, t.sheet, r, c);
          return v === EMPTY ? '' : isError(v) ? v.error : displayText(v, t.sheet.format(r, c).numberFormat);
        }),
      hyperlink: (t) => {
        requireApi(this.context, '1.7', 'Range.hyperlink');
        return t.sheet.hyperlinks.get(cellKey(t.rect.top, t.rect.left)) ?? null;
      },
    };
  }

  protected override navigations(): Record<string, FakeClientObject<unknown>> {
    return { format: this.format as FakeClientObject<unknown>, dataValidation: this.dataValidation as FakeClientObject<unknown> };
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get text(): string[][] {
    return this.read('text');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown) {
    this.write('values', v, (t) => this.writeCells(t, v));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown) {
    this.write('formulas', v, (t) => this.writeCells(t, v));
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.write('numberFormat', v, (t) => {
      assertWritable(t.sheet);
      const grid = this.grid(t.rect, v);
      eachCell(t.rect, (r, c) => {
        const f = grid(r, c);
        if (f === null || f === undefined) return;
        t.sheet.updateFormat(r, c, (fmt) => {
          fmt.numberFormat = String(f) === 'General' || f === '' ? undefined : String(f);
        });
      });
      this.context.env.wb.touch();
    });
  }

  get hyperlink(): HyperlinkModel | null {
    return this.read('hyperlink');
  }
  set hyperlink(v: HyperlinkModel | null) {
    this.write('hyperlink', v, (t) => {
      requireApi(this.context, '1.7', 'Range.hyperlink');
      assertWritable(t.sheet);
      eachCell(t.rect, (r, c) => {
        if (v) t.sheet.hyperlinks.set(cellKey(r, c), { ...v });
        else t.sheet.hyperlinks.delete(cellKey(r, c));
      });
      if (v?.textToDisplay !== undefined) {
        const cell = t.sheet.ensureCell(t.rect.top, t.rect.left);
        cell.value = v.textToDisplay;
        delete cell.formula;
        this.context.noteChange(t.sheet.id, { top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left }, 'RangeEdited');
      }
      this.context.env.wb.touch();
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, `${this.path}.format`, () => this.target());
    return this.formatProxy;
  }

  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this.context, `${this.path}.dataValidation`, () => this.target());
    return this.validationProxy;
  }

  /** The value for each cell: a 2-D array of the range's size, or one value for every cell. */
  private grid(rect: RangeRef, v: unknown): (row: number, col: number) => unknown {
    if (v === null || v === undefined) throw new ModelError('InvalidArgument', 'null is not a valid input for a property');
    if (!Array.isArray(v)) return () => v;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (v.length !== rows || v.some((line) => !Array.isArray(line) || line.length !== cols)) {
      throw new ModelError(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    return (r, c) => (v as unknown[][])[r - rect.top][c - rect.left];
  }

  private writeCells(t: RangeTarget, v: unknown): void {
    assertWritable(t.sheet);
    if (rectCells(t.rect) > 5_000_000) throw new ModelError('RangeExceedsLimit', 'The range is too large to write.');
    const grid = this.grid(t.rect, v);
    eachCell(t.rect, (r, c) => storeInput(t.sheet, r, c, grid(r, c)));
    this.context.env.wb.touch();
    this.context.noteChange(t.sheet.id, t.rect, 'RangeEdited');
  }

  private derived(name: string, args: unknown[], make: (t: RangeTarget) => RangeTarget): RangeProxy {
    const list = args.map((a) => JSON.stringify(a)).join(', ');
    return new RangeProxy(this.context, `${this.path}.${name}(${list})`, () => make(this.requireTarget()));
  }

  /** The cell at 0-based offsets from the top-left cell. */
  getCell(row: number, column: number): RangeProxy {
    return this.derived('getCell', [row, column], (t) => {
      const top = t.rect.top + row;
      const left = t.rect.left + column;
      if (top < 1 || left < 1 || top > MAX_ROWS || left > MAX_COLS) throw new ModelError('InvalidArgument', 'cell outside the sheet');
      return { sheet: t.sheet, rect: { top, left, bottom: top, right: left } };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived('getOffsetRange', [rowOffset, columnOffset], (t) => {
      const rect = {
        top: t.rect.top + rowOffset,
        bottom: t.rect.bottom + rowOffset,
        left: t.rect.left + columnOffset,
        right: t.rect.right + columnOffset,
      };
      if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROWS || rect.right > MAX_COLS) {
        throw new ModelError('InvalidArgument', 'The range would be outside the sheet.');
      }
      return { sheet: t.sheet, rect };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived('getResizedRange', [deltaRows, deltaColumns], (t) => {
      const rect = { ...t.rect, bottom: t.rect.bottom + deltaRows, right: t.rect.right + deltaColumns };
      if (rect.bottom < rect.top || rect.right < rect.left || rect.bottom > MAX_ROWS || rect.right > MAX_COLS) {
        throw new ModelError('InvalidArgument', 'The resized range is invalid.');
      }
      return { sheet: t.sheet, rect };
    });
  }

  /**
   * Inserts cells in place of this range and returns the blank range. Only whole rows shifted
   * down are imitated.
   */
  insert(shift: string): RangeProxy {
    let inserted: RangeTarget | null = null;
    this.invoke('insert', [shift], (t) => {
      if (shift !== 'Down') throw new ModelError('NotImplemented', 'the fake inserts whole rows only (shift "Down")');
      if (!isEntireRows(t.rect)) throw new ModelError('NotImplemented', 'the fake inserts whole rows only (e.g. "5:6")');
      assertWritable(t.sheet);
      insertRows(this.context.env.wb, t.sheet, t.rect.top, t.rect.bottom - t.rect.top + 1);
      this.context.noteChange(t.sheet.id, t.rect, 'RowInserted');
      inserted = { sheet: t.sheet, rect: t.rect };
      return undefined;
    });
    return new RangeProxy(this.context, `${this.path}.insert("${shift}")`, () => {
      if (!inserted) throw new ModelError('InvalidObjectPath', 'the insert has not run');
      return inserted;
    });
  }

  merge(across = false): void {
    this.invoke('merge', [across], (t) => {
      assertWritable(t.sheet);
      mergeCells(this.context.env.wb, t.sheet, t.rect, across);
    });
  }

  unmerge(): void {
    this.invoke('unmerge', [], (t) => {
      assertWritable(t.sheet);
      unmergeCells(this.context.env.wb, t.sheet, t.rect);
    });
  }

  /** Selects the range, activating its sheet. */
  select(): void {
    this.invoke('select', [], (t) => {
      if (t.sheet.visibility !== 'Visible') throw new ModelError('InvalidOperation', 'cannot select on a hidden sheet');
      const wb = this.context.env.wb;
      wb.activeSheetId = t.sheet.id;
      t.sheet.selection = { ...t.rect };
      wb.rangeSelected = true;
    });
  }

  /** The asked properties of every cell, row by row (ExcelApi 1.9); readable after the sync. */
  getCellProperties(options: CellPropertiesRequest): FakeClientResult<CellPropertiesResult[][]> {
    const result = new FakeClientResult<CellPropertiesResult[][]>();
    this.invoke('getCellProperties', [options], (t) => {
      requireApi(this.context, '1.9', 'Range.getCellProperties');
      const value = forEachRow(t.rect, (r, c) => cellProperties(t.sheet, r, c, options ?? {}));
      result.settle(value);
      return value;
    });
    return result;
  }

  /**
   * The merged areas whose top-left cell lies in this range (ExcelApi 1.13); a null object when
   * there are none. More than 512 areas fail, as documented.
   */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    const areas = new RangeAreasProxy(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      requireApi(this.context, '1.13', 'Range.getMergedAreasOrNullObject');
      const t = this.requireTarget();
      const found = t.sheet.merges
        .filter((m) => rangesIntersect(m, t.rect) && m.top >= t.rect.top && m.left >= t.rect.left)
        .sort((a, b) => a.top - b.top || a.left - b.left);
      if (found.length > 512) throw new ModelError('GeneralException', 'more than 512 merged areas');
      return found.length === 0 ? null : { sheet: t.sheet, rects: found };
    });
    areas.queueNullCheck();
    return areas;
  }
}
