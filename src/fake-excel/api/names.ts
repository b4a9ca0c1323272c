/**
 * Excel.NamedItemCollection and Excel.NamedItem of the workbook: add (a reference formula or a
 * Range), getItem, getItemOrNullObject, items, delete. Names compare case-insensitively.
 */
import { parseCell } from '../../core/address';
import { parseFormula } from '../formula/parse';
import { ModelError } from '../model/errors';
import type { NameModel } from '../model/types';
import { FakeClientObject, FakeCollection } from './clientObject';
import type { FakeRequestContext } from './context';
import type { RangeProxy } from './range';
import { apiAddress } from './address';
import { assertAlive } from './targets';

/** Excel's rules for a defined name: a letter, "_" or "\" first; no spaces; not a cell address. */
function assertValidName(name: string): void {
  const looksLikeCell = (() => {
    try {
      parseCell(name);
      return true;
    } catch {
      return false;
    }
  })();
  if (
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    looksLikeCell ||
    /^[rRcC]$/.test(name) ||
    /^R\d*C\d*$/i.test(name)
  ) {
    throw new ModelError('InvalidArgument', `"${name}" is not a valid name`);
  }
}

function typeOf(formula: string): string {
  try {
    const e = parseFormula(formula);
    if (e.t === 'ref') return 'Range';
    if (e.t === 'err') return 'Error';
    if (e.t === 'num') return Number.isInteger(e.v) ? 'Integer' : 'Double';
    if (e.t === 'str') return 'String';
    if (e.t === 'bool') return 'Boolean';
  } catch {
    return 'Error';
  }
  return 'Error';
}

export class NamedItemProxy extends FakeClientObject<NameModel> {
  protected readonly typeName = 'NamedItem';

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolver: () => NameModel | null,
    private readonly orNull: boolean,
  ) {
    super(context, path);
  }

  protected resolveTarget(): NameModel | null {
    const n = this.resolver();
    const live = n ? this.context.env.wb.names.get(n.name.toLowerCase()) : undefined;
    if (!live || live !== n) {
      if (this.orNull) return null;
      throw new ModelError('ItemNotFound', 'The requested name does not exist.');
    }
    return n;
  }

  protected scalarReaders(): Record<string, (t: NameModel) => unknown> {
    return {
      name: (t) => t.name,
      formula: (t) => t.formula,
      comment: (t) => t.comment,
      visible: (t) => t.visible,
      scope: () => 'Workbook',
      type: (t) => typeOf(t.formula),
      // For a named range, the value is its address.
      value: (t) => t.formula.replace(/^=/, ''),
    };
  }

  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get comment(): string {
    return this.read('comment');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  get scope(): string {
    return this.read('scope');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.invoke('delete', [], (t) => {
      this.context.env.wb.names.delete(t.name.toLowerCase());
      this.context.env.wb.touch();
    });
  }
}

export class NamedItemCollectionProxy extends FakeCollection<NameModel, NamedItemProxy> {
  protected readonly typeName = 'NamedItemCollection';

  protected resolveTarget(): NameModel[] {
    return [...this.context.env.wb.names.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  protected createItem(e: NameModel, index: number): NamedItemProxy {
    return new NamedItemProxy(this.context, `${this.path}.items[${index}]`, () => e, false);
  }

  /** Adds a workbook-scope name referring to a formula ("=Sheet1!$A$1") or a Range. */
  add(name: string, reference: string | RangeProxy, comment = ''): NamedItemProxy {
    let added: NameModel | null = null;
    const arg = typeof reference === 'string' ? reference : reference.path;
    this.invoke('add', [name, arg, comment], () => {
      assertValidName(name);
      const wb = this.context.env.wb;
      if (wb.names.has(name.toLowerCase())) throw new ModelError('ItemAlreadyExists', `The name "${name}" already exists.`);
      let formula: string;
      if (typeof reference === 'string') {
        formula = reference.startsWith('=') ? reference : `=${reference}`;
      } else {
        const t = reference.requireTarget();
        assertAlive(wb, t.sheet);
        const a = apiAddress(t.sheet.name, t.rect);
        const bang = a.lastIndexOf('!');
        formula = `=${a.slice(0, bang)}!${a.slice(bang + 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
      }
      added = { name, formula, comment, visible: true };
      wb.names.set(name.toLowerCase(), added);
      wb.touch();
      return undefined;
    });
    return new NamedItemProxy(this.context, `${this.path}.add(${JSON.stringify(name)})`, () => added, false);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      `${this.path}.getItem(${JSON.stringify(name)})`,
      () => this.context.env.wb.names.get(name.toLowerCase()) ?? null,
      false,
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    const n = new NamedItemProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.context.env.wb.names.get(name.toLowerCase()) ?? null,
      true,
    );
    n.queueNullCheck();
    return n;
  }
}
