/** Excel.WorksheetProtection and Excel.WorkbookProtection: whether protection is on (read only here). */
import type { SheetModel } from '../model/sheet';
import type { WorkbookModel } from '../model/workbook';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';

export class WorksheetProtectionProxy extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'WorksheetProtection';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly parent: () => SheetModel | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): SheetModel | null {
    return this.parent();
  }

  protected scalarReaders(): Record<string, (t: SheetModel) => unknown> {
    return { protected: (t) => t.protected };
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

export class WorkbookProtectionProxy extends FakeClientObject<WorkbookModel> {
  protected readonly typeName = 'WorkbookProtection';

  protected resolveTarget(): WorkbookModel {
    return this.context.env.wb;
  }

  protected scalarReaders(): Record<string, (t: WorkbookModel) => unknown> {
    return { protected: (t) => t.structureProtected };
  }

  get protected(): boolean {
    return this.read('protected');
  }
}
