// A plan written through the xlsx host, saved, and read back by a fresh ExcelJS and by the host.
import { join } from 'path';
import type { Workbook, Worksheet } from 'exceljs';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../../src/hosts/xlsx';
import { loadRaw, plan, tempDir, workbookWith, zipPart } from './helpers';

const P = '项目1';

async function writeAll(file: string): Promise<void> {
  const host = new XlsxHost(workbookWith('目录'));
  const result = await host.apply(
    plan(
      [
        { kind: 'addSheet', sheet: P },
        {
          kind: 'values',
          sheet: P,
          address: 'A1',
          values: [
            ['项目名称', '001', 12.5, true],
            ['=1+1', '', 7.25, false],
          ],
        },
        { kind: 'formula', sheet: P, cell: 'C3', formula: '=SUM(C1:C2)', result: 19.75 },
        { kind: 'formula', sheet: P, cell: 'D3', formula: '=C3-C3', result: 0 },
        {
          kind: 'style',
          sheet: P,
          address: 'A1:D1',
          style: {
            font: { name: 'SimSun', size: 16, bold: true, color: '#FF0000' },
            fill: '#DDEBF7',
            numberFormat: '0.00',
            horizontal: 'center',
            vertical: 'center',
            wrap: true,
            border: 'thin',
          },
        },
        { kind: 'style', sheet: P, address: 'A2', style: { font: { size: 9 } } },
        { kind: 'merge', sheet: P, address: 'A5:D5' },
        { kind: 'columnWidth', sheet: P, col: 1, width: 30 },
        { kind: 'rowHeight', sheet: P, row: 5, height: 40 },
        { kind: 'listValidation', sheet: P, address: 'E2:E4', items: ['是', '否'], strict: true },
        { kind: 'listValidation', sheet: P, address: 'F2', items: ['甲', '乙', '丙'], strict: false },
        { kind: 'note', sheet: P, cell: 'A1', text: '请填写项目全称' },
        { kind: 'link', sheet: '目录', cell: 'A1', target: `'${P}'!A1`, text: P },
        {
          kind: 'printSetup',
          sheet: P,
          setup: { paper: 'A4', orientation: 'landscape', fitToWidth: true, printArea: 'A1:F10', titleRows: '1:2' },
        },
        { kind: 'addName', name: 'jx_m_1', ref: `'${P}'!$C$3` },
        { kind: 'activate', sheet: P, select: 'C3' },
      ],
      [{ kind: 'sheetAbsent', sheet: P }],
    ),
  );
  expect(result).toEqual({ applied: 16, skipped: [] });
  await saveWorkbookFile(host.workbook, file);
}

describe('xlsx host round trip', () => {
  let dir: { dir: string; cleanup: () => void };
  let file: string;
  let raw: Workbook;
  let ws: Worksheet;

  beforeAll(async () => {
    dir = tempDir();
    file = join(dir.dir, 'out.xlsx');
    await writeAll(file);
    raw = await loadRaw(file);
    ws = raw.getWorksheet(P)!;
  });
  afterAll(() => dir.cleanup());

  it('keeps the sheets in order', () => {
    expect(raw.worksheets.map((w) => w.name)).toEqual(['目录', P]);
  });

  it('writes values, strings that look like numbers or formulas as text', () => {
    expect(ws.getCell('A1').value).toBe('项目名称');
    expect(ws.getCell('B1').value).toBe('001');
    expect(ws.getCell('C1').value).toBe(12.5);
    expect(ws.getCell('D1').value).toBe(true);
    expect(ws.getCell('A2').value).toBe('=1+1');
    expect(ws.getCell('B2').value).toBeNull();
    expect(ws.getCell('D2').value).toBe(false);
  });

  it('writes formulas with their cached results, zero included', () => {
    expect(ws.getCell('C3').formula).toBe('SUM(C1:C2)');
    expect(ws.getCell('C3').result).toBe(19.75);
    expect(ws.getCell('D3').formula).toBe('C3-C3');
    expect(ws.getCell('D3').result).toBe(0);
  });

  it('writes font, fill, number format, alignment and borders', () => {
    for (const a1 of ['A1', 'D1']) {
      const c = {
        font: ws.getCell(a1).font,
        fill: ws.getCell(a1).fill,
        numFmt: ws.getCell(a1).numFmt,
        alignment: ws.getCell(a1).alignment,
        border: ws.getCell(a1).border,
      };
      expect(c.font).toMatchObject({ name: 'SimSun', size: 16, bold: true, color: { argb: 'FFFF0000' } });
      expect(c.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
      expect(c.numFmt).toBe('0.00');
      expect(c.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
      for (const side of ['top', 'left', 'bottom', 'right'] as const) {
        expect(c.border[side]).toMatchObject({ style: 'thin', color: { argb: 'FF000000' } });
      }
    }
  });

  it('changes one cell without touching others that shared its style', () => {
    expect(ws.getCell('A2').font).toMatchObject({ size: 9 });
    expect(ws.getCell('B2').font?.size).not.toBe(9);
    expect(ws.getCell('A1').font.size).toBe(16);
  });

  it('writes merges, column widths and row heights', () => {
    expect(ws.model.merges).toEqual(['A5:D5']);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getRow(5).height).toBe(40);
  });

  it('writes list validations on every cell of the range', () => {
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    for (const a1 of ['E2', 'E3', 'E4']) {
      expect(dv[a1]).toMatchObject({ type: 'list', formulae: ['"是,否"'], allowBlank: true, showErrorMessage: true });
    }
    expect(dv.E5).toBeUndefined();
    expect(dv.F2).toMatchObject({ type: 'list', formulae: ['"甲,乙,丙"'] });
    expect((dv.F2 as { showErrorMessage?: boolean }).showErrorMessage).toBeFalsy();
    expect(zipPart(file, 'xl/worksheets/sheet2.xml')).toMatch(/<dataValidation [^>]*sqref="E2:E4"/);
  });

  it('writes notes', () => {
    expect(ws.getCell('A1').note).toBe('请填写项目全称');
    expect(ws.getCell('B1').note).toBeUndefined();
  });

  it('writes the print setup', () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: 'A1:F10',
      printTitlesRow: '1:2',
    });
  });

  it('writes defined names', () => {
    expect(raw.definedNames.model).toContainEqual({ name: 'jx_m_1', ranges: [`'${P}'!$C$3`] });
  });

  it('writes an in-document hyperlink as Excel does: a location and no relationship', () => {
    const sheetXml = zipPart(file, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).toContain(`<hyperlink ref="A1" location="'${P}'!A1"/>`);
    expect(sheetXml).not.toContain('r:id=');
    expect(zipPart(file, 'xl/worksheets/_rels/sheet1.xml.rels')).not.toContain('hyperlink');
  });

  it('activates the sheet and its selected cell', () => {
    expect(zipPart(file, 'xl/workbook.xml')).toMatch(/<workbookView [^>]*activeTab="1"/);
    const sheetXml = zipPart(file, 'xl/worksheets/sheet2.xml');
    expect(sheetXml).toMatch(/<sheetView [^>]*tabSelected="1"/);
    expect(sheetXml).toContain('<selection activeCell="C3" sqref="C3"/>');
    expect(zipPart(file, 'xl/worksheets/sheet1.xml')).not.toMatch(/tabSelected="1"/);
  });

  it('reads back through the host loader, hyperlinks included', async () => {
    const loaded = await loadWorkbookFile(file);
    expect(loaded.droppedParts).toEqual([]);
    expect(loaded.structureProtected).toBe(false);
    expect(loaded.workbook.getWorksheet('目录')!.getCell('A1').value).toEqual({ text: P, hyperlink: `#'${P}'!A1` });
    const snap = await new XlsxHost(loaded.workbook).read({ cellDetails: { [P]: ['A1', 'A2', 'Z9'] }, names: true });
    const s = snap.sheets[1];
    expect(s).toMatchObject({
      name: P,
      index: 1,
      visibility: 'visible',
      protected: false,
      read: true,
      origin: { row: 1, col: 1 },
    });
    expect(s.values).toEqual([
      ['项目名称', '001', 12.5, true],
      ['=1+1', '', 7.25, false],
      ['', '', 19.75, 0],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(s.formulas).toEqual({ C3: '=SUM(C1:C2)', D3: '=C3-C3' });
    expect(s.merges).toEqual([{ top: 5, left: 1, bottom: 5, right: 4 }]);
    expect(s.fills).toEqual({ A1: '#DDEBF7', A2: null, Z9: null });
    expect(s.notes).toEqual({ A1: '请填写项目全称' });
    expect(snap.names).toEqual({ jx_m_1: `'${P}'!$C$3` });
    expect(snap.selection).toEqual({ sheet: P, address: 'C3' });
    expect(snap.sheets[0].values).toEqual([[P]]);
    expect(snap.capabilities).toEqual({ notes: true, mergedAreas: true, pageLayout: true });
  });

  it('keeps an in-document hyperlink through a second load and save', async () => {
    const again = join(dir.dir, 'again.xlsx');
    const loaded = await loadWorkbookFile(file);
    await saveWorkbookFile(loaded.workbook, again);
    expect(zipPart(again, 'xl/worksheets/sheet1.xml')).toContain(`<hyperlink ref="A1" location="'${P}'!A1"/>`);
  });
});
