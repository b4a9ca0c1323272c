/**
 * Excel.NoteCollection and Excel.Note (ExcelApi 1.18): notes on single cells, reached from a
 * worksheet ("A1") or from the workbook ("Sheet1!A1"). Every use fails with ApiNotFound before 1.18.
 */
import { splitSheetAddress } from '../../core/address';
import { ModelError } from '../model/errors';
import { cellKey, keyCol, keyRow, type SheetModel } from '../model/sheet';
import type { NoteModel } from '../model/types';
import { parseApiAddress } from './address';
import { FakeClientObject, FakeCollection } from './clientObject';
import type { FakeRequestContext } from './context';
import { RangeProxy } from './range';
import { assertAlive, assertWritable, requireApi } from './targets';

export interface NoteTarget {
  sheet: SheetModel;
  key: number;
}

export const NOTE_AUTHOR = 'Fake Excel';

export class NoteProxy extends FakeClientObject<NoteTarget & { note: NoteModel }> {
  protected readonly typeName = 'Note';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => NoteTarget | null,
    private readonly orNull: boolean,
  ) {
    super(context, path);
  }

  protected resolveTarget(): (NoteTarget & { note: NoteModel }) | null {
    requireApi(this.context, '1.18', 'Note');
    const t = this.resolver();
    const note = t ? t.sheet.notes.get(t.key) : undefined;
    if (!t || !note) {
      if (this.orNull) return null;
      throw new ModelError('ItemNotFound', 'There is no note at that cell.');
    }
    return { ...t, note };
  }

  protected scalarReaders(): Record<string, (t: NoteTarget & { note: NoteModel }) => unknown> {
    return {
      content: (t) => t.note.content,
      authorName: (t) => t.note.authorName,
    };
  }

  get content(): string {
    return this.read('content');
  }
  set content(v: string) {
    this.write('content', v, (t) => {
      assertWritable(t.sheet);
      t.note.content = String(v);
      this.context.env.wb.touch();
    });
  }
  get authorName(): string {
    return this.read('authorName');
  }

  /** The cell the note is on. */
  getLocation(): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getLocation()`, () => {
      const t = this.requireTarget();
      const row = keyRow(t.key);
      const col = keyCol(t.key);
      return { sheet: t.sheet, rect: { top: row, left: col, bottom: row, right: col } };
    });
  }

  delete(): void {
    this.invoke('delete', [], (t) => {
      assertWritable(t.sheet);
      t.sheet.notes.delete(t.key);
      this.context.env.wb.touch();
    });
  }
}

export class NoteCollectionProxy extends FakeCollection<NoteTarget, NoteProxy> {
  protected readonly typeName = 'NoteCollection';

  constructor(
    context: FakeRequestContext,
    path: string,
    /** The worksheet of a worksheet's notes; null for the workbook's. */
    private readonly sheet: (() => SheetModel | null) | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): NoteTarget[] {
    requireApi(this.context, '1.18', 'NoteCollection');
    const sheets = this.sheet ? [this.requireSheet()] : this.context.env.wb.sheets;
    const out: NoteTarget[] = [];
    for (const s of sheets) {
      const keys = [...s.notes.keys()].sort((a, b) => a - b);
      for (const key of keys) out.push({ sheet: s, key });
    }
    return out;
  }

  private requireSheet(): SheetModel {
    const s = this.sheet?.();
    if (!s) throw new ModelError('InvalidObjectPath', 'the worksheet is a null object');
    return s;
  }

  protected createItem(e: NoteTarget, index: number): NoteProxy {
    return new NoteProxy(this.context, `${this.path}.items[${index}]`, () => e, false);
  }

  /** The cell a key or range names: "A1" on a worksheet's notes, "Sheet1!A1" on the workbook's. */
  private locate(cellAddress: string | RangeProxy): NoteTarget {
    const wb = this.context.env.wb;
    let sheet: SheetModel | undefined;
    let rect;
    if (typeof cellAddress === 'string') {
      const { sheet: name, a1 } = splitSheetAddress(cellAddress);
      if (name !== null) sheet = wb.sheetByName(name);
      else if (this.sheet) sheet = this.requireSheet();
      if (!sheet) throw new ModelError('ItemNotFound', `no sheet for note address ${cellAddress}`);
      if (this.sheet && sheet !== this.requireSheet()) throw new ModelError('InvalidArgument', 'the cell is on another sheet');
      rect = parseApiAddress(a1);
    } else {
      const t = cellAddress.requireTarget();
      sheet = t.sheet;
      rect = t.rect;
    }
    assertAlive(wb, sheet);
    if (rect.top !== rect.bottom || rect.left !== rect.right) throw new ModelError('InvalidArgument', 'a note needs a single cell');
    return { sheet, key: cellKey(rect.top, rect.left) };
  }

  /** Adds a note to a cell that has none. */
  add(cellAddress: string | RangeProxy, content: string): NoteProxy {
    let added: NoteTarget | null = null;
    const arg = typeof cellAddress === 'string' ? cellAddress : cellAddress.path;
    this.invoke('add', [arg, content], () => {
      requireApi(this.context, '1.18', 'NoteCollection.add');
      const t = this.locate(cellAddress);
      assertWritable(t.sheet);
      if (t.sheet.notes.has(t.key)) throw new ModelError('InvalidArgument', 'The cell already has a note.');
      t.sheet.notes.set(t.key, { content: String(content), authorName: NOTE_AUTHOR });
      this.context.env.wb.touch();
      added = t;
      return undefined;
    });
    return new NoteProxy(this.context, `${this.path}.add(${JSON.stringify(arg)})`, () => added, false);
  }

  getItem(key: string): NoteProxy {
    return new NoteProxy(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => this.locate(key), false);
  }

  getItemOrNullObject(key: string): NoteProxy {
    const n = new NoteProxy(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.locate(key), true);
    n.queueNullCheck();
    return n;
  }
}

