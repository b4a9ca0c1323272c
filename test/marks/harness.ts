/**
 * Both hosts behind one interface for the mark tests: the Office host over the fake Excel, and
 * the xlsx host over ExcelJS, saved to a temporary file and loaded again whenever a test
 * "reopens" the workbook. A user's own changes (recolouring, renaming a sheet) are made as the
 * user would make them: in Office through the fake's API, in the file through ExcelJS (renaming
 * with the defined names rewritten, as Excel does and ExcelJS does not).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Workbook } from 'exceljs';
import { parseCell, quoteSheetName, splitSheetAddress } from '../../src/core/address';
import type { WorkbookHost } from '../../src/core/host';
import {
  cellValue,
  findSheet,
  knownFill,
  knownNote,
  type CellValue,
  type WorkbookSnapshot,
} from '../../src/core/snapshot';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../../src/hosts/office';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import { excelJsWorkbook, fakeSpec, type StartBook } from './start';

export type HostKind = 'office' | 'xlsx';

export interface CellLook {
  value: CellValue;
  fill: string | null;
  note: string | null;
}

export interface Harness {
  kind: HostKind;
  readonly host: WorkbookHost;
  /** xlsx: saves the workbook to a file and continues on what the host's loader reads back. */
  reopen(): Promise<void>;
  /** Inserts rows through the host (as 添加指标行 does). */
  insertRows(sheet: string, at: number, count: number): Promise<void>;
  /** The user recolours a cell (null: no fill). */
  userFill(sheet: string, cell: string, color: string | null): Promise<void>;
  /** The user edits a cell's note (null: deletes it). */
  userNote(sheet: string, cell: string, text: string | null): Promise<void>;
  /** The user renames a sheet. */
  rename(from: string, to: string): Promise<void>;
  /** The user protects (or unprotects) a sheet. */
  protect(sheet: string, on: boolean): Promise<void>;
  /** Value, fill and note of cells, as the host reads them. */
  look(sheet: string, cells: string[]): Promise<Record<string, CellLook>>;
  /** Sheets (name and visibility) and defined names. */
  outline(): Promise<{ sheets: [string, string][]; names: Record<string, string> }>;
  cleanup(): void;
}

async function lookAt(host: WorkbookHost, sheet: string, cells: string[]): Promise<Record<string, CellLook>> {
  const wb = await host.read({ sheets: [sheet], cellDetails: { [sheet]: cells } });
  const s = findSheet(wb, sheet)!;
  const out: Record<string, CellLook> = {};
  for (const a1 of cells) {
    const { row, col } = parseCell(a1);
    out[a1] = {
      value: cellValue(s, row, col),
      fill: knownFill(s, a1) ?? null,
      note: wb.capabilities.notes ? (knownNote(wb, s, a1) ?? null) : null,
    };
  }
  return out;
}

async function outlineOf(host: WorkbookHost): Promise<{ sheets: [string, string][]; names: Record<string, string> }> {
  const wb: WorkbookSnapshot = await host.read({ sheets: [], names: true });
  return { sheets: wb.sheets.map((s) => [s.name, s.visibility]), names: wb.names ?? {} };
}

function common(getHost: () => WorkbookHost) {
  const apply = (ops: Parameters<WorkbookHost['apply']>[0]['ops']) =>
    getHost()
      .apply({ preconditions: [], ops })
      .then(() => undefined);
  return {
    insertRows: (sheet: string, at: number, count: number) => apply([{ kind: 'insertRows', sheet, at, count }]),
    userFill: (sheet: string, cell: string, color: string | null) =>
      apply([{ kind: 'style', sheet, address: cell, style: { fill: color } }]),
    userNote: (sheet: string, cell: string, text: string | null) => apply([{ kind: 'note', sheet, cell, text }]),
    look: (sheet: string, cells: string[]) => lookAt(getHost(), sheet, cells),
    outline: () => outlineOf(getHost()),
  };
}

export interface OfficeHarness extends Harness {
  fake: FakeExcel;
}

export function officeHost(fake: FakeExcel): OfficeHost {
  // The fake's objects stand in for Office.js's at run time; their TypeScript types are its own.
  return new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
}

export function officeHarnessOver(fake: FakeExcel): OfficeHarness {
  const host = officeHost(fake);
  return {
    kind: 'office',
    fake,
    host,
    reopen: async () => undefined,
    async rename(from, to) {
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem(from).name = to;
        await context.sync();
      });
    },
    protect: async (sheet, on) => fake.protectSheet(sheet, on),
    cleanup: () => undefined,
    ...common(() => host),
  };
}

export function officeHarness(start: StartBook, apiVersion?: string): OfficeHarness {
  return officeHarnessOver(createFakeExcel({ workbook: fakeSpec(start), apiVersion }));
}

export interface XlsxHarness extends Harness {
  readonly workbook: Workbook;
  /** Saves the workbook to a new file in the temporary folder and returns its path. */
  save(): Promise<string>;
}

/** Renames a sheet as Excel does: the defined names that refer to it follow (ExcelJS leaves them). */
export function renameLikeExcel(wb: Workbook, from: string, to: string): void {
  const ws = wb.worksheets.find((w) => w.name.toLowerCase() === from.toLowerCase());
  if (!ws) throw new Error(`no sheet ${from}`);
  ws.name = to;
  wb.definedNames.model = wb.definedNames.model.map((n) => ({
    name: n.name,
    ranges: n.ranges.map((r) => {
      const { sheet } = splitSheetAddress(r);
      if (sheet === null || sheet.toLowerCase() !== from.toLowerCase()) return r;
      return `${quoteSheetName(to)}!${r.slice(r.lastIndexOf('!') + 1)}`;
    }),
  }));
}

export async function xlsxHarnessOver(workbook: Workbook): Promise<XlsxHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-marks-'));
  let saves = 0;
  const state = { workbook, host: new XlsxHost(workbook) };
  const save = async () => {
    const file = join(dir, `book-${++saves}.xlsx`);
    await saveWorkbookFile(state.workbook, file);
    return file;
  };
  return {
    kind: 'xlsx',
    get workbook() {
      return state.workbook;
    },
    get host() {
      return state.host;
    },
    save,
    async reopen() {
      state.workbook = (await loadWorkbookFile(await save())).workbook;
      state.host = new XlsxHost(state.workbook);
    },
    async rename(from, to) {
      renameLikeExcel(state.workbook, from, to);
    },
    async protect(sheet, on) {
      const ws = state.workbook.worksheets.find((w) => w.name === sheet)!;
      if (on) await ws.protect('', {});
      else ws.unprotect();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
    ...common(() => state.host),
  };
}

export async function xlsxHarness(start: StartBook): Promise<XlsxHarness> {
  return xlsxHarnessOver(await excelJsWorkbook(start));
}

export async function harness(kind: HostKind, start: StartBook): Promise<Harness> {
  return kind === 'office' ? officeHarness(start) : xlsxHarness(start);
}
