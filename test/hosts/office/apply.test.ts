import type { EditPlan } from '../../../src/core/plan';
import { opBytes } from '../../../src/core/plan';
import { officeOpBytes } from '../../../src/hosts/office/requestBytes';
import { hostOverFake } from './helpers';

const SHEET = '项目1';

/** A plan like 插入模板's: a new sheet with a title, a table, a total, formats and print setup. */
function templatePlan(): EditPlan {
  return {
    preconditions: [{ kind: 'sheetAbsent', sheet: SHEET }, { kind: 'structureWritable' }],
    ops: [
      { kind: 'addSheet', sheet: SHEET },
      { kind: 'values', sheet: SHEET, address: 'A1', values: [['项目支出绩效目标申报表']] },
      {
        kind: 'values',
        sheet: SHEET,
        address: 'A3',
        values: [
          ['一级指标', '二级指标', '三级指标', '指标值'],
          ['产出指标', '数量指标', '培训人次', '≥200人次'],
          ['效益指标', '', '', '-'],
          ['编号', '001', 12.5, true],
        ],
      },
      { kind: 'values', sheet: SHEET, address: 'F3', values: [[10], [20.5]] },
      { kind: 'formula', sheet: SHEET, cell: 'F5', formula: "=SUM(F3:F4)+'Data'!A1", result: 130.5 },
      {
        kind: 'style',
        sheet: SHEET,
        address: 'A1:D1',
        style: { font: { name: '宋体', size: 16, bold: true, color: '#1F4E78' }, horizontal: 'center', vertical: 'center', wrap: true },
      },
      { kind: 'style', sheet: SHEET, address: 'A3:D6', style: { border: 'thin', fill: '#DDEBF7', numberFormat: '@' } },
      { kind: 'style', sheet: SHEET, address: 'A6', style: { fill: null } },
      { kind: 'merge', sheet: SHEET, address: 'A1:D1' },
      { kind: 'columnWidth', sheet: SHEET, col: 1, width: 8.43 },
      { kind: 'columnWidth', sheet: SHEET, col: 3, width: 30 },
      { kind: 'rowHeight', sheet: SHEET, row: 1, height: 36 },
      { kind: 'listValidation', sheet: SHEET, address: 'A4:A10', items: ['成本指标', '产出指标', '效益指标', '满意度指标'], strict: true },
      { kind: 'listValidation', sheet: SHEET, address: 'B4:B10', items: ['数量指标', '质量指标'], strict: false },
      { kind: 'note', sheet: SHEET, cell: 'D4', text: '填写时请带单位' },
      { kind: 'link', sheet: SHEET, cell: 'F1', target: "'Data'!A1", text: '返回' },
      { kind: 'addName', name: 'jx_total', ref: `'${SHEET}'!$F$5` },
      { kind: 'printSetup', sheet: SHEET, setup: { paper: 'A4', orientation: 'landscape', fitToWidth: true, printArea: 'A1:F20', titleRows: '3:3' } },
      { kind: 'activate', sheet: SHEET, select: 'C4' },
    ],
  };
}

const line = { style: 'Continuous', weight: 'Thin', color: '#000000' };

describe('OfficeHost.apply', () => {
  test('a whole template plan lands in one sync after one precondition read', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'Data', cells: { A1: 100 } }] } });
    const result = await host.apply(templatePlan());
    expect(result).toEqual({ applied: 19, skipped: [] });
    expect(fake.stats.syncs).toBe(2);
    const wb = fake.inspect();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Data', SHEET]);
    expect(wb.activeSheet).toBe(SHEET);
    expect(wb.selection).toEqual({ sheet: SHEET, address: 'C4' });
    expect(wb.names).toEqual({ jx_total: `='${SHEET}'!$F$5` });
    const s = wb.sheets[1];
    const values = Object.fromEntries(Object.entries(s.cells).map(([a, c]) => [a, c.value]));
    expect(values).toMatchObject({
      A1: '项目支出绩效目标申报表',
      A3: '一级指标',
      D4: '≥200人次',
      D5: '-',
      B6: '001',
      C6: 12.5,
      D6: true,
      F3: 10,
      F4: 20.5,
      F5: 130.5,
      F1: '返回',
    });
    expect(s.cells.F5.formula).toBe("=SUM(F3:F4)+'Data'!A1");
    expect(s.cells.A1.format).toEqual({
      fontName: '宋体',
      fontSize: 16,
      fontBold: true,
      fontColor: '#1F4E78',
      horizontal: 'Center',
      vertical: 'Center',
      wrap: true,
    });
    expect(s.cells.B4.format).toEqual({ fill: '#DDEBF7', numberFormat: '@', borderTop: line, borderBottom: line, borderLeft: line, borderRight: line });
    expect(s.cells.A6.format?.fill).toBeUndefined();
    expect(s.merges).toEqual(['A1:D1']);
    // 8.43 characters: 64 px, 48 pt; 30 characters: 215 px, 161.25 pt.
    expect(s.columnWidths).toEqual({ A: 48, C: 161.25 });
    expect(s.rowHeights).toEqual({ 1: 36 });
    expect(s.validations).toEqual([
      {
        address: 'A4:A10',
        rule: { list: { inCellDropDown: true, source: '成本指标,产出指标,效益指标,满意度指标' } },
        errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
      },
      {
        address: 'B4:B10',
        rule: { list: { inCellDropDown: true, source: '数量指标,质量指标' } },
        errorAlert: { showAlert: false, style: 'Stop', title: '', message: '' },
      },
    ]);
    expect(s.notes).toEqual({ D4: '填写时请带单位' });
    expect(s.hyperlinks).toEqual({ F1: { documentReference: "'Data'!A1", textToDisplay: '返回' } });
    expect(s.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:F20',
      printTitleRows: '3:3',
    });
  });

  test('with the snapshot the command has just read, the write is the only sync', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'Data', cells: { A1: 100 } }] } });
    const snapshot = await host.read({ sheets: [], names: true });
    fake.resetStats();
    await host.apply(templatePlan(), { checkedAgainst: snapshot });
    expect(fake.stats.syncs).toBe(1);
    // The request carries about what the operations' JSON weighs, and little comes back.
    const opsBytes = templatePlan().ops.reduce((n, op) => n + opBytes(op), 0);
    expect(fake.stats.requestBytes).toBeGreaterThan(opsBytes * 0.5);
    expect(fake.stats.requestBytes).toBeLessThan(opsBytes * 6);
    expect(fake.stats.responseBytes).toBe(0);
  });

  test('text that Excel would convert is kept as text', async () => {
    const texts = ['001', '=SUM(A1)', '-', '+1', '90%', '2024-01-05', '2023年1月', 'TRUE', '#N/A', '(1)', '１２', "'quoted", ' 12 ', '¥100'];
    const { fake, host } = hostOverFake();
    await host.apply({ preconditions: [], ops: [{ kind: 'values', sheet: 'Sheet1', address: 'A1', values: [texts] }] });
    const cells = fake.inspect().sheets[0].cells;
    expect(texts.map((_, i) => cells[`${String.fromCharCode(65 + i)}1`].value)).toEqual(texts);
    expect(Object.values(cells).some((c) => c.formula !== undefined)).toBe(false);
  });

  test('notes and page setup are skipped, not attempted, where Excel lacks them', async () => {
    const { fake, host } = hostOverFake({ apiVersion: '1.8', workbook: { sheets: [{ name: 'Data', cells: { A1: 100 } }] } });
    const plan = templatePlan();
    const result = await host.apply(plan);
    expect(result.skipped.map((s) => [s.op.kind, s.reason])).toEqual([
      ['note', 'unsupported'],
      ['printSetup', 'unsupported'],
    ]);
    expect(result.applied).toBe(17);
    const s = fake.inspect().sheets[1];
    expect(s.notes).toEqual({});
    expect(s.pageLayout.paperSize).toBe('Letter');
    expect(s.cells.F5.value).toBe(130.5);
  });

  test('an existing note is replaced, a removed one deleted, an absent one left alone', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S', notes: { A1: 'old', B1: 'gone' } }] } });
    await host.apply({
      preconditions: [],
      ops: [
        { kind: 'note', sheet: 'S', cell: 'A1', text: 'new' },
        { kind: 'note', sheet: 'S', cell: 'B1', text: null },
        { kind: 'note', sheet: 'S', cell: 'C1', text: null },
        { kind: 'note', sheet: 'S', cell: 'D1', text: 'first' },
        { kind: 'note', sheet: 'S', cell: 'D1', text: 'second' },
      ],
    });
    expect(fake.inspect().sheets[0].notes).toEqual({ A1: 'new', D1: 'second' });
    expect(fake.stats.syncs).toBe(2);
  });

  test('with a snapshot that asked about the note cells and names, no read is needed', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S', notes: { A1: 'old' } }], names: { jx_a: '=S!$A$1' } } });
    const snapshot = await host.read({ sheets: [], names: true, cellDetails: { S: ['A1', 'B1'] } });
    fake.resetStats();
    await host.apply(
      {
        preconditions: [],
        ops: [
          { kind: 'note', sheet: 'S', cell: 'A1', text: 'new' },
          { kind: 'note', sheet: 'S', cell: 'B1', text: 'added' },
          { kind: 'deleteName', name: 'jx_a' },
          { kind: 'deleteName', name: 'jx_never' },
        ],
      },
      { checkedAgainst: snapshot },
    );
    expect(fake.stats.syncs).toBe(1);
    expect(fake.inspect().sheets[0].notes).toEqual({ A1: 'new', B1: 'added' });
    expect(fake.inspect().names).toEqual({});
  });

  test('a snapshot without the note cells asked about is not trusted: one read first', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S', notes: { A1: 'old' } }] } });
    const snapshot = await host.read({ sheets: [] });
    fake.resetStats();
    await host.apply({ preconditions: [], ops: [{ kind: 'note', sheet: 'S', cell: 'A1', text: 'new' }] }, { checkedAgainst: snapshot });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.inspect().sheets[0].notes).toEqual({ A1: 'new' });
  });

  test('hiding, very hiding and deleting sheets', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'Main' }, { name: 'jx_store', visibility: 'VeryHidden' }, { name: 'Tmp' }] } });
    await host.apply({
      preconditions: [],
      ops: [
        { kind: 'sheetVisibility', sheet: 'Tmp', visibility: 'veryHidden' },
        { kind: 'deleteSheet', sheet: 'jx_store' },
        { kind: 'deleteSheet', sheet: 'Tmp' },
        { kind: 'addSheet', sheet: 'jx_store' },
        { kind: 'sheetVisibility', sheet: 'jx_store', visibility: 'veryHidden' },
      ],
    });
    expect(fake.inspect().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Main', 'Visible'],
      ['jx_store', 'VeryHidden'],
    ]);
  });

  test('a plan larger than the batch limit is written in one sync per batch of bytes', async () => {
    const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'S' }] } }, { batchLimit: 400 });
    const ops = Array.from({ length: 12 }, (_, i) => ({
      kind: 'values' as const,
      sheet: 'S',
      address: `A${i + 1}`,
      values: [[`第${i + 1}行 ${'说明'.repeat(10)}`]],
    }));
    const snapshot = await host.read({ sheets: [] });
    fake.resetStats();
    const result = await host.apply({ preconditions: [], ops }, { checkedAgainst: snapshot });
    // Batches are cut by the host's estimate of the request (commands with their object paths).
    const perOp = officeOpBytes(ops[0]);
    const expectedBatches = Math.ceil(12 / Math.floor(400 / perOp));
    expect(result.applied).toBe(12);
    expect(expectedBatches).toBeGreaterThan(1);
    expect(fake.stats.syncs).toBe(expectedBatches);
    expect(Object.keys(fake.inspect().sheets[0].cells)).toHaveLength(12);
  });
});
