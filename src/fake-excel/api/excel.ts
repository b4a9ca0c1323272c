/** The fake `Excel` namespace: Excel.run(batch) with a fresh request context per run. */
import { FakeRequestContext } from './context';
import type { FakeEnvironment } from './environment';
import { FakeOfficeError } from './errors';

export interface FakeExcelNamespace {
  /**
   * Runs a batch function with a new request context; commands still pending when it returns are
   * synced before run() resolves (this counts as one more sync).
   */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  readonly RequestContext: typeof FakeRequestContext;
}

export function createExcelNamespace(env: FakeEnvironment): FakeExcelNamespace {
  return {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      const context = new FakeRequestContext(env);
      const pending = batch(context) as unknown;
      if (!pending || typeof (pending as Promise<T>).then !== 'function') {
        throw new FakeOfficeError('RunMustReturnPromise', 'The batch function passed to Excel.run must return a promise.');
      }
      const result = await (pending as Promise<T>);
      if (context.pending > 0) await context.sync();
      return result;
    },
    RequestContext: FakeRequestContext,
  };
}
