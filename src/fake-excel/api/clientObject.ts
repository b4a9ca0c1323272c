/**
 * The base of every fake proxy object. Reading a property throws PropertyNotLoaded unless it was
 * loaded and synced; writing a property or calling a method queues a command; load() queues a
 * command that copies the requested properties when the batch runs.
 */
import { ModelError } from '../model/errors';
import type { FakeRequestContext } from './context';
import { propertyNotLoaded } from './errors';
import { parseLoad, treeToJson, type LoadTree } from './loadTree';

function clone<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}

export abstract class FakeClientObject<T> {
  private readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private cache: { batch: number; target: T | null } | null = null;
  protected abstract readonly typeName: string;

  constructor(
    readonly context: FakeRequestContext,
    /** How this object was reached, for debugInfo statements. */
    readonly path: string,
  ) {}

  /** What this object stands for in the batch being run; null for a null object. May throw. */
  protected abstract resolveTarget(): T | null;

  /** Readable scalar properties and how to read them. */
  protected abstract scalarReaders(): Record<string, (t: T) => unknown>;

  /** Child objects a load path may go through (e.g. "format/font/name"). */
  protected navigations(): Record<string, FakeClientObject<unknown>> {
    return {};
  }

  /** The target, resolved once per batch. */
  target(): T | null {
    if (this.cache && this.cache.batch === this.context.batchId) return this.cache.target;
    const t = this.resolveTarget();
    this.cache = { batch: this.context.batchId, target: t };
    this.nullState = t === null;
    return t;
  }

  /** The target, or an error when this is a null object. */
  requireTarget(): T {
    const t = this.target();
    if (t === null) throw new ModelError('InvalidObjectPath', `${this.path} is a null object`);
    return t;
  }

  /** True when the object does not exist (an *OrNullObject result); readable after a sync. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.nullState;
  }

  /** Queues the loading of properties; read them after context.sync(). */
  load(propertyNames?: unknown): this {
    const tree = parseLoad(propertyNames);
    this.context.enqueue({
      kind: 'command',
      location: `${this.typeName}.load`,
      statement: `${this.path}.load(${JSON.stringify(treeToJson(tree))})`,
      request: () => ({ path: this.path, load: treeToJson(tree) }),
      run: () => this.applyLoad(tree),
    });
    return this;
  }

  /** Copies the properties of `tree` from the target; returns the data sent back. */
  applyLoad(tree: LoadTree): unknown {
    const t = this.target();
    if (t === null) return null;
    const readers = this.scalarReaders();
    const navs = this.navigations();
    const data: Record<string, unknown> = {};
    if (tree.all) {
      for (const [name, read] of Object.entries(readers)) {
        if (tree.props.has(name)) continue;
        try {
          const v = clone(read(t));
          this.loadedProps.set(name, v);
          data[name] = v;
        } catch (e) {
          // Properties of a newer requirement set are left out of a parameterless load.
          if (!(e instanceof ModelError && e.code === 'ApiNotFound')) throw e;
        }
      }
    }
    for (const [name, sub] of tree.props) {
      if (name in readers) {
        const v = clone(readers[name](t));
        this.loadedProps.set(name, v);
        data[name] = v;
      } else if (name in navs) {
        data[name] = navs[name].applyLoad(sub.props.size === 0 && !sub.all ? { all: true, props: new Map() } : sub);
      } else {
        throw new ModelError('InvalidArgument', `${this.typeName} has no property "${name}"`);
      }
    }
    return data;
  }

  /** Loaded properties as a plain object (navigation children included when loaded). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.loadedProps) out[k] = clone(v);
    for (const [k, nav] of Object.entries(this.navigations())) {
      const j = nav.toJSON();
      if (Object.keys(j).length > 0) out[k] = j;
    }
    return out;
  }

  /** A loaded scalar; throws PropertyNotLoaded otherwise. A null object's properties read as null. */
  protected read<V>(name: string): V {
    if (this.nullState === true) return null as V;
    if (!this.loadedProps.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedProps.get(name) as V;
  }

  /** Queues a property write. */
  protected write(name: string, value: unknown, apply: (t: T) => void): void {
    const snapshot = clone(value);
    this.context.enqueue({
      kind: 'command',
      location: `${this.typeName}.${name}`,
      statement: `${this.path}.${name} = …`,
      request: () => ({ path: this.path, set: { [name]: snapshot } }),
      run: () => {
        apply(this.requireTarget());
        return undefined;
      },
    });
  }

  /** Queues a method call; `run` may return data that travels back. */
  protected invoke(name: string, args: unknown[], run: (t: T) => unknown): void {
    const snapshot = clone(args);
    this.context.enqueue({
      kind: 'command',
      location: `${this.typeName}.${name}`,
      statement: `${this.path}.${name}(${snapshot.map((a) => JSON.stringify(a)).join(', ')})`,
      request: () => ({ path: this.path, call: name, args: snapshot }),
      run: () => run(this.requireTarget()),
    });
  }

  /** Makes isNullObject readable after the next sync, as Office does for *OrNullObject results. */
  queueNullCheck(): void {
    this.context.enqueue({
      kind: 'resolve',
      location: `${this.typeName}.isNullObject`,
      statement: `${this.path}.isNullObject`,
      request: () => ({ path: this.path, isNullObject: true }),
      run: () => {
        this.target();
        return undefined;
      },
    });
  }
}

/** A collection proxy: `items` is readable after loading (e.g. load("items/name")). */
/** What a collection needs of its items. */
export interface LoadableItem {
  applyLoad(tree: LoadTree): unknown;
  toJSON(): Record<string, unknown>;
}

export abstract class FakeCollection<E, I extends LoadableItem> extends FakeClientObject<E[]> {
  private loadedItems: I[] | null = null;

  protected abstract createItem(entity: E, index: number): I;

  protected scalarReaders(): Record<string, (t: E[]) => unknown> {
    return {};
  }

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, 'items');
    return this.loadedItems;
  }

  override applyLoad(tree: LoadTree): unknown {
    const entities = this.target();
    if (entities === null) return null;
    // load("name") on a collection loads the items' name, as load("items/name") does.
    const itemTree: LoadTree = { all: tree.all, props: new Map() };
    for (const [k, v] of tree.props) {
      if (k === 'items') {
        itemTree.all = itemTree.all || v.all || v.props.size === 0;
        for (const [k2, v2] of v.props) itemTree.props.set(k2, v2);
      } else {
        itemTree.props.set(k, v);
      }
    }
    const items = entities.map((e, i) => this.createItem(e, i));
    const data = items.map((item) => item.applyLoad(itemTree));
    this.loadedItems = items;
    return { items: data };
  }

  override toJSON(): Record<string, unknown> {
    return this.loadedItems ? { items: this.loadedItems.map((i) => i.toJSON()) } : {};
  }
}
