import { createFakeExcel } from '../../src/fake-excel';
import { roundHalfAwayFromZero } from '../../src/fake-excel/formula/evaluate';
import { rewriteReferences } from '../../src/fake-excel/formula/rewrite';

function workbook() {
  return createFakeExcel({
    workbook: {
      sheets: [
        { name: 'Data', cells: { A1: 1.5, A2: 2.5, A3: 'text', A4: true, B1: '3', C1: 'abc' } },
        { name: '项目 1', cells: { B2: 10, B3: 20.25 } },
        { name: "O'Brien", cells: { A1: 4 } },
      ],
      names: { total_cell: "='项目 1'!$B$3" },
    },
  });
}

async function evaluate(formula: string): Promise<unknown> {
  const fake = workbook();
  let v: unknown;
  await fake.Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Data').getRange('Z1');
    r.formulas = [[formula]];
    r.load('values');
    await context.sync();
    v = r.values[0][0];
  });
  return v;
}

describe('formulas the fake computes', () => {
  test.each([
    ['=1+2*3', 7],
    ['=(1+2)*3', 9],
    ['=-2^2', 4],
    ['=10/4', 2.5],
    ['=50%', 0.5],
    ['=A1+A2', 4],
    ['=$A$1*2', 3],
    ['=SUM(A1:A4)', 4],
    ['=SUM(A1:A4,B1,1)', 8],
    ["='项目 1'!B2+'项目 1'!B3", 30.25],
    ["=SUM('项目 1'!B2:B3,Data!A1)", 31.75],
    ["=SUM('O''Brien'!A1)", 4],
    ['=total_cell', 20.25],
    ['=ROUND(2.345,2)', 2.35],
    ['=ROUND(-2.5,0)', -3],
    ['=ROUND(1234,-2)', 1200],
    ['="a"&"b"&1', 'ab1'],
    ['=A1>1', true],
    ['=B1*2', 6],
    ['=Z9', 0],
    ['=1/0', '#DIV/0!'],
    ['=C1+1', '#VALUE!'],
    ['=Missing!A1', '#REF!'],
    ['=VLOOKUP(1,A1:A2,1)', '#NAME?'],
    ['=no_such_name', '#NAME?'],
    ['=SUM(1,', '#NAME?'],
  ])('%s → %p', async (formula, expected) => {
    expect(await evaluate(formula)).toEqual(expected);
  });

  test('results follow the cells they use, and a circular reference reads 0', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem('Data');
      data.getRange('D1').formulas = [["=SUM('项目 1'!B2:B3)"]];
      data.getRange('E1').formulas = [['=E1+1']];
      await context.sync();
      context.workbook.worksheets.getItem('项目 1').getRange('B2').values = [[100]];
      const r = data.getRange('D1:E1');
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[120.25, 0]]);
    });
  });

  test('deleting a sheet turns references to it into #REF!', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('D1').formulas = [["='项目 1'!B2*2"]];
      context.workbook.worksheets.getItem('项目 1').delete();
      await context.sync();
    });
    const wb = fake.inspect();
    expect(wb.sheets[0].cells.D1).toEqual({ value: '#REF!', formula: '=#REF!*2' });
    expect(wb.names.total_cell).toBe('=#REF!');
  });

  test('ROUND rounds halves away from zero despite binary fractions', () => {
    expect([1.005, 2.675, -0.125].map((x) => roundHalfAwayFromZero(x, 2))).toEqual([1.01, 2.68, -0.13]);
  });

  test('rewriting references keeps $ markers and sheet quoting', () => {
    const down = (sheet: string, r: { top: number; left: number; bottom: number; right: number }) =>
      sheet === 'S' ? { ...r, top: r.top + 1, bottom: r.bottom + 1 } : r;
    expect(rewriteReferences("=SUM($A$1:B2)+'My S'!C3+S!D4", 'S', down)).toBe("=SUM($A$2:B3)+'My S'!C3+S!D5");
    expect(rewriteReferences('="A1"&A1', 'S', down)).toBe('="A1"&A2');
  });
});
