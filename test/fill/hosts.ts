/**
 * 汇总's tests on both hosts: the seed's forms pasted as they are (one per sheet, cell by cell, text
 * amounts as text) into the fake Excel behind the Office host, or into an ExcelJS workbook behind the
 * xlsx host that a test can save and load again with the host's own loader.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Workbook } from 'exceljs';
import { cellA1, formatRange, parseCell, parseRange } from '../../src/core/address';
import { snapshotFromText } from '../../src/core/forms/fromText';
import type { WorkbookHost } from '../../src/core/host';
import { cellValue, type CellValue } from '../../src/core/snapshot';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../../src/hosts/office';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import { seedForms } from '../fixtures/forms/seedForms';
import { excelJsWorkbook, fakeSpec, type StartBook, type StartSheet } from '../marks/start';

export type HostKind = 'office' | 'xlsx';
export const HOST_KINDS: HostKind[] = ['office', 'xlsx'];

/** Text pasted into a sheet from A1: its cells (empty fields left out). */
export function pastedSheet(name: string, text: string): StartSheet {
  const snap = snapshotFromText(text, { sheetName: name });
  const cells: Record<string, CellValue> = {};
  snap.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== '') cells[cellA1(snap.origin.row + i, snap.origin.col + j)] = v;
    }),
  );
  return { name, cells };
}

/** The seed's four forms in sheets 表1 … 表4, as pasted. */
export function seedBook(): StartBook {
  return { sheets: seedForms().map((text, i) => pastedSheet(`表${i + 1}`, text)) };
}

export interface FillHarness {
  kind: HostKind;
  readonly host: WorkbookHost;
  /** Office: the fake (syncs, live state). */
  fake?: FakeExcel;
  /** xlsx: saves and continues on the workbook the host's loader reads back. */
  reopen(): Promise<void>;
  /** What a cell shows and its formula (the fake computes formulas; ExcelJS keeps the cached result). */
  cell(sheet: string, a1: string): Promise<{ value: CellValue; formula?: string }>;
  /** A cell's number format ("" for General). */
  numberFormat(sheet: string, a1: string): Promise<string>;
  /** A cell's in-workbook hyperlink target ("'表2'!A1"), or null. */
  link(sheet: string, a1: string): Promise<string | null>;
  /** The sheet's merged areas, sorted ("A1:H1"). */
  merges(sheet: string): Promise<string[]>;
  /** The user types into a cell (through the fake's API, or ExcelJS). */
  type(sheet: string, a1: string, value: CellValue): Promise<void>;
  cleanup(): void;
}

export async function harness(
  kind: HostKind,
  start: StartBook,
  options: { apiVersion?: string } = {},
): Promise<FillHarness> {
  if (kind === 'office') {
    const fake = createFakeExcel({ workbook: fakeSpec(start), apiVersion: options.apiVersion });
    const host = new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
    return {
      kind,
      host,
      fake,
      reopen: async () => undefined,
      async cell(sheet, a1) {
        const c = fake.inspect().sheets.find((s) => s.name === sheet)?.cells[a1];
        return c
          ? { value: c.value as CellValue, ...(c.formula !== undefined ? { formula: c.formula } : {}) }
          : { value: '' };
      },
      numberFormat: async (sheet, a1) =>
        fake.inspect().sheets.find((s) => s.name === sheet)?.cells[a1]?.format?.numberFormat ?? '',
      link: async (sheet, a1) =>
        fake.inspect().sheets.find((s) => s.name === sheet)?.hyperlinks[a1]?.documentReference ?? null,
      merges: async (sheet) => fake.inspect().sheets.find((s) => s.name === sheet)!.merges,
      async type(sheet, a1, value) {
        await fake.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(a1).values = [[value]];
          await context.sync();
        });
      },
      cleanup: () => undefined,
    };
  }
  let workbook: Workbook = await excelJsWorkbook(start);
  let dir: string | null = null;
  let saves = 0;
  const h: FillHarness = {
    kind,
    host: new XlsxHost(workbook),
    async reopen() {
      dir ??= mkdtempSync(join(tmpdir(), 'jixiao-fill-'));
      const file = join(dir, `book-${++saves}.xlsx`);
      await saveWorkbookFile(workbook, file);
      workbook = (await loadWorkbookFile(file)).workbook;
      (h as { host: WorkbookHost }).host = new XlsxHost(workbook);
    },
    async cell(sheet, a1) {
      const snap = await h.host.read({ sheets: [sheet] });
      const s = snap.sheets.find((x) => x.name === sheet)!;
      const at = parseCell(a1);
      const value = cellValue(s, at.row, at.col);
      return s.formulas[a1] !== undefined ? { value, formula: s.formulas[a1] } : { value };
    },
    numberFormat: async (sheet, a1) => workbook.getWorksheet(sheet)!.getCell(a1).numFmt ?? '',
    async link(sheet, a1) {
      const v = workbook.getWorksheet(sheet)!.getCell(a1).value as { hyperlink?: string } | null;
      return v && typeof v === 'object' && typeof v.hyperlink === 'string' ? v.hyperlink.replace(/^#/, '') : null;
    },
    async merges(sheet) {
      const snap = await h.host.read({ sheets: [sheet] });
      return (snap.sheets.find((x) => x.name === sheet)!.merges ?? []).map((m) => formatRange(m)).sort(byAddress);
    },
    async type(sheet, a1, value) {
      workbook.getWorksheet(sheet)!.getCell(a1).value = value === '' ? null : value;
    },
    cleanup: () => {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Sorts A1 areas by top row, then left column. */
export function byAddress(a: string, b: string): number {
  const ra = parseRange(a);
  const rb = parseRange(b);
  return ra.top - rb.top || ra.left - rb.left;
}
