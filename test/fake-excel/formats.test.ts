/* eslint-disable office-addins/load-object-before-read --
   The rule takes `sheet.getRange(a).format` (and `.dataValidation`) for a read of a sheet property. */
import { createFakeExcel } from '../../src/fake-excel';

describe('formats', () => {
  test('fill: colour, "no fill" reads white, tintAndShade tells them apart, clear', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'S', fills: { A1: '#ffffff', B1: 'red' } }] } });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const fills = ['A1', 'B1', 'C1', 'A1:C1'].map((a) => ws.getRange(a).format.fill.load('color,tintAndShade'));
      await context.sync();
      expect(fills.map((f) => [f.color, f.tintAndShade])).toEqual([
        ['#FFFFFF', 0],
        ['#FF0000', 0],
        ['#FFFFFF', null],
        [null, null],
      ]);
      ws.getRange('B1').format.fill.clear();
      ws.getRange('C1').format.fill.color = '00ff00';
      await context.sync();
    });
    const cells = fake.inspect().sheets[0].cells;
    expect(cells.B1).toBeUndefined();
    expect(cells.C1.format).toEqual({ fill: '#00FF00' });
  });

  test('font, alignment and wrapping; mixed values read null', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const f = ws.getRange('A1:B2').format;
      f.font.name = '宋体';
      f.font.size = 14;
      f.font.bold = true;
      f.font.color = '#1F4E78';
      f.horizontalAlignment = 'Center';
      f.verticalAlignment = 'Top';
      f.wrapText = true;
      ws.getRange('B2').format.font.size = 9;
      await context.sync();
      const all = ws.getRange('A1:B2').format;
      all.load('horizontalAlignment,verticalAlignment,wrapText');
      all.font.load('name,size,bold,color');
      await context.sync();
      expect([all.horizontalAlignment, all.verticalAlignment, all.wrapText]).toEqual(['Center', 'Top', true]);
      expect([all.font.name, all.font.size, all.font.bold, all.font.color]).toEqual(['宋体', null, true, '#1F4E78']);
      ws.getRange('A1').format.horizontalAlignment = 'Middle';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test('borders: edges and inside lines of a range', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const b = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').format.borders;
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        b.getItem(edge).style = 'Continuous';
        b.getItem(edge).weight = 'Thin';
        b.getItem(edge).color = '#000000';
      }
      await context.sync();
      const top = b.getItem('EdgeTop');
      top.load('style,weight,color,sideIndex');
      const single = context.workbook.worksheets.getItem('Sheet1').getRange('C1').format.borders.getItem('EdgeLeft');
      single.load('style');
      await context.sync();
      expect([top.style, top.weight, top.color, top.sideIndex]).toEqual(['Continuous', 'Thin', '#000000', 'EdgeTop']);
      expect(single.style).toBe('None');
    });
    const line = { style: 'Continuous', weight: 'Thin', color: '#000000' };
    expect(fake.inspect().sheets[0].cells.A1.format).toEqual({ borderTop: line, borderBottom: line, borderLeft: line, borderRight: line });
  });

  test('column widths and row heights are points; defaults 48 and 15', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      ws.getRange('B:C').format.columnWidth = 75;
      ws.getRange('2:2').format.rowHeight = 30;
      const b = ws.getRange('B1').format;
      const ad = ws.getRange('A1:D1').format;
      const a = ws.getRange('A1').format;
      for (const f of [b, ad, a]) f.load('columnWidth,rowHeight');
      await context.sync();
      expect([b.columnWidth, ad.columnWidth, a.columnWidth, a.rowHeight]).toEqual([75, null, 48, 15]);
    });
    expect(fake.inspect().sheets[0]).toMatchObject({ columnWidths: { B: 75, C: 75 }, rowHeights: { 2: 30 } });
  });
});
