/* eslint-disable office-addins/load-object-before-read --
   The rule takes `sheet.getRange(a).format` (and `.dataValidation`) for a read of a sheet property. */
import { createFakeExcel } from '../../src/fake-excel';

describe('list validations', () => {
  test('rule, error alert, replacing part of a validation, clear', async () => {
    const fake = createFakeExcel();
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Sheet1');
      const dv = ws.getRange('B2:B6').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '产出指标,效益指标' } };
      dv.errorAlert = { showAlert: false, style: 'Stop', title: '', message: '' };
      ws.getRange('B4').dataValidation.clear();
      const read = ws.getRange('B2').dataValidation;
      read.load('rule,errorAlert,type');
      const mixed = ws.getRange('B3:B4').dataValidation;
      mixed.load('type');
      await context.sync();
      expect(read.rule).toEqual({ list: { inCellDropDown: true, source: '产出指标,效益指标' } });
      expect(read.errorAlert).toEqual({ showAlert: false, style: 'Stop', title: '', message: '' });
      expect([read.type, mixed.type]).toEqual(['List', 'MixedCriteria']);
    });
    expect(fake.inspect().sheets[0].validations.map((v) => v.address)).toEqual(['B2:B3', 'B5:B6']);
  });
});

describe('defined names', () => {
  test('add from a formula or a range, look up case-insensitively, delete', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: '项目1' }] } });
    await fake.Excel.run(async (context) => {
      const names = context.workbook.names;
      names.add('jx_m_1', "='项目1'!$E$12");
      names.add('jx_m_2', context.workbook.worksheets.getItem('项目1').getRange('B3:C4'));
      await context.sync();
      const one = names.getItem('JX_M_1');
      one.load('name,formula,type,value');
      const none = names.getItemOrNullObject('jx_none');
      names.load('items/name');
      await context.sync();
      expect([one.name, one.formula, one.type, one.value]).toEqual(['jx_m_1', "='项目1'!$E$12", 'Range', "'项目1'!$E$12"]);
      expect(none.isNullObject).toBe(true);
      expect(names.items.map((n) => n.name)).toEqual(['jx_m_1', 'jx_m_2']);
      names.add('JX_M_1', '=1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
      names.add('A1', '=1');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      one.delete();
      names.getItem('gone').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
    expect(fake.inspect().names).toEqual({ jx_m_2: "='项目1'!$B$3:$C$4" });
  });
});

describe('notes (ExcelApi 1.18)', () => {
  test('add on a worksheet or the workbook, read, change, delete', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'S', notes: { C3: 'old' } }] } });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.notes.add('A1', '第一条');
      context.workbook.notes.add('S!B2', '第二条');
      await context.sync();
      const c3 = ws.notes.getItem('C3');
      c3.load('content,authorName');
      const none = ws.notes.getItemOrNullObject('D4');
      const all = context.workbook.notes;
      all.load('items/content');
      await context.sync();
      expect(c3.content).toBe('old');
      expect(none.isNullObject).toBe(true);
      expect(all.items.map((n) => n.content)).toEqual(['第一条', '第二条', 'old']);
      c3.content = 'new';
      ws.notes.getItem('A1').delete();
      await context.sync();
      ws.notes.add('B2', 'again');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      ws.notes.add('A1:B2', 'two cells');
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(fake.inspect().sheets[0].notes).toEqual({ B2: '第二条', C3: 'new' });
  });
});

describe('merged areas', () => {
  test('merge keeps the top-left value; merged areas are those whose top-left cell is in the range', async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'S', cells: { A1: 'keep', B1: 'drop' }, merges: ['D4:E5', 'B8:C9'] }] } });
    await fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').merge();
      ws.getRange('A3:C4').merge(true);
      const areas = ws.getRange('A1:D8').getMergedAreasOrNullObject();
      areas.load('address,areaCount');
      // B8:C9 touches C8:E9 but starts left of it: not reported.
      const partial = ws.getRange('C8:E9').getMergedAreasOrNullObject();
      await context.sync();
      expect(areas.address).toBe('S!A1:B1, S!A3:C3, S!A4:C4, S!D4:E5, S!B8:C9');
      expect(areas.areaCount).toBe(5);
      expect(partial.isNullObject).toBe(true);
      ws.getRange('C3:D3').merge();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      ws.getRange('A1:E5').unmerge();
      await context.sync();
    });
    const s = fake.inspect().sheets[0];
    expect(s.cells).toEqual({ A1: { value: 'keep' } });
    expect(s.merges).toEqual(['B8:C9']);
  });
});
