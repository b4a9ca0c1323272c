// What the xlsx host reads: values of every kind, formulas, merges, fills, notes, sheets, selection.
import { loadWorkbookBuffer, workbookToBuffer, XlsxHost } from '../../../src/hosts/xlsx';
import { fillColor, resolveColor, themePalette } from '../../../src/hosts/xlsx/excel/colors';
import { workbookWith } from './helpers';

describe('reading values', () => {
  it('reads numbers, text, booleans, dates as serials, rich text, errors and hyperlink text', async () => {
    const wb = workbookWith('S');
    const ws = wb.getWorksheet('S')!;
    ws.getCell('C4').value = 12.5;
    ws.getCell('D4').value = '文本';
    ws.getCell('E4').value = true;
    ws.getCell('C5').value = new Date(Date.UTC(2024, 0, 1));
    ws.getCell('D5').value = new Date(Date.UTC(2024, 0, 1, 12));
    ws.getCell('E5').value = { richText: [{ text: '项目' }, { text: '名称', font: { bold: true } }] };
    ws.getCell('C6').value = { error: '#REF!' };
    ws.getCell('D6').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('E6').value = { text: '跳转', hyperlink: "#'S'!A1" };
    const s = (await new XlsxHost(wb).read()).sheets[0];
    expect(s.origin).toEqual({ row: 4, col: 3 });
    expect(s.values).toEqual([
      [12.5, '文本', true],
      [45292, 45292.5, '项目名称'],
      ['#REF!', '#DIV/0!', '跳转'],
    ]);
    expect(s.formulas).toEqual({ D6: '=1/0' });
  });

  it('gives the displayed text of numbers in percentage and date formats, formula results included', async () => {
    const wb = workbookWith('S');
    const ws = wb.getWorksheet('S')!;
    const put = (a1: string, value: unknown, numFmt?: string) => {
      ws.getCell(a1).value = value as never;
      if (numFmt !== undefined) ws.getCell(a1).numFmt = numFmt;
    };
    put('A1', 0.98, '0%');
    put('A2', 0.985, '0.00%');
    put('A3', new Date(Date.UTC(2025, 11, 31)), 'yyyy/m/d');
    put('A4', { formula: 'A1/2', result: 0.49 }, '0%');
    put('A5', 1234.5, '#,##0.00##');
    put('A6', '98%', '@');
    put('A7', 0.98);
    const s = (await new XlsxHost(wb).read()).sheets[0];
    expect(s.values).toEqual([[0.98], [0.985], [46022], [0.49], [1234.5], ['98%'], [0.98]]);
    expect(s.texts).toEqual({ A1: '98%', A2: '98.50%', A3: '2025/12/31', A4: '49%' });

    // From a file: the formats come back by their ids (9 is 0%; 14 is the short date ExcelJS calls mm-dd-yy).
    const again = await loadWorkbookBuffer('f.xlsx', await workbookToBuffer(wb));
    const t = (await new XlsxHost(again.workbook).read()).sheets[0];
    expect(t.texts).toEqual({ A1: '98%', A2: '98.50%', A3: '2025/12/31', A4: '49%' });
  });

  it('a date written without a format is saved in the short date, read back as yyyy/m/d', async () => {
    const wb = workbookWith('S');
    wb.getWorksheet('S')!.getCell('B2').value = new Date(Date.UTC(2025, 11, 31));
    expect((await new XlsxHost(wb).read()).sheets[0].texts).toBeUndefined();
    const again = await loadWorkbookBuffer('f.xlsx', await workbookToBuffer(wb));
    expect(again.workbook.getWorksheet('S')!.getCell('B2').numFmt).toBe('mm-dd-yy');
    expect((await new XlsxHost(again.workbook).read()).sheets[0].texts).toEqual({ B2: '2025/12/31' });
  });

  it('gives dates in the 1904 system when the workbook uses it', async () => {
    const wb = workbookWith('S');
    (wb.properties as { date1904?: boolean }).date1904 = true;
    wb.getWorksheet('S')!.getCell('A1').value = new Date(Date.UTC(2024, 0, 1));
    expect((await new XlsxHost(wb).read()).sheets[0].values).toEqual([[45292 - 1462]]);
  });

  it('resolves shared formulas read from a file', async () => {
    const wb = workbookWith('S');
    const ws = wb.getWorksheet('S')!;
    for (let r = 1; r <= 3; r++) ws.getCell(r, 1).value = r;
    ws.fillFormula('B1:B3', 'A1*2', [2, 4, 6]);
    const loaded = await loadWorkbookBuffer('f.xlsx', await workbookToBuffer(wb));
    expect(loaded.workbook.getWorksheet('S')!.getCell('B2').value).toMatchObject({ sharedFormula: 'B1' });
    const s = (await new XlsxHost(loaded.workbook).read()).sheets[0];
    expect(s.formulas).toEqual({ B1: '=A1*2', B2: '=A2*2', B3: '=A3*2' });
    expect(s.values).toEqual([
      [1, 2],
      [2, 4],
      [3, 6],
    ]);
  });

  it('counts merged areas in the used rectangle and reports them all', async () => {
    const wb = workbookWith('S');
    const ws = wb.getWorksheet('S')!;
    ws.getCell('B2').value = '标题';
    ws.mergeCells('B2:D2');
    ws.mergeCells('F8:G9');
    const s = (await new XlsxHost(wb).read()).sheets[0];
    expect(s.origin).toEqual({ row: 2, col: 2 });
    expect(s.values.length).toBe(8);
    expect(s.values[0]).toEqual(['标题', '', '', '', '', '']);
    expect(s.merges).toEqual([
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 8, left: 6, bottom: 9, right: 7 },
    ]);
  });
});

describe('reading sheets, names and selection', () => {
  it('reads visibility, protection, and only the contents asked for', async () => {
    const wb = workbookWith('一', '二', '三');
    wb.getWorksheet('二')!.state = 'hidden';
    wb.getWorksheet('三')!.state = 'veryHidden';
    await wb.getWorksheet('三')!.protect('pw', {});
    wb.getWorksheet('一')!.getCell('A1').value = 1;
    wb.getWorksheet('三')!.getCell('A1').value = 3;
    const snap = await new XlsxHost(wb).read({ sheets: ['三'] });
    expect(snap.sheets.map((s) => [s.name, s.index, s.visibility, s.protected, s.read, s.values])).toEqual([
      ['一', 0, 'visible', false, false, []],
      ['二', 1, 'hidden', false, false, []],
      ['三', 2, 'veryHidden', true, true, [[3]]],
    ]);
    expect(snap.names).toBeUndefined();
    expect(snap.structureProtected).toBe(false);
  });

  it('reads the selection from the active tab and its active cell, A1 by default', async () => {
    const wb = workbookWith('一', '二');
    expect((await new XlsxHost(wb).read({ sheets: [] })).selection).toEqual({ sheet: '一', address: 'A1' });
    wb.views = [{ x: 0, y: 0, width: 100, height: 100, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    wb.getWorksheet('二')!.views = [{ state: 'normal', activeCell: 'D7' } as never];
    expect((await new XlsxHost(wb).read({ sheets: [] })).selection).toEqual({ sheet: '二', address: 'D7' });
  });

  it('reads details for the cells asked, sheet names compared without case', async () => {
    const wb = workbookWith('Sheet');
    const ws = wb.getWorksheet('Sheet')!;
    ws.getCell('A1').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { theme: 4, tint: 0.3999755851924192 } as never,
    };
    ws.getCell('A2').fill = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 13 } as never };
    ws.getCell('A3').note = { texts: [{ text: '第一段' }, { text: '第二段' }] };
    const snap = await new XlsxHost(wb).read({ sheets: [], cellDetails: { sheet: ['a1', 'A2', 'A3'] } });
    expect(snap.sheets[0].fills).toEqual({ A1: '#95B3D7', A2: '#FFFF00', A3: null });
    expect(snap.sheets[0].notes).toEqual({ A3: '第一段第二段' });
  });
});

describe('colours', () => {
  const palette = themePalette(null);
  const cases: [string, object, string | null][] = [
    ['argb', { argb: 'FFDDEBF7' }, '#DDEBF7'],
    ['theme accent 1', { theme: 4 }, '#4F81BD'],
    ['accent 1 lighter 40%', { theme: 4, tint: 0.3999755851924192 }, '#95B3D7'],
    ['accent 2 darker 25%', { theme: 5, tint: -0.249977111117893 }, '#953735'],
    ['text 1 lighter 50%', { theme: 1, tint: 0.499984740745262 }, '#7F7F7F'],
    ['text 1 (dark 1)', { theme: 1 }, '#000000'],
    ['background 1 darker 15%', { theme: 0, tint: -0.1499984740745262 }, '#D9D9D9'],
    ['indexed yellow', { indexed: 13 }, '#FFFF00'],
    ['nothing', {}, null],
  ];
  it.each(cases)('resolves %s', (_what, color, expected) => {
    expect(resolveColor(color, palette)).toBe(expected);
  });

  it('reads the palette of a theme part', () => {
    const xml =
      '<a:clrScheme><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1><a:accent1><a:srgbClr val="5B9BD5"/></a:accent1></a:clrScheme>';
    const p = themePalette(xml);
    expect(p[1]).toBe('111111');
    expect(p[4]).toBe('5B9BD5');
    expect(p[5]).toBe('C0504D');
  });

  it('reads no colour for an empty pattern and the first stop of a gradient', () => {
    expect(fillColor({ type: 'pattern', pattern: 'none' }, palette)).toBeNull();
    expect(
      fillColor(
        { type: 'gradient', gradient: 'angle', degree: 0, stops: [{ position: 0, color: { argb: 'FF123456' } }] },
        palette,
      ),
    ).toBe('#123456');
  });
});
