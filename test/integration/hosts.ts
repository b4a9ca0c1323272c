/**
 * The two workbook hosts over the same starting workbook, each with a way to select a cell and to
 * read the result back as the user would get it: the Office host over the in-memory fake Excel
 * (its state, read without a sync), the xlsx host over ExcelJS (saved to a file, loaded again by
 * a fresh ExcelJS).
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import type { WorkbookHost } from '../../src/core/host';
import type { CellValue } from '../../src/core/snapshot';
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../../src/hosts/office';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import { viewOfExcelJs, viewOfFake, type WorkbookView } from './view';

/** The Office host on the newest Excel, on Excel 2019 (ExcelApi 1.8: no page layout, merges not readable), and the xlsx host. */
export type HostName = 'office' | 'office-1.8' | 'xlsx';
export const HOST_NAMES: HostName[] = ['office', 'office-1.8', 'xlsx'];

/** Whether the host writes print setup (Office from ExcelApi 1.9). */
export function hasPageLayout(host: HostName): boolean {
  return host !== 'office-1.8';
}

export interface StartSheet {
  name: string;
  cells?: Record<string, CellValue>;
}

/** The workbook a test starts from: its sheets, the active one and the selected cell on it. */
export interface Start {
  sheets: StartSheet[];
  active?: string;
  selection?: string;
}

/**
 * A user's workbook to insert a form into: something in Sheet1 (A1, B2) around the selected C5, and
 * a second sheet that must stay as it is.
 */
export const INSERT_START: Start = {
  sheets: [
    { name: 'Sheet1', cells: { A1: '左上', B2: 3.5 } },
    { name: '其他', cells: { B2: '别动' } },
  ],
  active: 'Sheet1',
  selection: 'C5',
};

export interface HostFixture {
  name: HostName;
  host: WorkbookHost;
  /** Makes the sheet active and selects the cell, as a user's click would. */
  select(sheet: string, a1: string): Promise<void>;
  /** The workbook as a user would find it. */
  view(): Promise<WorkbookView>;
  /** Removes temporary files. */
  cleanup(): void;
}

export interface OfficeFixture extends HostFixture {
  name: 'office' | 'office-1.8';
  fake: FakeExcel;
}

export interface XlsxFixture extends HostFixture {
  name: 'xlsx';
  workbook: Workbook;
  /** Saves the workbook and continues on the copy the host's own loader reads back (the CLI's way). */
  reopen(): Promise<void>;
}

export function officeFixture(start: Start, options: Omit<FakeExcelOptions, 'workbook'> = {}): OfficeFixture {
  const fake = createFakeExcel({
    ...options,
    workbook: { sheets: start.sheets, activeSheet: start.active, selection: start.selection },
  });
  // The fake's objects stand in for Office.js's at run time; their TypeScript types are its own.
  const host = new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
  return {
    name: options.apiVersion === '1.8' ? 'office-1.8' : 'office',
    fake,
    host,
    async select(sheet, a1) {
      await fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1).select();
        await context.sync();
      });
    },
    view: async () => viewOfFake(fake.inspect()),
    cleanup: () => undefined,
  };
}

function selectInWorkbook(wb: Workbook, sheet: string, a1: string): void {
  const index = wb.worksheets.findIndex((w) => w.name === sheet);
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  wb.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
  wb.worksheets.forEach((ws, i) => {
    const view = { state: 'normal', tabSelected: i === index } as Worksheet['views'][number] & { activeCell?: string };
    if (i === index) view.activeCell = a1;
    else if (ws.views?.[0]) Object.assign(view, ws.views[0], { tabSelected: false });
    ws.views = [view];
  });
}

export function xlsxWorkbook(start: Start): Workbook {
  const wb = new Workbook();
  for (const s of start.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of Object.entries(s.cells ?? {})) ws.getCell(a1).value = v;
  }
  selectInWorkbook(wb, start.active ?? start.sheets[0].name, start.selection ?? 'A1');
  return wb;
}

export function xlsxFixture(start: Start): XlsxFixture {
  // The temporary folder is made at the first save.
  let dir: string | null = null;
  let saves = 0;
  const save = async (wb: Workbook): Promise<string> => {
    dir ??= mkdtempSync(join(tmpdir(), 'jixiao-integration-'));
    const file = join(dir, `out-${++saves}.xlsx`);
    await saveWorkbookFile(wb, file);
    return file;
  };
  const fixture: XlsxFixture = {
    name: 'xlsx',
    workbook: xlsxWorkbook(start),
    host: null as unknown as WorkbookHost,
    async select(sheet, a1) {
      selectInWorkbook(fixture.workbook, sheet, a1);
    },
    async view() {
      const file = await save(fixture.workbook);
      const fresh = new Workbook();
      await fresh.xlsx.readFile(file);
      return viewOfExcelJs(fresh);
    },
    async reopen() {
      const file = await save(fixture.workbook);
      fixture.workbook = (await loadWorkbookFile(file)).workbook;
      fixture.host = new XlsxHost(fixture.workbook);
    },
    cleanup: () => {
      if (dir !== null) rmSync(dir, { recursive: true, force: true });
    },
  };
  fixture.host = new XlsxHost(fixture.workbook);
  return fixture;
}

export function fixture(name: HostName, start: Start): HostFixture {
  if (name === 'xlsx') return xlsxFixture(start);
  return officeFixture(start, name === 'office-1.8' ? { apiVersion: '1.8' } : {});
}
