/**
 * What marks need of the hosts and the fake: every fill and note read at once (cellDetails
 * 'all'), details-only reads in one sync, and the fake's getCellProperties, Note.getLocation and
 * sheet renaming.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/no-context-sync-in-loop --
   A ClientResult needs no load (the rule takes it for an object); one test reads it before its sync on
   purpose; refused renames are tried one batch each. */
import { createFakeExcel } from '../../src/fake-excel';
import { XlsxHost } from '../../src/hosts/xlsx';
import { officeHost } from './harness';
import { excelJsWorkbook, fakeSpec, smallBook } from './start';

const EXPECTED_FILLS = { B3: '#DDEBF7', E5: '#00B050' };
const EXPECTED_NOTES = { C4: '按去年口径', E5: '见附件2' };

describe("cellDetails 'all'", () => {
  test('Office: every fill and note of the sheets read, in 2 syncs', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    const snap = await officeHost(fake).read({ sheets: ['项目1'], cellDetails: 'all' });
    expect(fake.stats.syncs).toBe(2);
    expect(snap.sheets[0]).toMatchObject({ allDetails: true, fills: EXPECTED_FILLS, notes: EXPECTED_NOTES });
    expect(snap.sheets[1].read).toBe(false);
    expect(snap.sheets[1].allDetails).toBeUndefined();
  });

  test('Office before ExcelApi 1.9: no getCellProperties, so the sheets come without allDetails', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()), apiVersion: '1.8' });
    const snap = await officeHost(fake).read({ cellDetails: 'all' });
    expect(fake.stats.syncs).toBe(2);
    expect(snap.sheets.map((s) => [s.allDetails, s.fills])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  test('ExcelJS: the same fills and notes', async () => {
    const snap = await new XlsxHost(await excelJsWorkbook(smallBook())).read({ cellDetails: 'all' });
    expect(snap.sheets[0]).toMatchObject({ allDetails: true, fills: EXPECTED_FILLS, notes: EXPECTED_NOTES });
    expect(snap.sheets[1]).toMatchObject({ allDetails: true, fills: {}, notes: {} });
  });
});

describe('details of some cells without sheet contents', () => {
  test('Office: one sync', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    const snap = await officeHost(fake).read({ sheets: [], names: true, cellDetails: { 项目1: ['E5', 'D6'] } });
    expect(fake.stats.syncs).toBe(1);
    expect(snap.sheets[0]).toMatchObject({ read: false, fills: { E5: '#00B050', D6: null }, notes: { E5: '见附件2' } });
    expect(snap.names).toEqual({});
  });

  test('Office: a sheet that is not there costs the two-sync read instead', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    const snap = await officeHost(fake).read({ sheets: [], cellDetails: { 项目1: ['E5'], 没有: ['A1'] } });
    expect(fake.stats.syncs).toBe(3);
    expect(snap.sheets[0].fills).toEqual({ E5: '#00B050' });
  });
});

describe('the fake', () => {
  test('getCellProperties: fills as Office reports them, after the sync only', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('项目1').getRange('B3:C3');
      const props = range.getCellProperties({ address: true, format: { fill: { color: true, tintAndShade: true } } });
      expect(() => props.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      expect(props.value).toEqual([
        [
          { address: "'项目1'!B3", format: { fill: { color: '#DDEBF7', tintAndShade: 0 } } },
          { address: "'项目1'!C3", format: { fill: { color: '#FFFFFF', tintAndShade: null } } },
        ],
      ]);
      range.getCellProperties({ format: { borders: {} } } as never);
      await expect(context.sync()).rejects.toMatchObject({ code: 'NotImplemented' });
    });
    const old = createFakeExcel({ apiVersion: '1.8' });
    await old.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1')
        .getCellProperties({ format: { fill: { color: true } } });
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
  });

  test('Note.getLocation: the cell of each note of the workbook', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    await fake.Excel.run(async (context) => {
      const notes = context.workbook.notes;
      notes.load('items/content');
      await context.sync();
      const at = notes.items.map((n) => n.getLocation().load('address'));
      await context.sync();
      expect(at.map((r) => r.address)).toEqual(["'项目1'!C4", "'项目1'!E5"]);
    });
  });

  test('renaming a sheet: formulas and names follow; bad or taken names are refused', async () => {
    const fake = createFakeExcel({
      workbook: {
        sheets: [
          { name: '项目1', cells: { A1: 2 } },
          { name: 'S', cells: { B1: "='项目1'!A1*3", B2: '=A1' } },
        ],
        names: { _jixiao_m_1: "'项目1'!$A$1" },
      },
    });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('项目1').name = 'New name';
      await context.sync();
    });
    const state = fake.inspect();
    expect(state.sheets.map((s) => s.name)).toEqual(['New name', 'S']);
    expect(state.sheets[1].cells.B1).toEqual({ value: 6, formula: "='New name'!A1*3" });
    expect(state.sheets[1].cells.B2.formula).toBe('=A1');
    expect(state.names).toEqual({ _jixiao_m_1: "='New name'!$A$1" });
    for (const [name, code] of [
      ['S', 'ItemAlreadyExists'],
      ['a:b', 'InvalidArgument'],
    ]) {
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('New name').name = name;
        await expect(context.sync()).rejects.toMatchObject({ code });
      });
    }
    fake.protectStructure();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('New name').name = 'Other';
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
  });
});
