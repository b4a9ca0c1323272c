/**
 * The request context: proxy objects queue commands on it; sync() runs them in order against the
 * fake workbook, like one round trip to Excel. A failing command stops the batch: the commands
 * before it stay applied (Excel does not roll a batch back) and sync() rejects.
 */
import { utf8Length } from '../../core/plan';
import { ModelError } from '../model/errors';
import type { RangeRef } from '../../core/address';
import type { FakeEnvironment } from './environment';
import { FakeOfficeError } from './errors';
import type { FakeChangeType, FakeTriggerSource, PendingChange } from './events';
import { WorkbookProxy } from './workbook';

export interface Action {
  /** command: counted and failable; trace: context.trace(); resolve: implicit isNullObject load. */
  kind: 'command' | 'trace' | 'resolve';
  /** e.g. "Range.values", for debugInfo.errorLocation. */
  location: string;
  /** e.g. 'workbook.worksheets.getItem("S").getRange("A1").values', for debugInfo.statement. */
  statement: string;
  /** What would travel in the request (JSON). */
  request(): unknown;
  /** Runs the command; returns the data that travels back, if any. */
  run(): unknown;
}

function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  return utf8Length(JSON.stringify(v) ?? '');
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  /** Increases at each sync; proxies resolve their targets once per batch. */
  batchId = 0;
  private queue: Action[] = [];
  /** Cell changes of the sync being run, reported to `worksheets.onChanged` once it is over. */
  private changes: PendingChange[] = [];

  constructor(
    readonly env: FakeEnvironment,
    /** Who this context's changes are reported as made by: the add-in, or the user. */
    readonly trigger: FakeTriggerSource = 'ThisLocalAddin',
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Records cells a command of the running sync changed (values, formulas, inserted rows). */
  noteChange(sheetId: string, rect: RangeRef, changeType: FakeChangeType): void {
    this.changes.push({ sheetId, rect: { ...rect }, changeType });
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Adds a trace message to the batch; a failed sync reports those reached before the failure. */
  trace(message: string): void {
    this.enqueue({ kind: 'trace', location: 'trace', statement: message, request: () => ({ trace: message }), run: () => undefined });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    try {
      return await this.runQueue(passThroughValue);
    } finally {
      // Commands that ran stay applied even when a later one failed: their changes are reported.
      const changes = this.changes;
      this.changes = [];
      this.env.changeHandlers.dispatch(changes, this.env.supports('1.14') ? this.trigger : undefined);
    }
  }

  private async runQueue<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    this.queue = [];
    await Promise.resolve();
    const env = this.env;
    env.stats.syncs++;
    env.batchesRun++;
    this.batchId++;
    const batchNo = env.batchesRun;
    const requestBytes = actions.reduce((n, a) => n + jsonBytes(a.request()), 0);
    const batch = { commands: 0, requestBytes, responseBytes: 0, failedAt: null as number | null, log: [] as { kind: 'command' | 'trace'; statement: string }[] };
    env.stats.batches.push(batch);
    env.stats.requestBytes += requestBytes;
    if (env.payloadLimit !== null && requestBytes > env.payloadLimit) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
      );
    }
    const traces: string[] = [];
    const statements = actions.filter((a) => a.kind === 'command').map((a) => a.statement);
    for (const action of actions) {
      if (action.kind === 'trace') {
        traces.push(action.statement);
        batch.log.push({ kind: 'trace', statement: action.statement });
        continue;
      }
      let failure = null;
      const index = batch.commands;
      if (action.kind === 'command') {
        failure = env.takeFailure(batchNo, index, env.commandsRun);
        if (!failure) {
          batch.commands++;
          env.stats.commands++;
          env.commandsRun++;
          batch.log.push({ kind: 'command', statement: action.statement });
        }
      }
      try {
        if (failure) throw new ModelError(failure.code, failure.message);
        const data = action.run();
        const bytes = jsonBytes(data);
        batch.responseBytes += bytes;
        env.stats.responseBytes += bytes;
      } catch (e) {
        if (!(e instanceof ModelError) && !(e instanceof FakeOfficeError)) throw e;
        batch.failedAt = index;
        const code = e.code;
        const at = statements.indexOf(action.statement);
        throw new FakeOfficeError(
          code,
          e.message,
          {
            code,
            message: e.message,
            errorLocation: action.location,
            statement: action.statement,
            surroundingStatements: statements.slice(Math.max(0, at - 2), at + 3),
            fullStatements: statements,
          },
          traces,
        );
      }
    }
    if (env.payloadLimit !== null && batch.responseBytes > env.payloadLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
    return passThroughValue as T;
  }
}
