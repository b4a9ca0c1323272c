/** The fake `Excel` namespace: Excel.run(batch) with a fresh request context per run. */
import { FakeRequestContext } from './context';
import type { FakeEnvironment } from './environment';
import { FakeOfficeError } from './errors';
import type { FakeTriggerSource } from './events';

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeExcelNamespace {
  /** Runs a batch on an existing context (a RequestContext, or an object with one, e.g. an event handler result). */
  run<T>(object: FakeRequestContext | { context: FakeRequestContext }, batch: Batch<T>): Promise<T>;
  /**
   * Runs a batch function with a new request context; commands still pending when it returns are
   * synced before run() resolves (this counts as one more sync).
   */
  run<T>(batch: Batch<T>): Promise<T>;
  readonly RequestContext: typeof FakeRequestContext;
}

/**
 * The namespace over `env`. Changes made through it are reported to `worksheets.onChanged` as made
 * by `trigger`: the add-in's own (`ThisLocalAddin`), or, for a namespace standing in for the user,
 * `Unknown`.
 */
export function createExcelNamespace(env: FakeEnvironment, trigger: FakeTriggerSource = 'ThisLocalAddin'): FakeExcelNamespace {
  async function run<T>(a: Batch<T> | FakeRequestContext | { context: FakeRequestContext }, b?: Batch<T>): Promise<T> {
    let context: FakeRequestContext;
    let batch: Batch<T>;
    if (typeof a === 'function') {
      context = new FakeRequestContext(env, trigger);
      batch = a;
    } else {
      context = a instanceof FakeRequestContext ? a : a.context;
      if (!(context instanceof FakeRequestContext) || typeof b !== 'function') {
        throw new FakeOfficeError('InvalidArgument', 'Excel.run expects a request context (or an object with one) and a batch function.');
      }
      batch = b;
    }
    const pending = batch(context) as unknown;
    if (!pending || typeof (pending as Promise<T>).then !== 'function') {
      throw new FakeOfficeError('RunMustReturnPromise', 'The batch function passed to Excel.run must return a promise.');
    }
    const result = await (pending as Promise<T>);
    if (context.pending > 0) await context.sync();
    return result;
  }
  return { run: run as FakeExcelNamespace['run'], RequestContext: FakeRequestContext };
}
