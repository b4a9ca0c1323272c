import { createFakeExcel } from '../../src/fake-excel';

async function writeAndRead(input: unknown, numberFormat?: string) {
  const fake = createFakeExcel({ workbook: { sheets: [{ name: 'S', cells: numberFormat ? { A1: { numberFormat } } : {} }] } });
  let out: { values: unknown; formulas: unknown } = { values: null, formulas: null };
  await fake.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('S').getRange('A1');
    r.values = [[input]];
    r.load('values,formulas');
    await context.sync();
    out = { values: r.values[0][0], formulas: r.formulas[0][0] };
  });
  return out;
}

describe('what Excel stores for a value written through Range.values', () => {
  test.each([
    ['plain text', '项目名称', '项目名称', '项目名称'],
    ['a number', 12.5, 12.5, 12.5],
    ['a boolean', true, true, true],
    ['numeric text', '12', 12, 12],
    ['thousands separators', '1,234.5', 1234.5, 1234.5],
    ['a percentage', '95%', 0.95, 0.95],
    ['full-width digits', '１２３', 123, 123],
    ['TRUE as text', 'true', true, true],
    ['an ISO date', '2024-01-05', 45296, 45296],
    ['a Chinese month', '2023年1月', 44927, 44927],
    ['text starting with =', '=1+2', 3, '=1+2'],
    ['text starting with - and more', '-abc', '#NAME?', '=-abc'],
    ['a lone dash', '-', '-', '-'],
    ['a negative number', '-5', -5, -5],
    ['an apostrophe prefix', "'001", '001', '001'],
    ['an apostrophe before =', "'=x", '=x', '=x'],
    ['empty text clears', '', '', ''],
  ])('%s', async (_label, input, value, formula) => {
    expect(await writeAndRead(input)).toEqual({ values: value, formulas: formula });
  });

  test('the text number format "@" keeps text as typed', async () => {
    expect(await writeAndRead('001', '@')).toEqual({ values: '001', formulas: '001' });
    expect(await writeAndRead('=1+2', '@')).toEqual({ values: '=1+2', formulas: '=1+2' });
  });

  test('null leaves a cell unchanged; one value fills every cell; a wrong shape is refused', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'S', cells: { A1: 'keep', B1: 'old' } }] } });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').values = [[null, 'new']];
      ws.getRange('A2:B3').values = 7 as unknown as unknown[][];
      ws.getRange('A1:B1').numberFormat = [['0.00', '']];
      await context.sync();
      ws.getRange('A1:B1').values = [['too', 'many', 'cells']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    const cells = fake.inspect().sheets[0].cells;
    expect(cells.A1).toEqual({ value: 'keep', format: { numberFormat: '0.00' } });
    expect(cells.B1).toEqual({ value: 'new' });
    expect([cells.A2, cells.B2, cells.A3, cells.B3].map((c) => c.value)).toEqual([7, 7, 7, 7]);
  });

  test('reads: empty cells are "", errors their text, formulas give results and their text', async () => {
    const fake = createFakeExcel({
      workbook: { sheets: [{ name: 'S', cells: { A1: '=1/0', B1: '=2*3', C2: 'z' } }] },
    });
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:C2');
      r.load('values,formulas,numberFormat,text,address,rowCount,columnCount');
      await context.sync();
      expect(r.values).toEqual([
        ['#DIV/0!', 6, ''],
        ['', '', 'z'],
      ]);
      expect(r.formulas).toEqual([
        ['=1/0', '=2*3', ''],
        ['', '', 'z'],
      ]);
      expect(r.numberFormat[0][0]).toBe('General');
      expect(r.text[0]).toEqual(['#DIV/0!', '6', '']);
      expect([r.address, r.rowCount, r.columnCount]).toEqual(['S!A1:C2', 2, 3]);
    });
  });

  test('numberFormat per cell; text shows percentages and dates through their format', async () => {
    const fake = createFakeExcel({
      workbook: {
        sheets: [
          {
            name: 'S',
            cells: {
              A1: { value: 1.2, numberFormat: '0%' },
              B1: { value: 0.985, numberFormat: '0.0%' },
              C1: { value: 46022, numberFormat: 'yyyy/m/d' },
              D1: { formula: '=A1/4', numberFormat: '0.00%' },
              E1: { value: 1234.5, numberFormat: '#,##0.00##' },
              F1: 0.5,
            },
          },
        ],
      },
    });
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:F1');
      r.load('values,numberFormat,text');
      await context.sync();
      expect(r.values).toEqual([[1.2, 0.985, 46022, 0.3, 1234.5, 0.5]]);
      expect(r.numberFormat).toEqual([['0%', '0.0%', 'yyyy/m/d', '0.00%', '#,##0.00##', 'General']]);
      // Other formats are not rendered by the fake: their text is the plain value.
      expect(r.text).toEqual([['120%', '98.5%', '2025/12/31', '30.00%', '1234.5', '0.5']]);
    });
  });
});
