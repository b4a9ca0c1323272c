import { MarkStoreError } from '../../../src/core/errors';
import { locateMark, readMarkStore, STORE_SHEET, type StoredMark } from '../../../src/core/marks';
import { storeTable } from '../../../src/core/marks/store';
import { sheetFromRows, sheetOf, workbook } from './build';

const marks: StoredMark[] = [
  {
    name: '_jixiao_m_1',
    sheet: '项目1',
    cell: 'E12',
    severity: 'error',
    originalFill: null,
    fill: '#FFC7CE',
    note: { original: null, text: '审核发现：\n错误：成本指标应填写金额。' },
  },
  {
    name: '_jixiao_m_2',
    sheet: "It's 1",
    cell: 'B3',
    severity: 'warning',
    originalFill: '#DDEBF7',
    fill: '#FFEB9C',
    note: { original: '=SUM(A1) "引号" TRUE\r\n2024-01-05', text: 'x' },
  },
  {
    name: '_jixiao_m_3',
    sheet: 'TRUE',
    cell: 'A1',
    severity: 'warning',
    originalFill: '#00B050',
    fill: '#FFEB9C',
    note: null,
  },
];

describe('the mark store', () => {
  test('reads back what it wrote: fills, notes exactly (or left alone), sheet names that look like values', () => {
    const table = storeTable(marks, { rows: 0, cols: 0 });
    expect(table.slice(0, 2)).toEqual([
      ['jixiao-forms marks', 1, '', '', '', '', '', ''],
      ['名称', '工作表', '单元格', '级别', '原填充', '标记填充', '原批注', '标记批注'],
    ]);
    expect(table[3]).toEqual([
      '_jixiao_m_2',
      '"It\'s 1"',
      'B3',
      'warning',
      '#DDEBF7',
      '#FFEB9C',
      '"=SUM(A1) \\"引号\\" TRUE\\r\\n2024-01-05"',
      '"x"',
    ]);
    expect(table[4].slice(6)).toEqual(['', '']);
    const wb = workbook([sheetOf('项目1', { A1: 'x' }), sheetFromRows(STORE_SHEET, table)], {});
    expect(readMarkStore(wb)).toEqual({ sheet: STORE_SHEET, marks, extent: { rows: 5, cols: 8 }, strayNames: [] });
  });

  test('covers the old extent when rewritten with fewer marks', () => {
    const table = storeTable(marks.slice(0, 1), { rows: 6, cols: 10 });
    expect(table).toHaveLength(6);
    expect(table.every((r) => r.length === 10)).toBe(true);
    expect(table[4]).toEqual(new Array(10).fill(''));
  });

  test('no store sheet and no mark names: none; names without a store: stray names', () => {
    expect(readMarkStore(workbook([sheetOf('S', { A1: 1 })], { other: 'S!$A$1' }))).toBeNull();
    expect(readMarkStore(workbook([sheetOf('S', { A1: 1 })], { _JIXIAO_M_4: 'S!$A$1', other: 'S!$A$1' }))).toEqual({
      sheet: null,
      marks: [],
      extent: { rows: 0, cols: 0 },
      strayNames: ['_JIXIAO_M_4'],
    });
  });

  test('an empty store sheet (an interrupted first write) holds no marks', () => {
    const wb = workbook([sheetFromRows('JIXIAO_MARKS', [])], { _jixiao_m_1: 'S!$A$1' });
    expect(readMarkStore(wb)).toEqual({
      sheet: 'JIXIAO_MARKS',
      marks: [],
      extent: { rows: 0, cols: 0 },
      strayNames: ['_jixiao_m_1'],
    });
  });

  test.each([
    ['a newer format version', (t: unknown[][]): void => void (t[0][1] = 2), 'newer-version', null],
    ['another label', (t: unknown[][]): void => void (t[0][0] = '标记'), 'unreadable', 1],
    ['a version that is not a number', (t: unknown[][]): void => void (t[0][1] = 'v1'), 'unreadable', 1],
    ['a bad name', (t: unknown[][]): void => void (t[2][0] = 'jx_1'), 'unreadable', 3],
    ['a bad colour', (t: unknown[][]): void => void (t[3][4] = 'blue'), 'unreadable', 4],
    ['a bad severity', (t: unknown[][]): void => void (t[2][3] = 'info'), 'unreadable', 3],
    ['a note that is not JSON', (t: unknown[][]): void => void (t[3][6] = '原批注'), 'unreadable', 4],
    ['one note column only', (t: unknown[][]): void => void (t[4][7] = '"x"'), 'unreadable', 5],
    ['text in a row without a name', (t: unknown[][]): void => void t.push(['', '"S"']), 'unreadable', 6],
  ] as const)('%s: MarkStoreError', (_label, damage, reason, row) => {
    const table = storeTable(marks, { rows: 0, cols: 0 }) as unknown[][];
    damage(table);
    const wb = workbook([sheetFromRows(STORE_SHEET, table as never)], {});
    expect(() => readMarkStore(wb)).toThrow(MarkStoreError);
    try {
      readMarkStore(wb);
    } catch (e) {
      expect([(e as MarkStoreError).reason, (e as MarkStoreError).row]).toEqual([reason, row]);
    }
  });

  test('needs the names and the store sheet read', () => {
    const wb = workbook([sheetFromRows(STORE_SHEET, [])]);
    expect(() => readMarkStore({ ...wb, names: undefined })).toThrow(RangeError);
    expect(() => readMarkStore({ ...wb, sheets: [{ ...wb.sheets[0], read: false }] })).toThrow(RangeError);
  });
});

describe('locateMark', () => {
  const wb = workbook([sheetOf("It's 1", { A1: 1 }), sheetOf('项目1', { A1: 1 })], {
    _jixiao_m_1: "='It''s 1'!$E$15",
    _jixiao_m_2: '项目1!$B$3',
    _jixiao_m_3: "='项目1'!#REF!",
    _jixiao_m_4: "'Gone'!$A$1",
    _jixiao_m_5: "'项目1'!$A$1:$B$2",
  });
  test.each([
    ['_JIXIAO_M_1', "It's 1", 'E15'],
    ['_jixiao_m_2', '项目1', 'B3'],
    ['_jixiao_m_3', null, null],
    ['_jixiao_m_4', null, null],
    ['_jixiao_m_5', null, null],
    ['_jixiao_m_9', null, null],
  ])('%s → %s!%s', (name, sheet, cell) => {
    const at = locateMark(wb, name);
    expect(at ? [at.sheet.name, at.cell] : [null, null]).toEqual([sheet, cell]);
  });
});
