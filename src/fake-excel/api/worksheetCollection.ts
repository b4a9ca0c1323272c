/** Excel.WorksheetCollection: add, getItem, getItemOrNullObject, getActiveWorksheet, items, onChanged. */
import { sheetNameProblem } from '../../core/sheetName';
import { ModelError } from '../model/errors';
import type { SheetModel } from '../model/sheet';
import { FakeCollection } from './clientObject';
import { WorksheetChangedEvent } from './events';
import { assertStructureWritable } from './targets';
import { WorksheetProxy } from './worksheet';

export class WorksheetCollectionProxy extends FakeCollection<SheetModel, WorksheetProxy> {
  protected readonly typeName = 'WorksheetCollection';
  private changedEvent?: WorksheetChangedEvent;

  /** Occurs when cells of any worksheet change (ExcelApi 1.9). */
  get onChanged(): WorksheetChangedEvent {
    this.changedEvent ??= new WorksheetChangedEvent(this.context, `${this.path}.onChanged`);
    return this.changedEvent;
  }

  protected resolveTarget(): SheetModel[] {
    return [...this.context.env.wb.sheets];
  }

  protected createItem(e: SheetModel, index: number): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.items[${index}]`, () => e);
  }

  /** Adds a sheet after the last one (not activated). */
  add(name?: string): WorksheetProxy {
    let added: SheetModel | null = null;
    this.invoke('add', name === undefined ? [] : [name], () => {
      const wb = this.context.env.wb;
      assertStructureWritable(wb);
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (wb.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (sheetNameProblem(n)) throw new ModelError('InvalidArgument', `"${n}" is not a valid sheet name`);
      if (wb.sheetByName(n)) throw new ModelError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
      added = wb.addSheet(n);
      return undefined;
    });
    return new WorksheetProxy(this.context, `${this.path}.add(${name === undefined ? '' : JSON.stringify(name)})`, () => {
      if (!added) throw new ModelError('InvalidObjectPath', 'the sheet has not been added');
      return added;
    });
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const s = this.context.env.wb.sheetByName(key) ?? this.context.env.wb.sheetById(key);
      if (!s) throw new ModelError('ItemNotFound', `The requested resource doesn't exist (sheet "${key}").`);
      return s;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      return this.context.env.wb.sheetByName(key) ?? this.context.env.wb.sheetById(key) ?? null;
    });
    ws.queueNullCheck();
    return ws;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, `${this.path}.getActiveWorksheet()`, () => this.context.env.wb.activeSheet());
  }
}
