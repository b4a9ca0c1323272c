import { createFakeExcel } from '../../src/fake-excel';

function form() {
  return createFakeExcel({
    workbook: {
      sheets: [
        {
          name: 'F',
          cells: {
            A1: 'title',
            A2: { value: 'above', fill: '#FFFF00', bold: true },
            A3: 'below',
            B6: 5,
            B7: '=SUM(B3:B6)',
            C8: '=B6',
          },
          merges: ['A1:C1', 'D2:D4', 'E5:F6'],
          validations: [
            { address: 'B3:B6', list: ['是', '否'] },
            { address: 'G10', list: ['x'] },
          ],
          notes: { A3: 'note below', A1: 'note above' },
          rowHeights: { 3: 30 },
        },
        { name: 'Other', cells: { A1: '=F!B6+1', A2: '=SUM(F!A1:A2)' } },
      ],
      names: { jx_m_1: "='F'!$B$6", jx_top: '=F!$A$1' },
    },
  });
}

async function insert(fake: ReturnType<typeof form>, address: string) {
  await fake.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('F').getRange(address).insert('Down');
    await context.sync();
  });
}

describe('inserting whole rows moves everything below, as Excel does', () => {
  test('two rows before row 3', async () => {
    const fake = form();
    await insert(fake, '3:4');
    const [f, other] = fake.inspect().sheets;
    expect(f.cells.A1).toEqual({ value: 'title' });
    expect(f.cells.A5).toEqual({ value: 'below' });
    expect(f.cells.B8).toEqual({ value: 5 });
    expect(f.cells.B9).toEqual({ value: 5, formula: '=SUM(B5:B8)' });
    expect(f.cells.C10).toEqual({ value: 5, formula: '=B8' });
    // Merged areas: above unchanged, straddling grows, below moves.
    expect(f.merges).toEqual(['A1:C1', 'D2:D6', 'E7:F8']);
    expect(f.validations.map((v) => v.address)).toEqual(['B5:B8', 'G12']);
    expect(f.notes).toEqual({ A1: 'note above', A5: 'note below' });
    expect(f.rowHeights).toEqual({ 5: 30 });
    // The new rows take the formats of the row above, without its values.
    expect(f.cells.A3).toEqual({ value: '', format: { fill: '#FFFF00', fontBold: true } });
    expect(f.cells.A4).toEqual({ value: '', format: { fill: '#FFFF00', fontBold: true } });
    expect(other.cells.A1).toEqual({ value: 6, formula: '=F!B8+1' });
    expect(other.cells.A2).toEqual({ value: 0, formula: '=SUM(F!A1:A2)' });
    expect(fake.inspect().names).toEqual({ jx_m_1: '=F!$B$8', jx_top: '=F!$A$1' });
  });

  test('a validation straddling the insertion row grows', async () => {
    const fake = form();
    await insert(fake, '5:5');
    const f = fake.inspect().sheets[0];
    expect(f.validations.map((v) => v.address)).toEqual(['B3:B7', 'G11']);
    expect(f.cells.B8).toEqual({ value: 5, formula: '=SUM(B3:B7)' });
  });

  test('the returned range is the blank space', async () => {
    const fake = form();
    await fake.Excel.run(async (context) => {
      const blank = context.workbook.worksheets.getItem('F').getRange('3:4').insert('Down');
      blank.load('address');
      await context.sync();
      expect(blank.address).toBe('F!3:4');
    });
  });

  test('parts of rows, shifting right, protected sheets and content pushed off the sheet fail', async () => {
    const cases: [string, string][] = [
      ['A3:B3', 'NotImplemented'],
      ['1048576:1048576', 'NonBlankCellOffSheet'],
    ];
    for (const [address, code] of cases) {
      const fake = createFakeExcel({ workbook: { sheets: [{ name: 'F', cells: { A1048576: 'last' } }] } });
      await expect(insert(fake as ReturnType<typeof form>, address)).rejects.toMatchObject({ code });
    }
    const locked = form();
    locked.protectSheet('F');
    await expect(insert(locked, '3:3')).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
