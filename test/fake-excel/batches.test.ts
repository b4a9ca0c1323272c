/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-empty-load --
   These tests make, on purpose, the mistakes those rules catch, to check the fake reports them as Excel does. */
import { createFakeExcel, FakeOfficeError } from '../../src/fake-excel';

function twoSheets() {
  return createFakeExcel({
    workbook: { sheets: [{ name: 'Data', cells: { A1: 1, B1: 'x' } }, { name: 'Other' }] },
  });
}

describe('proxies, load and sync', () => {
  test('a property read before load and sync throws PropertyNotLoaded', async () => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(r.values).toEqual([[1]]);
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('a written property still reads as not loaded', async () => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A2');
      r.values = [[5]];
      expect(() => r.values).toThrow(FakeOfficeError);
      await context.sync();
    });
    expect(fake.inspect().sheets[0].cells.A2).toEqual({ value: 5 });
  });

  test.each([
    ['comma string', 'name,position'],
    ['array', ['name', 'position']],
    ['select object', { select: 'name,position' }],
    ['nested object', { name: true, position: true }],
  ])('load takes a %s', async (_label, arg) => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Other');
      ws.load(arg);
      await context.sync();
      expect([ws.name, ws.position]).toEqual(['Other', 1]);
      expect(ws.toJSON()).toEqual({ name: 'Other', position: 1 });
    });
  });

  test('navigation paths load nested properties; a collection loads its items', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'A', protected: true }, { name: 'B' }] } });
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/protection/protected');
      const font = context.workbook.worksheets.getItem('B').getRange('A1');
      font.load('format/font/name');
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
        ['A', true],
        ['B', false],
      ]);
      expect(font.format.font.name).toBe('Calibri');
      expect(sheets.toJSON()).toEqual({
        items: [
          { name: 'A', protection: { protected: true } },
          { name: 'B', protection: { protected: false } },
        ],
      });
    });
  });

  test('isNullObject is readable after the sync, without a load', async () => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const there = context.workbook.worksheets.getItemOrNullObject('data');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(there.isNullObject).toBe(false);
    });
  });

  test('getItem of a missing sheet fails at sync with ItemNotFound', async () => {
    const fake = twoSheets();
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', debugInfo: { errorLocation: 'Worksheet.load' } });
  });

  test('commands still queued when the batch returns are synced by Excel.run', async () => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('C1').values = [['late']];
    });
    expect(fake.inspect().sheets[0].cells.C1).toEqual({ value: 'late' });
    expect(fake.stats.syncs).toBe(1);
  });

  test('a batch function that returns no promise is refused', async () => {
    const fake = twoSheets();
    const run = fake.Excel.run as unknown as (f: () => unknown) => Promise<unknown>;
    await expect(run(() => 1)).rejects.toMatchObject({ code: 'RunMustReturnPromise' });
  });
});

describe('failures, statistics and limits', () => {
  /** Queues four cell writes A1..D1 on Other. */
  function queueFour(context: Parameters<Parameters<ReturnType<typeof twoSheets>['Excel']['run']>[0]>[0]) {
    const ws = context.workbook.worksheets.getItem('Other');
    ['A1', 'B1', 'C1', 'D1'].forEach((a, i) => {
      ws.getRange(a).values = [[i + 1]];
      context.trace(`after ${a}`);
    });
  }

  test.each([0, 1, 2, 3])('a failure at command %i keeps the commands before it', async (k) => {
    const fake = twoSheets();
    fake.failAt({ command: k, code: 'GeneralException' });
    let error: unknown;
    await fake.Excel.run(async (context) => {
      queueFour(context);
      await context.sync().catch((e) => {
        error = e;
      });
    });
    const cells = fake.inspect().sheets[1].cells;
    expect(Object.keys(cells)).toEqual(['A1', 'B1', 'C1', 'D1'].slice(0, k));
    expect(error).toBeInstanceOf(FakeOfficeError);
    const e = error as FakeOfficeError;
    expect(e.code).toBe('GeneralException');
    expect(e.traceMessages).toEqual(['after A1', 'after B1', 'after C1', 'after D1'].slice(0, k));
    expect(e.debugInfo.errorLocation).toBe('Range.values');
    expect(e.debugInfo.statement).toBe(`workbook.worksheets.getItem("Other").getRange("${'ABCD'[k]}1").values = …`);
    expect(fake.stats.batches[0].failedAt).toBe(k);
  });

  test('a failure can wait for a later batch, or count commands over all batches', async () => {
    const fake = twoSheets();
    fake.failAt({ batch: 2, command: 1 });
    fake.failAt({ overallCommand: 6, code: 'AccessDenied' });
    const codes: string[] = [];
    await fake.Excel.run(async (context) => {
      queueFour(context);
      await context.sync().catch((e: FakeOfficeError) => codes.push(`0:${e.code}`));
      queueFour(context);
      await context.sync().catch((e: FakeOfficeError) => codes.push(`1:${e.code}`));
      queueFour(context);
      await context.sync().catch((e: FakeOfficeError) => codes.push(`2:${e.code}`));
    });
    expect(codes).toEqual(['1:GeneralException', '2:AccessDenied']);
    // Batch 1 ran 4 commands, batch 2 one, batch 3 failed at its second (the 7th overall: index 6).
    expect(fake.stats.batches.map((b) => [b.commands, b.failedAt])).toEqual([
      [4, null],
      [1, 1],
      [1, 1],
    ]);
  });

  test('stats count syncs, commands and bytes of requests and responses', async () => {
    const fake = twoSheets();
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
      r.load('values');
      await context.sync();
      r.values = [['一', 'two']];
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.commands).toBe(2);
    // The response carries {"values":[[1,"x"]]}: 22 bytes.
    expect(fake.stats.batches[0].responseBytes).toBe(JSON.stringify({ values: [[1, 'x']] }).length);
    const setRequest = JSON.stringify({ path: 'workbook.worksheets.getItem("Data").getRange("A1:B1")', set: { values: [['一', 'two']] } });
    expect(fake.stats.batches[1].requestBytes).toBe(setRequest.length + 2); // "一" is 3 bytes in UTF-8
    expect(fake.stats.requestBytes).toBe(fake.stats.batches[0].requestBytes + fake.stats.batches[1].requestBytes);
  });

  test('a request over the payload limit runs nothing', async () => {
    const fake = createFakeExcel({ payloadLimit: 200, workbook: { sheets: [{ name: 'S' }] } });
    const big = 'x'.repeat(300);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').values = [[big]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.inspect().sheets[0].cells).toEqual({});
  });

  test('a response over the payload limit fails the sync', async () => {
    const fake = createFakeExcel({ payloadLimit: 100, workbook: { sheets: [{ name: 'S', cells: { A1: 'y'.repeat(200) } }] } });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  test.each([
    ['1.12', 'getMergedAreasOrNullObject', 'ApiNotFound'],
    ['1.13', 'getMergedAreasOrNullObject', 'ok'],
    ['1.17', 'notes', 'ApiNotFound'],
    ['1.18', 'notes', 'ok'],
    ['1.8', 'pageLayout', 'ApiNotFound'],
    ['1.9', 'pageLayout', 'ok'],
    ['1.8', 'tintAndShade', 'ApiNotFound'],
  ])('at ExcelApi %s, %s: %s', async (version, feature, code) => {
    const fake = createFakeExcel({ apiVersion: version, workbook: { sheets: [{ name: 'S', merges: ['A1:B1'] }] } });
    const run = fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      if (feature === 'getMergedAreasOrNullObject') ws.getRange('A1:C3').getMergedAreasOrNullObject().load('address');
      if (feature === 'notes') ws.notes.add('A1', 'n');
      if (feature === 'pageLayout') ws.pageLayout.orientation = 'Landscape';
      if (feature === 'tintAndShade') ws.getRange('A1').format.fill.load('tintAndShade');
      await context.sync();
    });
    if (code !== 'ok') await expect(run).rejects.toMatchObject({ code });
    else await expect(run).resolves.toBeUndefined();
  });
});
