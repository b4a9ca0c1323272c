/**
 * Percentages typed into cells, through both hosts. Excel (and WPS, LibreOffice) store a typed
 * `120%` as 1.2 with the number format `0%`; the hosts read the format and core reads the cell as
 * displayed. Our own forms keep 指标值 cells in the text format, so a typed `95%` stays text.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { fillSummary } from '../../src/commands/fillSummary';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { validateAndMark } from '../../src/commands/validate';
import { cellA1, parseCell } from '../../src/core/address';
import type { ProjectForm } from '../../src/core/forms';
import type { WorkbookHost } from '../../src/core/host';
import { displayText, findSheet, type CellValue } from '../../src/core/snapshot';
import { templateLayout } from '../../src/core/templates/layout';
import { createFakeExcel, type CellSpec, type FakeExcel } from '../../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../../src/hosts/office';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import { CLEAN_DEPARTMENT_ROWS, CLEAN_PROJECT_ROWS, departmentText, projectText } from '../core/rules/forms';
import { pastedSheet } from '../fill/hosts';

/** A form's cells as pasted, and the cells holding each marker. */
function pasted(name: string, text: string, markers: string[]): { cells: Record<string, CellValue>; at: Record<string, string> } {
  const cells = pastedSheet(name, text).cells ?? {};
  const at: Record<string, string> = {};
  for (const m of markers) {
    const a1 = Object.keys(cells).find((k) => cells[k] === m);
    if (!a1) throw new Error(`no cell holds ${m}`);
    at[m] = a1;
  }
  return { cells, at };
}

function officeHostOn(fake: FakeExcel): WorkbookHost {
  return new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
}

/** The department form with 企业满意度 under 服务对象满意度指标 typed as 120% (1.2 in `0%`). */
const DEPARTMENT = pasted(
  '部门',
  departmentText({ rows: [...CLEAN_DEPARTMENT_ROWS, ['', '服务对象满意度指标', '企业满意度', 'SATISFACTION']] }),
  ['SATISFACTION'],
);
const SATISFACTION_CELL = DEPARTMENT.at.SATISFACTION;

/** A project form with 预算执行率 typed as 98% in both value columns (0.98 in `0%`). */
const PROJECT = pasted(
  '项目',
  projectText({ projectName: '甲', rows: [...CLEAN_PROJECT_ROWS, ['', '质量指标', '预算执行率', 'PERIOD', 'THISYEAR']] }),
  ['PERIOD', 'THISYEAR'],
);

function fakeCells(cells: Record<string, CellValue>, formatted: Record<string, { value: number; numberFormat: string }>): Record<string, CellSpec> {
  const out: Record<string, CellSpec> = {};
  for (const [a1, v] of Object.entries(cells)) out[a1] = { value: v };
  for (const [a1, spec] of Object.entries(formatted)) out[a1] = spec;
  return out;
}

describe('Office host (fake Excel)', () => {
  test('1.2 in a 0% cell under 企业满意度: value.percent-range at that cell, quoting 120%; marked in 3 syncs', async () => {
    expect(SATISFACTION_CELL).toBe('E22');
    const fake = createFakeExcel({
      workbook: { sheets: [{ name: '部门', cells: fakeCells(DEPARTMENT.cells, { E22: { value: 1.2, numberFormat: '0%' } }) }] },
    });
    // The fake answers as Excel does: the value, the format per cell, and the displayed text.
    const shown = await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('部门').getRange('E22');
      r.load('values,numberFormat,text');
      await context.sync();
      return [r.values[0][0], r.numberFormat[0][0], r.text[0][0]];
    });
    expect(shown).toEqual([1.2, '0%', '120%']);

    fake.resetStats();
    const result = await validateAndMark(officeHostOn(fake), {}, { mark: true });
    expect(fake.stats.syncs).toBe(3);
    const atCell = result.findings.filter((f) => f.sheet === '部门' && f.cell === 'E22');
    const range = atCell.find((f) => f.rule === 'value.percent-range');
    expect(range).toMatchObject({ severity: 'error', indicator: '企业满意度' });
    expect(range!.message).toContain('120%');
    expect(atCell.map((f) => f.rule)).not.toContain('value.unit-missing');
    // The cell is marked (filled) and still holds the number in its format.
    const cell = fake.inspect().sheets.find((s) => s.name === '部门')!.cells.E22;
    expect([cell.value, cell.format?.numberFormat, cell.format?.fill]).toEqual([1.2, '0%', expect.stringMatching(/^#[0-9A-F]{6}$/)]);
  });

  test('the same 1.2 in General is read as 1.2: no percent-range (the format is what tells them apart)', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: '部门', cells: fakeCells(DEPARTMENT.cells, { E22: { value: 1.2, numberFormat: 'General' } }) }] } });
    const result = await validateAndMark(officeHostOn(fake));
    const rules = result.findings.filter((f) => f.cell === 'E22').map((f) => f.rule);
    expect(rules).not.toContain('value.percent-range');
    expect(rules).toContain('value.unit-missing');
  });

  test('typing 95% into our form’s 指标值 cell keeps the text 95%; into a General cell Excel stores 0.95', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] } });
    const host = officeHostOn(fake);
    const { sheet } = await insertTemplate(host, { kind: 'project' });
    const ind = templateLayout('project', 'A1').indicators;
    const value = cellA1(ind.firstRow, ind.valueCols[1].col);
    await fake.userExcel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.getRange(value).values = [['95%']];
      ws.getRange('H1').values = [['95%']];
      await context.sync();
    });
    const cells = fake.inspect().sheets.find((s) => s.name === sheet)!.cells;
    expect([cells[value].value, cells[value].format?.numberFormat]).toEqual(['95%', '@']);
    expect(cells.H1.value).toBe(0.95);
  });
});

/** An ExcelJS workbook of the pasted cells, with numbers in formats. */
function excelJsBook(name: string, cells: Record<string, CellValue>, formatted: Record<string, { value: number; numFmt: string }>): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet(name);
  for (const [a1, v] of Object.entries(cells)) ws.getCell(a1).value = v;
  for (const [a1, f] of Object.entries(formatted)) {
    ws.getCell(a1).value = f.value;
    ws.getCell(a1).numFmt = f.numFmt;
  }
  return wb;
}

describe('xlsx host (ExcelJS)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-percent-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function saved(wb: Workbook, file: string): Promise<XlsxHost> {
    const path = join(dir, file);
    await saveWorkbookFile(wb, path);
    return new XlsxHost((await loadWorkbookFile(path)).workbook);
  }

  test('0.98 in a 0% cell under 预算执行率 reads as 98%: no unit missing, in memory and after save and reload', async () => {
    const { PERIOD, THISYEAR } = PROJECT.at;
    const wb = excelJsBook('项目', PROJECT.cells, {
      [PERIOD]: { value: 0.98, numFmt: '0%' },
      [THISYEAR]: { value: 0.98, numFmt: '0.00%' },
    });
    for (const host of [new XlsxHost(wb), await saved(wb, 'project.xlsx')]) {
      const snap = await host.read();
      const s = findSheet(snap, '项目')!;
      expect(s.texts).toEqual({ [PERIOD]: '98%', [THISYEAR]: '98.00%' });
      const at = (a1: string) => parseCell(a1);
      expect(displayText(s, at(PERIOD).row, at(PERIOD).col)).toBe('98%');

      const result = await validateAndMark(host);
      const form = result.recognition.forms[0] as ProjectForm;
      const ind = form.indicators.find((i) => i.name.text === '预算执行率')!;
      expect([ind.periodTarget.text, ind.annualTarget.text]).toEqual(['98%', '98.00%']);
      const rules = result.findings.filter((f) => f.cell === PERIOD || f.cell === THISYEAR).map((f) => f.rule);
      expect(rules).not.toContain('value.unit-missing');
    }
  });

  test('1.2 in a 0% cell under 企业满意度: value.percent-range after save and reload', async () => {
    const wb = excelJsBook('部门', DEPARTMENT.cells, { E22: { value: 1.2, numFmt: '0%' } });
    const result = await validateAndMark(await saved(wb, 'department.xlsx'));
    const range = result.findings.find((f) => f.rule === 'value.percent-range' && f.cell === 'E22');
    expect(range?.message).toContain('120%');
  });
});

describe.each(['office', 'xlsx'] as const)('汇总 on the %s host copies 98% as typed', (kind) => {
  test('the project’s 0.98 in 0% reaches the department as the text 98%; a second 汇总 changes nothing', async () => {
    const dept = pasted('部门', departmentText({ rows: CLEAN_DEPARTMENT_ROWS, project: '0' }), []);
    const { THISYEAR } = PROJECT.at;
    let host: WorkbookHost;
    let reopen: () => Promise<void> = async () => undefined;
    let deptCell: (a1: string) => CellValue;
    if (kind === 'office') {
      const fake = createFakeExcel({
        workbook: {
          sheets: [
            { name: '部门', cells: fakeCells(dept.cells, {}) },
            { name: '项目', cells: fakeCells(PROJECT.cells, { [THISYEAR]: { value: 0.98, numberFormat: '0%' } }) },
          ],
        },
      });
      host = officeHostOn(fake);
      deptCell = (a1) => fake.inspect().sheets.find((s) => s.name === '部门')!.cells[a1]?.value ?? '';
    } else {
      let wb = excelJsBook('部门', dept.cells, {});
      const ws = wb.addWorksheet('项目');
      for (const [a1, v] of Object.entries(PROJECT.cells)) ws.getCell(a1).value = v;
      ws.getCell(THISYEAR).value = 0.98;
      ws.getCell(THISYEAR).numFmt = '0%';
      host = new XlsxHost(wb);
      reopen = async () => {
        const tmp = mkdtempSync(join(tmpdir(), 'jixiao-percent-fill-'));
        try {
          await saveWorkbookFile(wb, join(tmp, 'book.xlsx'));
          wb = (await loadWorkbookFile(join(tmp, 'book.xlsx'))).workbook;
          host = new XlsxHost(wb);
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      };
      deptCell = (a1) => {
        const v = wb.getWorksheet('部门')!.getCell(a1).value;
        return v === null ? '' : (v as CellValue);
      };
    }
    const first = await fillSummary(host);
    expect(first.applied).toBe(true);
    const written = first.changes.find((c) => c.sheet === '部门' && c.after === '98%');
    expect(written).toBeDefined();
    await reopen();
    expect(deptCell(written!.cell)).toBe('98%');
    const again = await fillSummary(host, { preview: true });
    expect(again.changes).toEqual([]);
  });
});
