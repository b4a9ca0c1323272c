/** worksheets.onChanged: registered at a sync, reported after it, whose change it was, removed on its context. */
import { createFakeExcel, type FakeWorksheetChangedEventArgs } from '../../src/fake-excel';

function book(apiVersion?: string) {
  return createFakeExcel({
    apiVersion,
    workbook: { sheets: [{ name: 'Data', cells: { A1: 1 } }, { name: 'Other' }] },
  });
}

const delivered = () => new Promise((resolve) => setTimeout(resolve, 5));

async function watch(fake: ReturnType<typeof book>, seen: FakeWorksheetChangedEventArgs[]) {
  return fake.Excel.run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(async (args) => {
      seen.push(args);
    });
    await context.sync();
    return result;
  });
}

describe('worksheets.onChanged', () => {
  test('one event per sheet and sync, after it, with the changed area and who changed it', async () => {
    const fake = book();
    const seen: FakeWorksheetChangedEventArgs[] = [];
    await watch(fake, seen);
    const dataId = fake.state.sheetByName('Data')!.id;

    let duringSync = -1;
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('B2').values = [['x']];
      ws.getRange('D5').formulas = [['=A1*2']];
      ws.getRange('A1').format.fill.color = '#FF0000';
      await context.sync();
      duringSync = seen.length;
    });
    expect(duringSync).toBe(0);
    await delivered();
    expect(seen).toEqual([
      { type: 'WorksheetChanged', worksheetId: dataId, address: 'B2:D5', changeType: 'RangeEdited', source: 'Local', triggerSource: 'ThisLocalAddin' },
    ]);

    await fake.userExcel.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('C3').values = [[7]];
      await context.sync();
    });
    await delivered();
    expect(seen[1]).toMatchObject({ address: 'C3', triggerSource: 'Unknown' });
  });

  test('inserted rows are RowInserted; formats alone fire nothing', async () => {
    const fake = book();
    const seen: FakeWorksheetChangedEventArgs[] = [];
    await watch(fake, seen);
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('3:4').insert('Down');
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A1:B2').format.font.bold = true;
      await context.sync();
    });
    await delivered();
    expect(seen.map((e) => [e.address, e.changeType])).toEqual([['A3:XFD4', 'RowInserted']]);
  });

  test('before ExcelApi 1.14 there is no triggerSource; before 1.9 no such event', async () => {
    const old = book('1.12');
    const seen: FakeWorksheetChangedEventArgs[] = [];
    await watch(old, seen);
    await old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A2').values = [[2]];
      await context.sync();
    });
    await delivered();
    expect(seen).toHaveLength(1);
    expect('triggerSource' in seen[0]).toBe(false);

    await expect(watch(book('1.8'), [])).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('removed on the context it was added with: no more events', async () => {
    const fake = book();
    const seen: FakeWorksheetChangedEventArgs[] = [];
    const result = await watch(fake, seen);
    await fake.Excel.run(result, async (context) => {
      result.remove();
      await context.sync();
    });
    await fake.userExcel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A2').values = [[2]];
      await context.sync();
    });
    await delivered();
    expect(seen).toEqual([]);
  });
});
