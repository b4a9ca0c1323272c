/**
 * Excel.Workbook: worksheets, names, protection (structure), notes (1.18), the selected range.
 */
import type { WorkbookModel } from '../model/workbook';
import { ModelError } from '../model/errors';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';
import { NamedItemCollectionProxy } from './names';
import { NoteCollectionProxy } from './notes';
import { WorkbookProtectionProxy } from './protection';
import { RangeProxy } from './range';
import { WorksheetCollectionProxy } from './worksheetCollection';

export class WorkbookProxy extends FakeClientObject<WorkbookModel> {
  protected readonly typeName = 'Workbook';
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly protection: WorkbookProtectionProxy;
  private notesProxy?: NoteCollectionProxy;

  constructor(context: FakeRequestContext) {
    super(context, 'workbook');
    this.worksheets = new WorksheetCollectionProxy(context, 'workbook.worksheets');
    this.names = new NamedItemCollectionProxy(context, 'workbook.names');
    this.protection = new WorkbookProtectionProxy(context, 'workbook.protection');
  }

  protected resolveTarget(): WorkbookModel {
    return this.context.env.wb;
  }

  protected scalarReaders(): Record<string, (t: WorkbookModel) => unknown> {
    return { name: () => 'Book1.xlsx' };
  }

  protected override navigations(): Record<string, FakeClientObject<unknown>> {
    return {
      worksheets: this.worksheets as FakeClientObject<unknown>,
      names: this.names as FakeClientObject<unknown>,
      protection: this.protection as FakeClientObject<unknown>,
    };
  }

  get name(): string {
    return this.read('name');
  }

  /** ExcelApi 1.18. */
  get notes(): NoteCollectionProxy {
    this.notesProxy ??= new NoteCollectionProxy(this.context, 'workbook.notes', null);
    return this.notesProxy;
  }

  /** The selected range; fails with InvalidSelection when something other than cells is selected. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, 'workbook.getSelectedRange()', () => {
      const wb = this.context.env.wb;
      if (!wb.rangeSelected) throw new ModelError('InvalidSelection', 'The current selection is invalid for this operation.');
      const { sheet, rect } = wb.selection();
      return { sheet, rect };
    });
  }
}
