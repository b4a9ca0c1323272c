/**
 * What every request context of one fake shares: the workbook, the API version it answers to, the
 * payload limit, the statistics and the failures armed by a test.
 */
import type { WorkbookModel } from '../model/workbook';
import { ChangeHandlers } from './events';

export interface BatchLogEntry {
  kind: 'command' | 'trace';
  statement: string;
}

export interface BatchStats {
  /** Commands in the batch (loads, property writes, method calls; not traces). */
  commands: number;
  requestBytes: number;
  responseBytes: number;
  /** Index of the command that failed, or null. */
  failedAt: number | null;
  log: BatchLogEntry[];
}

export interface FakeStats {
  /** Calls of context.sync() (Excel.run's closing flush of pending commands counts too). */
  syncs: number;
  commands: number;
  /** JSON size (UTF-8) of the queued commands sent with each sync. */
  requestBytes: number;
  /** JSON size (UTF-8) of the data loaded back. */
  responseBytes: number;
  batches: BatchStats[];
}

/** A failure armed by a test. */
export interface FailSpec {
  /** Which coming batch fails: 1 = the next sync (default), 2 = the one after… */
  batch?: number;
  /** Index (0-based) of the failing command within that batch. */
  command?: number;
  /** Or: index (0-based) of the failing command counted over every command this fake ever ran. */
  overallCommand?: number;
  /** Error code reported (default "GeneralException"). */
  code?: string;
  message?: string;
}

export interface ArmedFailure {
  batch: number | null;
  command: number | null;
  overallCommand: number | null;
  code: string;
  message: string;
}

export function emptyStats(): FakeStats {
  return { syncs: 0, commands: 0, requestBytes: 0, responseBytes: 0, batches: [] };
}

export function parseVersion(v: string): [number, number] {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  if (!m) throw new RangeError(`bad requirement set version: ${v}`);
  return [Number(m[1]), Number(m[2])];
}

export function versionAtLeast(have: [number, number], want: [number, number]): boolean {
  return have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
}

export class FakeEnvironment {
  readonly stats: FakeStats = emptyStats();
  readonly failures: ArmedFailure[] = [];
  /** Batches run so far (each sync is one). */
  batchesRun = 0;
  /** Commands run so far, over all batches. */
  commandsRun = 0;
  /** The handlers of `worksheets.onChanged`. */
  readonly changeHandlers = new ChangeHandlers();

  constructor(
    readonly wb: WorkbookModel,
    public apiVersion: [number, number],
    /** Request and response size limit in bytes (Excel on the web: 5 MB); null: none. */
    public payloadLimit: number | null,
  ) {}

  supports(version: string): boolean {
    return versionAtLeast(this.apiVersion, parseVersion(version));
  }

  arm(spec: FailSpec): void {
    const code = spec.code ?? 'GeneralException';
    const message = spec.message ?? 'An internal error has occurred.';
    if (spec.overallCommand !== undefined) {
      this.failures.push({ batch: null, command: null, overallCommand: spec.overallCommand, code, message });
    } else {
      this.failures.push({
        batch: this.batchesRun + (spec.batch ?? 1),
        command: spec.command ?? 0,
        overallCommand: null,
        code,
        message,
      });
    }
  }

  /** The failure armed for this command, removed once it fires. */
  takeFailure(batch: number, command: number, overall: number): ArmedFailure | null {
    const i = this.failures.findIndex(
      (f) => (f.batch === batch && f.command === command) || f.overallCommand === overall,
    );
    if (i < 0) return null;
    return this.failures.splice(i, 1)[0];
  }
}
