/**
 * An in-memory fake of the Excel JavaScript API (and the bits of `Office` an add-in needs), for
 * tests and for a browser playground (`window.Excel = fake.Excel; window.Office = fake.Office`).
 * Pure TypeScript: no Node APIs. What it imitates, and from which documentation: CHECKLIST.md.
 */
import { EXCEL_WEB_PAYLOAD_LIMIT } from '../core/plan';
import { FakeEnvironment, parseVersion, type FailSpec, type FakeStats } from './api/environment';
import { createExcelNamespace, type FakeExcelNamespace } from './api/excel';
import { buildWorkbook, type WorkbookSpec } from './build';
import { inspectWorkbook, type InspectedWorkbook } from './inspect';
import type { WorkbookModel } from './model/workbook';
import { createOfficeNamespace, type FakeOfficeNamespace } from './office';

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake supports (default "1.18"; at least "1.8"). */
  apiVersion?: string;
  /** Office.context.displayLanguage (default "zh-CN"). */
  displayLanguage?: string;
  /** Request/response size limit in bytes (default 5 MB, as Excel on the web); null: none. */
  payloadLimit?: number | null;
  workbook?: WorkbookSpec;
}

export interface FakeExcel {
  /** Stands in for the global `Excel`. */
  readonly Excel: FakeExcelNamespace;
  /**
   * The same workbook as the user changes it (typing in a cell): its changes reach
   * `worksheets.onChanged` with `triggerSource` "Unknown", where those made through `Excel` (the
   * add-in) say "ThisLocalAddin".
   */
  readonly userExcel: FakeExcelNamespace;
  /** Stands in for the global `Office`. */
  readonly Office: FakeOfficeNamespace;
  /** The live workbook model (for tests that need to reach in). */
  readonly state: WorkbookModel;
  /** Syncs, commands and bytes so far (a live object). */
  readonly stats: FakeStats;
  /** Arms a failure of a command of a coming batch (see FailSpec). */
  failAt(spec: FailSpec): void;
  clearFailures(): void;
  resetStats(): void;
  /** The whole workbook as plain JSON, without a sync. */
  inspect(): InspectedWorkbook;
  protectSheet(name: string, on?: boolean): void;
  protectStructure(on?: boolean): void;
  /** Changes the supported ExcelApi version (e.g. "1.12" to test degraded features). */
  setApiVersion(version: string): void;
}

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const wb = buildWorkbook(options.workbook);
  const version = parseVersion(options.apiVersion ?? '1.18');
  const env = new FakeEnvironment(
    wb,
    version,
    options.payloadLimit === undefined ? EXCEL_WEB_PAYLOAD_LIMIT : options.payloadLimit,
  );
  return {
    Excel: createExcelNamespace(env),
    userExcel: createExcelNamespace(env, 'Unknown'),
    Office: createOfficeNamespace(env, options.displayLanguage ?? 'zh-CN'),
    state: wb,
    stats: env.stats,
    failAt: (spec) => env.arm(spec),
    clearFailures: () => {
      env.failures.length = 0;
    },
    resetStats: () => {
      env.stats.syncs = 0;
      env.stats.commands = 0;
      env.stats.requestBytes = 0;
      env.stats.responseBytes = 0;
      env.stats.batches.length = 0;
    },
    inspect: () => inspectWorkbook(wb),
    protectSheet: (name, on = true) => {
      const s = wb.sheetByName(name);
      if (!s) throw new RangeError(`no sheet ${name}`);
      s.protected = on;
    },
    protectStructure: (on = true) => {
      wb.structureProtected = on;
    },
    setApiVersion: (v) => {
      env.apiVersion = parseVersion(v);
    },
  };
}

export type { FailSpec, FakeStats, BatchStats } from './api/environment';
export type { FakeExcelNamespace } from './api/excel';
export type { FakeWorksheetChangedEventArgs, FakeChangeHandler, FakeEventHandlerResult, FakeTriggerSource } from './api/events';
export type { FakeOfficeNamespace } from './office';
export { FakeOfficeError } from './api/errors';
export type { FakeRequestContext } from './api/context';
export type { WorkbookProxy } from './api/workbook';
export type { WorksheetProxy } from './api/worksheet';
export type { RangeProxy } from './api/range';
export type { WorkbookSpec, SheetSpec, CellSpec } from './build';
export type { InspectedWorkbook, InspectedSheet, InspectedCell } from './inspect';
