import type { SheetSpec } from '../../../src/fake-excel';
import { hostOverFake } from './helpers';

/** Fifty project sheets with a title, a merged header, a value and a formula each. */
function fiftySheets(): SheetSpec[] {
  return Array.from({ length: 50 }, (_, i) => ({
    name: `项目${i + 1}`,
    cells: { B2: `项目支出绩效目标申报表 ${i + 1}`, C4: i * 10, D4: '=C4*2' },
    merges: ['B2:F2', 'H20:I21'],
  }));
}

describe('OfficeHost.read', () => {
  test('fifty sheets in two syncs, with values, formulas and merges', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: fiftySheets() } });
    const snap = await host.read();
    expect(fake.stats.syncs).toBe(2);
    expect(snap.sheets).toHaveLength(50);
    const s = snap.sheets[36];
    expect(s).toEqual({
      name: '项目37',
      index: 36,
      visibility: 'visible',
      protected: false,
      read: true,
      origin: { row: 2, col: 2 },
      values: [
        ['项目支出绩效目标申报表 37', '', ''],
        ['', '', ''],
        ['', 360, 720],
      ],
      formulas: { D4: '=C4*2' },
      // The merged area beyond the values (H20:I21) is found through the used range with formats.
      merges: [
        { top: 2, left: 2, bottom: 2, right: 6 },
        { top: 20, left: 8, bottom: 21, right: 9 },
      ],
    });
    expect(snap.capabilities).toEqual({ notes: true, mergedAreas: true, pageLayout: true });
    expect(snap.structureProtected).toBe(false);
    expect(snap.selection).toEqual({ sheet: '项目1', address: 'A1' });
  });

  test('a formula cell and a text cell that reads "=x" are told apart', async () => {
    const { host } = hostOverFake({ workbook: { sheets: [{ name: 'S', cells: { A1: '=1+1', A2: { value: '=x' } } }] } });
    const snap = await host.read();
    expect(snap.sheets[0].values).toEqual([[2], ['=x']]);
    expect(snap.sheets[0].formulas).toEqual({ A1: '=1+1' });
  });

  test('only the sheets asked for are read; none asked: one sync', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: fiftySheets() } });
    const some = await host.read({ sheets: ['项目2', 'nope'] });
    expect(some.sheets.filter((s) => s.read).map((s) => s.name)).toEqual(['项目2']);
    expect(some.sheets[0]).toEqual({
      name: '项目1',
      index: 0,
      visibility: 'visible',
      protected: false,
      read: false,
      origin: { row: 1, col: 1 },
      values: [],
      formulas: {},
      merges: null,
    });
    fake.resetStats();
    const none = await host.read({ sheets: [], names: true });
    expect(fake.stats.syncs).toBe(1);
    expect(none.sheets.every((s) => !s.read)).toBe(true);
    expect(none.names).toEqual({});
  });

  test('visibility, protection, names, an empty sheet', async () => {
    const { host } = hostOverFake({
      workbook: {
        sheets: [{ name: 'Form', protected: true, cells: { A1: 1 } }, { name: 'jx_store', visibility: 'VeryHidden' }, { name: 'Old', visibility: 'Hidden' }],
        structureProtected: true,
        names: { jx_m_1: "='Form'!$A$1" },
      },
    });
    const snap = await host.read({ names: true });
    expect(snap.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
      ['Form', 'visible', true],
      ['jx_store', 'veryHidden', false],
      ['Old', 'hidden', false],
    ]);
    expect(snap.sheets[1]).toMatchObject({ read: true, origin: { row: 1, col: 1 }, values: [], merges: [] });
    expect(snap.structureProtected).toBe(true);
    expect(snap.names).toEqual({ jx_m_1: "'Form'!$A$1" });
  });

  test('fills and notes of the cells asked about; white is not "no fill" from ExcelApi 1.9', async () => {
    const { host } = hostOverFake({
      workbook: { sheets: [{ name: 'S', fills: { B2: '#FFC7CE', C3: '#FFFFFF' }, notes: { B2: '请核实' } }] },
    });
    const snap = await host.read({ sheets: [], cellDetails: { s: ['B2', 'C3', '$D$4'] } });
    expect(snap.sheets[0].fills).toEqual({ B2: '#FFC7CE', C3: '#FFFFFF', D4: null });
    expect(snap.sheets[0].notes).toEqual({ B2: '请核实' });
  });

  test('ExcelApi 1.8: merges null, no notes, white reads as no fill', async () => {
    const { fake, host } = hostOverFake({
      apiVersion: '1.8',
      workbook: { sheets: [{ name: 'S', cells: { A1: 'x' }, merges: ['A1:B1'], fills: { C3: '#FFFFFF', B2: '#FF0000' }, notes: { B2: 'n' } }] },
    });
    const snap = await host.read({ cellDetails: { S: ['B2', 'C3'] } });
    expect(fake.stats.syncs).toBe(2);
    expect(snap.capabilities).toEqual({ notes: false, mergedAreas: false, pageLayout: false });
    expect(snap.sheets[0].merges).toBeNull();
    expect(snap.sheets[0].fills).toEqual({ B2: '#FF0000', C3: null });
    expect(snap.sheets[0].notes).toBeUndefined();
  });

  test('while a chart is selected, the sheet list is read again without the selection', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S', cells: { A1: 1 } }], selection: null } });
    const snap = await host.read();
    expect(snap.selection).toBeUndefined();
    expect(snap.sheets[0].values).toEqual([[1]]);
    expect(fake.stats.syncs).toBe(3);
  });

  test('numbers in percentage and date formats come with their displayed text, in the same two syncs', async () => {
    const cells = {
      A1: { value: 1.2, numberFormat: '0%' },
      A2: { value: 0.985, numberFormat: '0.0%' },
      A3: { value: 46022, numberFormat: 'yyyy"年"m"月"d"日"' },
      A4: { formula: '=A1/2', numberFormat: '0%' },
      A5: { value: 1234.5, numberFormat: '#,##0.00##' },
      A6: { value: '95%', numberFormat: '@' },
      A7: 0.5,
    };
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S', cells }] } });
    const snap = await host.read();
    expect(fake.stats.syncs).toBe(2);
    const s = snap.sheets[0];
    expect(s.values).toEqual([[1.2], [0.985], [46022], [0.6], [1234.5], ['95%'], [0.5]]);
    // Amounts, text and General are not listed: they read as their values.
    expect(s.texts).toEqual({ A1: '120%', A2: '98.5%', A3: '2025年12月31日', A4: '60%' });
  });

  test('a sheet without formatted numbers has no texts', async () => {
    const { host } = hostOverFake({ workbook: { sheets: fiftySheets() } });
    const snap = await host.read({ sheets: ['项目3'] });
    expect(snap.sheets[2].read).toBe(true);
    expect(snap.sheets.every((s) => s.texts === undefined)).toBe(true);
  });

  test('loads only what it reads: the response stays small', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: fiftySheets() } });
    await host.read({ sheets: [] });
    // Names, positions, visibility and protection of 50 sheets: well under 5 KB.
    expect(fake.stats.responseBytes).toBeLessThan(5000);
    expect(fake.stats.commands).toBe(3);
  });
});
