/** Excel.RangeAreas: several rectangles of one sheet; `address` lists them ("S!A1:B2, S!D4"). */
import type { RangeRef } from '../../core/address';
import type { SheetModel } from '../model/sheet';
import { apiAddress } from './address';
import { FakeClientObject } from './clientObject';
import type { FakeRequestContext } from './context';

export interface AreasTarget {
  sheet: SheetModel;
  rects: RangeRef[];
}

export class RangeAreasProxy extends FakeClientObject<AreasTarget> {
  protected readonly typeName = 'RangeAreas';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => AreasTarget | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): AreasTarget | null {
    return this.resolver();
  }

  protected scalarReaders(): Record<string, (t: AreasTarget) => unknown> {
    return {
      address: (t) => t.rects.map((r) => apiAddress(t.sheet.name, r)).join(', '),
      areaCount: (t) => t.rects.length,
    };
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}
