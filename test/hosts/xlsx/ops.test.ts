// Single operations on workbooks loaded from files, where ExcelJS shares styles between cells.
import { WriteFailedError } from '../../../src/core/errors';
import type { EditOp } from '../../../src/core/plan';
import { loadWorkbookBuffer, workbookToBuffer, XlsxHost } from '../../../src/hosts/xlsx';
import { plan, workbookWith } from './helpers';

/** A sheet saved and loaded again: A1:D4 share one bordered, filled style. */
async function loadedHost(): Promise<XlsxHost> {
  const wb = workbookWith('表', '其他');
  const ws = wb.getWorksheet('表')!;
  const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
  for (let r = 1; r <= 4; r++) {
    for (let c = 1; c <= 4; c++) {
      ws.getCell(r, c).value = r * 10 + c;
      ws.getCell(r, c).style = {
        font: { name: 'SimSun', size: 11 },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
        border: { top: thin, left: thin, bottom: thin, right: thin },
      };
    }
  }
  const loaded = await loadWorkbookBuffer('t.xlsx', await workbookToBuffer(wb));
  return new XlsxHost(loaded.workbook);
}

async function run(host: XlsxHost, ...ops: EditOp[]): Promise<void> {
  await host.apply(plan(ops));
}

function sheet(host: XlsxHost, name = '表') {
  return host.workbook.getWorksheet(name)!;
}

describe('style', () => {
  it('changes only the cells of its range although they shared a style object', async () => {
    const host = await loadedHost();
    const ws = sheet(host);
    expect(ws.getCell('A1').style).toBe(ws.getCell('B2').style);
    await run(host, { kind: 'style', sheet: '表', address: 'B2', style: { font: { bold: true }, fill: null } });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'SimSun', size: 11, bold: true });
    expect(ws.getCell('B2').fill).toBeUndefined();
    expect(ws.getCell('A1').font.bold).toBeUndefined();
    expect(ws.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
  });

  it('removes borders of the range and the facing sides of its neighbours', async () => {
    const host = await loadedHost();
    const ws = sheet(host);
    await run(host, { kind: 'style', sheet: '表', address: 'B2:C3', style: { border: 'none' } });
    expect(ws.getCell('B2').border).toEqual({});
    expect(ws.getCell('B1').border).toMatchObject({
      top: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(ws.getCell('B1').border.bottom).toBeUndefined();
    expect(ws.getCell('A2').border.right).toBeUndefined();
    expect(ws.getCell('D3').border.left).toBeUndefined();
    expect(ws.getCell('C4').border.top).toBeUndefined();
    expect(ws.getCell('A1').border).toMatchObject({ bottom: { style: 'thin' }, right: { style: 'thin' } });
  });

  it('sets horizontal alignment back to general', async () => {
    const host = await loadedHost();
    await run(
      host,
      { kind: 'style', sheet: '表', address: 'A1', style: { horizontal: 'right', vertical: 'top' } },
      { kind: 'style', sheet: '表', address: 'A1', style: { horizontal: 'general' } },
    );
    expect(sheet(host).getCell('A1').alignment).toEqual({ vertical: 'top' });
  });
});

describe('merge and unmerge', () => {
  it('merges keeping the top-left value and every cell style, and unmerges keeping styles too', async () => {
    const host = await loadedHost();
    const ws = sheet(host);
    await run(host, { kind: 'style', sheet: '表', address: 'B2', style: { fill: '#FF0000' } });
    await run(host, { kind: 'merge', sheet: '表', address: 'A2:B3' });
    expect(ws.model.merges).toEqual(['A2:B3']);
    expect(ws.getCell('A2').value).toBe(21);
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    await run(host, { kind: 'unmerge', sheet: '表', address: 'B3' });
    expect(ws.model.merges).toEqual([]);
    expect(ws.getCell('B2').value).toBeNull();
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(ws.getCell('B3').border.top).toMatchObject({ style: 'thin' });
  });

  it('merges over a smaller merged area inside, refuses one sticking out', async () => {
    const host = await loadedHost();
    await run(host, { kind: 'merge', sheet: '表', address: 'A1:B1' }, { kind: 'merge', sheet: '表', address: 'A1:C2' });
    expect(sheet(host).model.merges).toEqual(['A1:C2']);
    await expect(run(host, { kind: 'merge', sheet: '表', address: 'C2:D3' })).rejects.toBeInstanceOf(WriteFailedError);
    expect(sheet(host).model.merges).toEqual(['A1:C2']);
  });

  it('writes "" into the merged-away cells of a value block, refuses anything else there', async () => {
    const host = await loadedHost();
    await run(
      host,
      { kind: 'merge', sheet: '表', address: 'A1:B1' },
      { kind: 'values', sheet: '表', address: 'A1', values: [['标题', '']] },
    );
    expect(sheet(host).getCell('A1').value).toBe('标题');
    await expect(
      run(host, { kind: 'values', sheet: '表', address: 'A1', values: [['标题', 'x']] }),
    ).rejects.toMatchObject({
      causeMessage: 'operation 1 of 1 (values): 表!B1: inside a merged area',
    });
  });
});

describe('notes, validations, names and sheets', () => {
  it('removes a note with null', async () => {
    const host = await loadedHost();
    await run(host, { kind: 'note', sheet: '表', cell: 'C3', text: '说明' });
    expect((await host.read({ cellDetails: { 表: ['C3'] } })).sheets[0].notes).toEqual({ C3: '说明' });
    await run(host, { kind: 'note', sheet: '表', cell: 'C3', text: null });
    expect((await host.read({ cellDetails: { 表: ['C3'] } })).sheets[0].notes).toEqual({});
    const again = await loadWorkbookBuffer('n.xlsx', await workbookToBuffer(host.workbook));
    expect(again.workbook.getWorksheet('表')!.getCell('C3').note).toBeUndefined();
  });

  it('keeps a note on an empty cell through a save and load', async () => {
    const host = await loadedHost();
    await run(host, { kind: 'note', sheet: '表', cell: 'H9', text: '空单元格的批注' });
    const again = new XlsxHost((await loadWorkbookBuffer('n.xlsx', await workbookToBuffer(host.workbook))).workbook);
    expect((await again.read({ cellDetails: { 表: ['H9'] } })).sheets[0].notes).toEqual({ H9: '空单元格的批注' });
  });

  it('clears validations inside a range only, and refuses lists Excel cannot hold', async () => {
    const host = await loadedHost();
    await run(
      host,
      { kind: 'listValidation', sheet: '表', address: 'E1:E5', items: ['是', '否'], strict: true },
      { kind: 'clearValidation', sheet: '表', address: 'E2:E3' },
    );
    const model = (sheet(host) as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
      .model;
    expect(Object.keys(model).sort()).toEqual(['E1', 'E4', 'E5']);
    await expect(
      run(host, { kind: 'listValidation', sheet: '表', address: 'F1', items: ['a,b'], strict: true }),
    ).rejects.toBeInstanceOf(WriteFailedError);
    await expect(
      run(host, { kind: 'listValidation', sheet: '表', address: 'F1', items: ['长'.repeat(300)], strict: true }),
    ).rejects.toBeInstanceOf(WriteFailedError);
  });

  it('adds and deletes names, refusing a duplicate', async () => {
    const host = await loadedHost();
    await run(host, { kind: 'addName', name: 'jx_total', ref: '表!$D$4' });
    expect((await host.read({ sheets: [], names: true })).names).toEqual({ jx_total: "'表'!$D$4" });
    await expect(run(host, { kind: 'addName', name: 'JX_TOTAL', ref: '表!$D$1' })).rejects.toBeInstanceOf(
      WriteFailedError,
    );
    await run(host, { kind: 'deleteName', name: 'JX_total' });
    expect((await host.read({ sheets: [], names: true })).names).toEqual({});
  });

  it('hides, shows and deletes sheets, keeping a visible active sheet', async () => {
    const host = await loadedHost();
    await run(
      host,
      { kind: 'activate', sheet: '其他' },
      { kind: 'sheetVisibility', sheet: '其他', visibility: 'hidden' },
    );
    let snap = await host.read({ sheets: [] });
    expect(snap.sheets.map((s) => s.visibility)).toEqual(['visible', 'hidden']);
    expect(snap.selection?.sheet).toBe('表');
    await expect(run(host, { kind: 'sheetVisibility', sheet: '表', visibility: 'veryHidden' })).rejects.toBeInstanceOf(
      WriteFailedError,
    );
    await run(host, { kind: 'addName', name: 'on_other', ref: "'其他'!$A$1" }, { kind: 'deleteSheet', sheet: '其他' });
    snap = await host.read({ sheets: [], names: true });
    expect(snap.sheets.map((s) => s.name)).toEqual(['表']);
    expect(snap.names).toEqual({});
  });

  it('refuses a sheet name Excel would refuse', async () => {
    const host = await loadedHost();
    await expect(run(host, { kind: 'addSheet', sheet: 'a/b' })).rejects.toBeInstanceOf(WriteFailedError);
    await expect(run(host, { kind: 'addSheet', sheet: '表' })).rejects.toBeInstanceOf(WriteFailedError);
    expect(host.workbook.worksheets.map((w) => w.name)).toEqual(['表', '其他']);
  });
});
