/**
 * Excel.Worksheet: name, position, visibility (Visible, Hidden, VeryHidden), protection, page
 * layout (1.9), notes (1.18); ranges by address, the used range, activate and delete.
 */
import { MAX_COLS, MAX_ROWS } from '../../core/address';
import { ModelError } from '../model/errors';
import type { SheetModel } from '../model/sheet';
import { deleteSheet, renameSheet } from '../model/structure';
import { sheetNameProblem } from '../../core/sheetName';
import type { Visibility } from '../model/types';
import { usedRect } from '../model/usedRange';
import { parseApiAddress } from './address';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';
import { NoteCollectionProxy } from './notes';
import { PageLayoutProxy } from './pageLayout';
import { WorksheetProtectionProxy } from './protection';
import { RangeProxy } from './range';
import { assertAlive, assertStructureWritable } from './targets';

const VISIBILITY: Visibility[] = ['Visible', 'Hidden', 'VeryHidden'];

export class WorksheetProxy extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'Worksheet';
  private protectionProxy?: WorksheetProtectionProxy;
  private pageLayoutProxy?: PageLayoutProxy;
  private notesProxy?: NoteCollectionProxy;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => SheetModel | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): SheetModel | null {
    const s = this.resolver();
    return s ? assertAlive(this.context.env.wb, s) : null;
  }

  protected scalarReaders(): Record<string, (t: SheetModel) => unknown> {
    return {
      id: (t) => t.id,
      name: (t) => t.name,
      position: (t) => this.context.env.wb.sheets.indexOf(t),
      visibility: (t) => t.visibility,
    };
  }

  protected override navigations(): Record<string, FakeClientObject<unknown>> {
    return { protection: this.protection as FakeClientObject<unknown> };
  }

  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  /** Renames the sheet; references to it in formulas and names follow. */
  set name(v: string) {
    this.write('name', v, (t) => {
      const wb = this.context.env.wb;
      assertStructureWritable(wb);
      if (typeof v !== 'string' || sheetNameProblem(v)) throw new ModelError('InvalidArgument', `"${String(v)}" is not a valid sheet name`);
      const other = wb.sheetByName(v);
      if (other && other !== t) throw new ModelError('ItemAlreadyExists', `A sheet named "${v}" already exists.`);
      renameSheet(wb, t, v);
    });
  }
  get position(): number {
    return this.read('position');
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }
  set visibility(v: Visibility) {
    this.write('visibility', v, (t) => {
      if (!VISIBILITY.includes(v)) throw new ModelError('InvalidArgument', `bad visibility ${v}`);
      const wb = this.context.env.wb;
      assertStructureWritable(wb);
      if (v !== 'Visible' && wb.sheets.every((s) => s === t || s.visibility !== 'Visible')) {
        throw new ModelError('InvalidOperation', 'a workbook must keep at least one visible sheet');
      }
      t.visibility = v;
      if (v !== 'Visible' && wb.activeSheetId === t.id) {
        wb.activeSheetId = wb.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
      }
      wb.touch();
    });
  }

  get protection(): WorksheetProtectionProxy {
    this.protectionProxy ??= new WorksheetProtectionProxy(this.context, `${this.path}.protection`, () => this.target());
    return this.protectionProxy;
  }

  /** ExcelApi 1.9. */
  get pageLayout(): PageLayoutProxy {
    this.pageLayoutProxy ??= new PageLayoutProxy(this.context, `${this.path}.pageLayout`, () => this.target());
    return this.pageLayoutProxy;
  }

  /** ExcelApi 1.18. */
  get notes(): NoteCollectionProxy {
    this.notesProxy ??= new NoteCollectionProxy(this.context, `${this.path}.notes`, () => this.target());
    return this.notesProxy;
  }

  /** A range by local address ("A1", "B2:C3", "5:6", "B:C"); without one, the whole sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${address === undefined ? '' : JSON.stringify(address)})`, () => {
      const sheet = this.requireTarget();
      const rect =
        address === undefined ? { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS } : parseApiAddress(address);
      return { sheet, rect };
    });
  }

  /** A cell by 0-based row and column. */
  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getCell(${row}, ${column})`, () => {
      if (row < 0 || column < 0 || row >= MAX_ROWS || column >= MAX_COLS) throw new ModelError('InvalidArgument', 'bad cell index');
      return { sheet: this.requireTarget(), rect: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 } };
    });
  }

  /** The used range; the top-left cell when the sheet is blank. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.requireTarget();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  /** The used range, or a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    const r = new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.requireTarget();
      const rect = usedRect(sheet, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
    r.queueNullCheck();
    return r;
  }

  /** Shows the sheet; its remembered selection becomes the workbook's. */
  activate(): void {
    this.invoke('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new ModelError('InvalidOperation', 'cannot activate a hidden sheet');
      this.context.env.wb.activeSheetId = t.id;
      this.context.env.wb.rangeSelected = true;
    });
  }

  /** Deletes the sheet; a very hidden sheet must be made visible or hidden first (InvalidOperation). */
  delete(): void {
    this.invoke('delete', [], (t) => {
      assertStructureWritable(this.context.env.wb);
      if (t.visibility === 'VeryHidden') throw new ModelError('InvalidOperation', 'cannot delete a very hidden sheet');
      deleteSheet(this.context.env.wb, t);
    });
  }
}
