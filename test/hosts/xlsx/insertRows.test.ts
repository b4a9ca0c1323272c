// insertRows on the xlsx host: everything addressed by row moves exactly as Excel moves it.
import { join } from 'path';
import type { Workbook, Worksheet } from 'exceljs';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost } from '../../../src/hosts/xlsx';
import { plan, tempDir, workbookWith } from './helpers';

const S = '数据';

/** Rows 1–12 of 数据 hold their number in column A; everything else is placed around row 6. */
function buildSheet(): Workbook {
  const wb = workbookWith(S, '汇总');
  const ws = wb.getWorksheet(S)!;
  for (let r = 1; r <= 12; r++) ws.getCell(r, 1).value = r;
  ws.mergeCells('A1:B2'); // above: A1 keeps 1, A2 is merged into it
  ws.mergeCells('C3:C8'); // straddles row 6: grows
  ws.mergeCells('E4:E5'); // ends just above row 6: stays
  ws.mergeCells('I6:I7'); // starts at row 6: moves
  ws.mergeCells('D10:E11'); // below: moves
  ws.getCell('C3').value = '跨越';
  ws.getCell('D10').value = '下方';
  for (const a1 of ['F7', 'F8', 'F9'])
    ws.getCell(a1).dataValidation = { type: 'list', formulae: ['"x,y"'], allowBlank: true };
  for (let r = 4; r <= 8; r++)
    ws.getCell(r, 7).dataValidation = { type: 'list', formulae: ['"是,否"'], allowBlank: true };
  ws.getCell('D2').note = '上方批注';
  ws.getCell('A8').note = '下方批注';
  ws.getRow(5).height = 20;
  ws.getRow(9).height = 33;
  ws.getCell('B5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('B6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  ws.getCell('B3').value = { formula: 'A8*2', result: 16 };
  ws.getCell('B12').value = { formula: 'SUM(A3:A11)', result: 63 };
  ws.fillFormula('C10:C12', 'A10*3', [30, 33, 36]);
  ws.getCell('A11').value = { text: '去汇总', hyperlink: "#'汇总'!A1" };
  ws.pageSetup.printArea = 'A1:H12';
  ws.pageSetup.printTitlesRow = '1:2';
  ws.addConditionalFormatting({
    ref: 'A7:A9',
    rules: [{ type: 'expression', priority: 1, formulae: ['A7>5'], style: { font: { bold: true } } }],
  });
  wb.definedNames.add(`'${S}'!$A$8`, 'below');
  wb.definedNames.add(`'${S}'!$A$2`, 'above');
  wb.definedNames.add(`'${S}'!$H$4:$H$9`, 'across');
  wb.getWorksheet('汇总')!.getCell('A1').value = { formula: `'${S}'!A8+${S}!A2`, result: 10 };
  return wb;
}

function dv(ws: Worksheet): Record<string, { formulae: string[] } | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] } | undefined> } })
    .dataValidations.model;
}

function expectMoved(wb: Workbook): void {
  const ws = wb.getWorksheet(S)!;
  // Values: rows 1–5 stay, 6–12 move two down, the new rows 6–7 are empty.
  for (const r of [1, 3, 4, 5]) expect(ws.getCell(r, 1).value).toBe(r);
  expect(ws.getCell('A6').value).toBeNull();
  expect(ws.getCell('A7').value).toBeNull();
  for (let r = 6; r <= 10; r++) expect(ws.getCell(r + 2, 1).value).toBe(r);
  expect(ws.getCell('A13').value).toEqual({ text: '去汇总', hyperlink: "#'汇总'!A1" });
  expect(ws.getCell('A14').value).toBe(12);

  // Merges: above and ending above stay, straddling grows, starting at or below moves.
  expect([...ws.model.merges].sort()).toEqual(['A1:B2', 'C3:C10', 'D12:E13', 'E4:E5', 'I8:I9'].sort());
  expect(ws.getCell('C3').value).toBe('跨越');
  expect(ws.getCell('D12').value).toBe('下方');

  // Validations: below moves, straddling grows over the new rows.
  const v = dv(ws);
  for (const a1 of ['F9', 'F10', 'F11']) expect(v[a1]?.formulae).toEqual(['"x,y"']);
  for (const a1 of ['F7', 'F8']) expect(v[a1]).toBeUndefined();
  for (let r = 4; r <= 10; r++) expect(v[`G${r}`]?.formulae).toEqual(['"是,否"']);
  expect(v.G11).toBeUndefined();
  expect(v.G3).toBeUndefined();

  // Notes move with their cells.
  expect(ws.getCell('D2').note).toBe('上方批注');
  expect(ws.getCell('A10').note).toBe('下方批注');
  expect(ws.getCell('A8').note).toBeUndefined();

  // Row heights move; the new rows take the height and the cell formats of the row above.
  expect(ws.getRow(5).height).toBe(20);
  expect(ws.getRow(6).height).toBe(20);
  expect(ws.getRow(7).height).toBe(20);
  expect(ws.getRow(11).height).toBe(33);
  expect(ws.getRow(9).height).toBeUndefined();
  expect(ws.getCell('B6').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
  expect(ws.getCell('B7').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
  expect(ws.getCell('B8').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });

  // Formulas here and on other sheets follow the cells they refer to; shared ones are unshared.
  expect(ws.getCell('B3').formula).toBe('A10*2');
  expect(ws.getCell('B3').result).toBe(16);
  expect(ws.getCell('B14').formula).toBe('SUM(A3:A13)');
  expect(ws.getCell('C12').formula).toBe('A12*3');
  expect(ws.getCell('C13').formula).toBe('A13*3');
  expect(ws.getCell('C14').formula).toBe('A14*3');
  expect(ws.getCell('C14').result).toBe(36);
  expect(wb.getWorksheet('汇总')!.getCell('A1').formula).toBe(`'${S}'!A10+${S}!A2`);

  // Print area grows, title rows above stay; conditional formats move with their formulas.
  expect(ws.pageSetup.printArea).toBe('A1:H14');
  expect(ws.pageSetup.printTitlesRow).toBe('1:2');
  const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
    .conditionalFormattings[0];
  expect(cf.ref).toBe('A9:A11');
  expect(cf.rules[0].formulae).toEqual(['A9>5']);

  // Defined names below move, across grow, above stay.
  const names = Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
  expect(names).toEqual({ below: [`'${S}'!$A$10`], above: [`'${S}'!$A$2`], across: [`'${S}'!$H$4:$H$11`] });
}

describe('xlsx host insertRows', () => {
  it('moves values, merges, validations, notes, heights, formats, formulas, print area and names', async () => {
    const host = new XlsxHost(buildSheet());
    await host.apply(plan([{ kind: 'insertRows', sheet: S, at: 6, count: 2 }], [{ kind: 'sheetWritable', sheet: S }]));
    expectMoved(host.workbook);
  });

  it('writes what it moved: the saved file reads back the same', async () => {
    const host = new XlsxHost(buildSheet());
    await host.apply(plan([{ kind: 'insertRows', sheet: S, at: 6, count: 2 }]));
    const t = tempDir();
    try {
      const file = join(t.dir, 'moved.xlsx');
      await saveWorkbookFile(host.workbook, file);
      const loaded = await loadWorkbookFile(file);
      expectMoved(loaded.workbook);
      const snap = await new XlsxHost(loaded.workbook).read({ sheets: [S], cellDetails: { [S]: ['A10', 'B7'] } });
      const s = snap.sheets[0];
      expect(s.notes).toEqual({ A10: '下方批注' });
      expect(s.fills).toEqual({ A10: null, B7: '#FFFF00' });
      expect(s.formulas).toMatchObject({ B3: '=A10*2', B14: '=SUM(A3:A13)', C12: '=A12*3' });
    } finally {
      t.cleanup();
    }
  });

  it('inserting at row 1 moves everything, merges included', async () => {
    const host = new XlsxHost(buildSheet());
    await host.apply(plan([{ kind: 'insertRows', sheet: S, at: 1, count: 1 }]));
    const ws = host.workbook.getWorksheet(S)!;
    expect([...ws.model.merges].sort()).toEqual(['A2:B3', 'C4:C9', 'D11:E12', 'E5:E6', 'I7:I8'].sort());
    expect(ws.getCell('A2').value).toBe(1);
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getRow(1).height).toBeUndefined();
  });

  it('inserting below everything changes nothing above', async () => {
    const host = new XlsxHost(buildSheet());
    const before = await host.read({ sheets: [S] });
    await host.apply(plan([{ kind: 'insertRows', sheet: S, at: 20, count: 3 }]));
    const after = await host.read({ sheets: [S] });
    expect(after.sheets[0]).toEqual(before.sheets[0]);
  });
});
