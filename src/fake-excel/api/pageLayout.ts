/**
 * Excel.PageLayout of a worksheet (ExcelApi 1.9): orientation, paper size, zoom (fit to pages),
 * print area and print title rows. Every use fails with ApiNotFound before 1.9.
 */
import { ModelError } from '../model/errors';
import type { SheetModel } from '../model/sheet';
import type { PageLayoutModel } from '../model/types';
import { localAddress, parseApiAddress } from './address';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';
import type { RangeProxy } from './range';
import { requireApi } from './targets';

const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5'];

function addressArg(v: unknown): string {
  if (typeof v === 'string') return localAddress(parseApiAddress(v));
  const t = (v as RangeProxy).requireTarget();
  return localAddress(t.rect);
}

export class PageLayoutProxy extends FakeClientObject<SheetModel> {
  protected readonly typeName = 'PageLayout';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly parent: () => SheetModel | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): SheetModel | null {
    requireApi(this.context, '1.9', 'Worksheet.pageLayout');
    return this.parent();
  }

  protected scalarReaders(): Record<string, (t: SheetModel) => unknown> {
    return {
      orientation: (t) => t.pageLayout.orientation,
      paperSize: (t) => t.pageLayout.paperSize,
      zoom: (t) => t.pageLayout.zoom,
    };
  }

  private set(name: string, v: unknown, change: (p: PageLayoutModel) => void): void {
    this.write(name, v, (t) => {
      change(t.pageLayout);
      this.context.env.wb.touch();
    });
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(v: string) {
    this.set('orientation', v, (p) => {
      if (v !== 'Portrait' && v !== 'Landscape') throw new ModelError('InvalidArgument', `bad orientation ${v}`);
      p.orientation = v;
    });
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(v: string) {
    this.set('paperSize', v, (p) => {
      if (!PAPER.includes(v)) throw new ModelError('InvalidArgument', `paper size ${v} not known to the fake`);
      p.paperSize = v;
    });
  }
  get zoom(): PageLayoutModel['zoom'] {
    return this.read('zoom');
  }
  set zoom(v: PageLayoutModel['zoom']) {
    this.set('zoom', v, (p) => {
      p.zoom = { ...v };
    });
  }

  setPrintArea(printArea: string | RangeProxy): void {
    const arg = typeof printArea === 'string' ? printArea : printArea.path;
    this.invoke('setPrintArea', [arg], (t) => {
      t.pageLayout.printArea = addressArg(printArea);
      this.context.env.wb.touch();
    });
  }

  setPrintTitleRows(printTitleRows: string | RangeProxy): void {
    const arg = typeof printTitleRows === 'string' ? printTitleRows : printTitleRows.path;
    this.invoke('setPrintTitleRows', [arg], (t) => {
      const rows = addressArg(printTitleRows);
      if (!/^\d+:\d+$/.test(rows)) throw new ModelError('InvalidArgument', 'print title rows must be whole rows');
      t.pageLayout.printTitleRows = rows;
      this.context.env.wb.touch();
    });
  }
}
