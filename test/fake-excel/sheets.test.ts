import { createFakeExcel } from '../../src/fake-excel';
import type { WorksheetProxy } from '../../src/fake-excel/api/worksheet';

function book() {
  return createFakeExcel({
    workbook: {
      sheets: [
        { name: 'A', cells: { B2: 1, D5: 'x' }, merges: ['F8:G9'], fills: { H12: '#FF0000' } },
        { name: 'Store', visibility: 'VeryHidden' },
        { name: 'Empty' },
      ],
      selection: 'C3:D4',
    },
  });
}

describe('worksheets', () => {
  test('add puts the sheet last without activating it; names are unique, case-insensitively', async () => {
    const fake = book();
    await fake.Excel.run(async (context) => {
      const added = context.workbook.worksheets.add('新表');
      added.load('name,position,visibility');
      await context.sync();
      expect([added.name, added.position, added.visibility]).toEqual(['新表', 3, 'Visible']);
      context.workbook.worksheets.add('a');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      context.workbook.worksheets.add('bad/name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(fake.inspect().activeSheet).toBe('A');
  });

  test.each(['add', 'delete', 'hide'])('structure protection refuses to %s a sheet', async (change) => {
    const fake = book();
    fake.protectStructure();
    await expect(
      fake.Excel.run(async (context) => {
        const ws = context.workbook.worksheets;
        if (change === 'add') ws.add('New');
        if (change === 'delete') ws.getItem('Empty').delete();
        if (change === 'hide') ws.getItem('Empty').visibility = 'Hidden';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.inspect().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['A', 'Visible'],
      ['Store', 'VeryHidden'],
      ['Empty', 'Visible'],
    ]);
  });

  test('a very hidden sheet cannot be deleted until it is only hidden; the last visible sheet stays', async () => {
    const fake = book();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Store').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      const store = context.workbook.worksheets.getItem('Store');
      store.visibility = 'Hidden';
      store.delete();
      context.workbook.worksheets.getItem('Empty').delete();
      await context.sync();
      context.workbook.worksheets.getItem('A').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['A']);
  });

  test.each<[string, (ws: WorksheetProxy) => void]>([
    ['values', (ws) => (ws.getRange('J1:K1').values = [['x', 'y']])],
    ['fill', (ws) => (ws.getRange('J1:K1').format.fill.color = '#00FF00')],
    ['column width', (ws) => (ws.getRange('J:J').format.columnWidth = 60)],
    ['merge', (ws) => ws.getRange('J1:K1').merge()],
    ['validation', (ws) => (ws.getRange('J1').dataValidation.rule = { list: { inCellDropDown: true, source: 'a,b' } })],
    ['note', (ws) => ws.notes.add('J1', 'n')],
  ])('a protected sheet refuses a change of %s', async (_label, write) => {
    const fake = book();
    fake.protectSheet('A');
    const before = fake.inspect();
    await expect(
      fake.Excel.run(async (context) => {
        write(context.workbook.worksheets.getItem('A'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.inspect()).toEqual(before);
  });

  test('used ranges: values only, with formats and merges, blank sheets', async () => {
    const fake = book();
    await fake.Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem('A');
      const valuesOnly = a.getUsedRangeOrNullObject(true);
      valuesOnly.load('address');
      const all = a.getUsedRange(false);
      all.load('address');
      const blank = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const blankTopLeft = context.workbook.worksheets.getItem('Empty').getUsedRange();
      blankTopLeft.load('address');
      await context.sync();
      expect(valuesOnly.address).toBe('A!B2:D5');
      expect(all.address).toBe('A!B2:H12');
      expect(blank.isNullObject).toBe(true);
      expect(blankTopLeft.address).toBe('Empty!A1');
    });
  });

  test('selection, activation and getSelectedRange', async () => {
    const fake = book();
    await fake.Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange();
      sel.load('address');
      await context.sync();
      expect(sel.address).toBe('A!C3:D4');
      const empty = context.workbook.worksheets.getItem('Empty');
      empty.activate();
      empty.getRange('B7').select();
      const active = context.workbook.worksheets.getActiveWorksheet();
      active.load('name');
      await context.sync();
      expect(active.name).toBe('Empty');
      context.workbook.worksheets.getItem('Store').activate();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(fake.inspect().selection).toEqual({ sheet: 'Empty', address: 'B7' });
  });

  test('getSelectedRange fails while a chart is selected', async () => {
    const fake = createFakeExcel({ workbook: { selection: null } });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.getSelectedRange().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidSelection' });
  });

  test('page layout', async () => {
    const fake = book();
    await fake.Excel.run(async (context) => {
      const pl = context.workbook.worksheets.getItem('A').pageLayout;
      pl.paperSize = 'A4';
      pl.orientation = 'Landscape';
      pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.setPrintArea('A1:H20');
      pl.setPrintTitleRows('$1:$2');
      await context.sync();
    });
    expect(fake.inspect().sheets[0].pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:H20',
      printTitleRows: '1:2',
    });
  });
});
