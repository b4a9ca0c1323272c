import { planMarks, MARK_NOTE_TITLE, STORE_SHEET } from '../../../src/core/marks';
import { storeTable, type StoredMark } from '../../../src/core/marks/store';
import type { EditOp } from '../../../src/core/plan';
import { finding, sheetFromRows, sheetOf, workbook } from './build';

const note = (...lines: string[]) => [MARK_NOTE_TITLE, ...lines].join('\n');

function form(options: { protected?: boolean } = {}) {
  return sheetOf(
    '项目1',
    { A1: '项目支出绩效目标申报表', B3: '项目名称', C4: '95%以上', E5: '大于0%' },
    { fills: { B3: '#DDEBF7' }, notes: { E5: '见附件2' }, ...options },
  );
}

describe('planMarks on a workbook without marks', () => {
  test('store first (sheet, very hidden, one table), then the names, then fill and note per cell', () => {
    const wb = workbook([form()]);
    const result = planMarks(wb, [
      finding('项目1', 'C4', 'warning', '指标值不明确。'),
      finding('项目1', 'E5', 'error', '只要大于零就算完成。'),
      finding('项目1', 'C4', 'error', '成本指标应填写金额。'),
      finding('项目1', 'B3', 'info', '仅提示。'),
      finding(null, null, 'error', '没有申报表。'),
    ]);
    const stored: StoredMark[] = [
      {
        name: '_jixiao_m_1',
        sheet: '项目1',
        cell: 'C4',
        severity: 'error',
        originalFill: null,
        fill: '#FFC7CE',
        note: { original: null, text: note('错误：成本指标应填写金额。', '警告：指标值不明确。') },
      },
      {
        name: '_jixiao_m_2',
        sheet: '项目1',
        cell: 'E5',
        severity: 'error',
        originalFill: null,
        fill: '#FFC7CE',
        note: { original: '见附件2', text: note('错误：只要大于零就算完成。') },
      },
    ];
    expect(result.plan).toEqual({
      preconditions: [
        { kind: 'structureWritable' },
        { kind: 'sheetAbsent', sheet: STORE_SHEET },
        { kind: 'sheetWritable', sheet: '项目1' },
      ],
      ops: [
        { kind: 'addSheet', sheet: STORE_SHEET },
        { kind: 'sheetVisibility', sheet: STORE_SHEET, visibility: 'veryHidden' },
        { kind: 'values', sheet: STORE_SHEET, address: 'A1', values: storeTable(stored, { rows: 0, cols: 0 }) },
        { kind: 'addName', name: '_jixiao_m_1', ref: "'项目1'!$C$4" },
        { kind: 'addName', name: '_jixiao_m_2', ref: "'项目1'!$E$5" },
        { kind: 'style', sheet: '项目1', address: 'C4', style: { fill: '#FFC7CE' } },
        { kind: 'note', sheet: '项目1', cell: 'C4', text: stored[0].note!.text },
        { kind: 'style', sheet: '项目1', address: 'E5', style: { fill: '#FFC7CE' } },
        { kind: 'note', sheet: '项目1', cell: 'E5', text: stored[1].note!.text },
      ],
    });
    expect(result.marked).toEqual([
      { sheet: '项目1', cell: 'C4' },
      { sheet: '项目1', cell: 'E5' },
    ]);
    expect(result.notes).toBe(true);
  });

  test('nothing to mark: an empty plan', () => {
    expect(planMarks(workbook([form()]), [finding('项目1', 'B3', 'info', '仅提示。')]).plan).toEqual({
      preconditions: [],
      ops: [],
    });
  });

  test('a host without notes: fill only, and the store says notes were left alone', () => {
    const result = planMarks(workbook([form()], {}, { notes: false }), [
      finding('项目1', 'B3', 'warning', '多余空格。'),
    ]);
    expect(result.notes).toBe(false);
    expect(result.plan.ops.map((o) => o.kind)).toEqual(['addSheet', 'sheetVisibility', 'values', 'addName', 'style']);
    const values = (result.plan.ops[2] as Extract<EditOp, { kind: 'values' }>).values;
    expect(values[2]).toEqual(['_jixiao_m_1', '"项目1"', 'B3', 'warning', '#DDEBF7', '#FFEB9C', '', '']);
  });

  test('protected sheets are listed, missing sheets skipped, ranges marked at their top-left cell', () => {
    const result = planMarks(workbook([form({ protected: true }), sheetOf('其他', { A1: 1 })]), [
      finding('项目1', 'C4', 'error', 'a'),
      finding('项目1', 'C4', 'warning', 'b'),
      finding('项目1', 'E5', 'warning', 'c'),
      finding('不存在', 'A1', 'error', 'd'),
      finding('其他', 'B2:C3', 'warning', 'e'),
    ]);
    expect(result.unmarkedProtected).toEqual([
      { sheet: '项目1', cell: 'C4' },
      { sheet: '项目1', cell: 'E5' },
    ]);
    expect(result.skipped).toEqual([{ sheet: '不存在', cell: 'A1', reason: 'sheet-missing' }]);
    expect(result.marked).toEqual([{ sheet: '其他', cell: 'B2' }]);
  });

  test('with the structure protected no store can be added: nothing is marked', () => {
    const result = planMarks(workbook([form()], {}, { structureProtected: true }), [
      finding('项目1', 'C4', 'error', 'a'),
    ]);
    expect(result.plan.ops).toEqual([]);
    expect(result.marked).toEqual([]);
    expect(result.skipped).toEqual([{ sheet: '项目1', cell: 'C4', reason: 'structure-protected' }]);
  });

  test('a cell whose fill or note is not read is a programming error', () => {
    const wb = workbook([{ ...form(), allDetails: false, fills: {} }]);
    expect(() => planMarks(wb, [finding('项目1', 'C4', 'error', 'a')])).toThrow(RangeError);
  });
});

describe('planMarks over earlier marks', () => {
  const old: StoredMark[] = [
    {
      name: '_jixiao_m_1',
      sheet: '项目1',
      cell: 'B3',
      severity: 'warning',
      originalFill: '#DDEBF7',
      fill: '#FFEB9C',
      note: { original: null, text: note('警告：x') },
    },
    {
      name: '_jixiao_m_2',
      sheet: '项目1',
      cell: 'E5',
      severity: 'error',
      originalFill: null,
      fill: '#FFC7CE',
      note: { original: '见附件2', text: note('错误：y') },
    },
  ];
  // The sheet as the earlier marks left it, two rows lower (rows were inserted above).
  const marked = sheetOf(
    '项目1',
    { A1: '项目支出绩效目标申报表', B5: '项目名称', C6: '95%以上', E7: '大于0%' },
    { fills: { B5: '#FFEB9C', E7: '#FFC7CE' }, notes: { B5: note('警告：x'), E7: note('错误：y') } },
  );
  const names = { _jixiao_m_1: "'项目1'!$B$5", _jixiao_m_2: "'项目1'!$E$7", _jixiao_m_7: "'项目1'!$A$1" };

  test('restores them first, removes their names, rewrites the store, then marks: originals are the true ones', () => {
    const wb = workbook([marked, sheetFromRows(STORE_SHEET, storeTable(old, { rows: 0, cols: 0 }))], names);
    const result = planMarks(wb, [
      finding('项目1', 'E7', 'warning', '新的'),
      finding('项目1', 'C6', 'error', '另一个'),
    ]);
    const fresh: StoredMark[] = [
      {
        name: '_jixiao_m_1',
        sheet: '项目1',
        cell: 'E7',
        severity: 'warning',
        originalFill: null,
        fill: '#FFEB9C',
        note: { original: '见附件2', text: note('警告：新的') },
      },
      {
        name: '_jixiao_m_2',
        sheet: '项目1',
        cell: 'C6',
        severity: 'error',
        originalFill: null,
        fill: '#FFC7CE',
        note: { original: null, text: note('错误：另一个') },
      },
    ];
    expect(result.plan.ops).toEqual([
      { kind: 'style', sheet: '项目1', address: 'B5', style: { fill: '#DDEBF7' } },
      { kind: 'note', sheet: '项目1', cell: 'B5', text: null },
      { kind: 'style', sheet: '项目1', address: 'E7', style: { fill: null } },
      { kind: 'note', sheet: '项目1', cell: 'E7', text: '见附件2' },
      { kind: 'deleteName', name: '_jixiao_m_1' },
      { kind: 'deleteName', name: '_jixiao_m_2' },
      { kind: 'deleteName', name: '_jixiao_m_7' },
      // The store exists: overwritten in place, covering its old rows.
      { kind: 'values', sheet: STORE_SHEET, address: 'A1', values: storeTable(fresh, { rows: 4, cols: 8 }) },
      { kind: 'addName', name: '_jixiao_m_1', ref: "'项目1'!$E$7" },
      { kind: 'addName', name: '_jixiao_m_2', ref: "'项目1'!$C$6" },
      { kind: 'style', sheet: '项目1', address: 'E7', style: { fill: '#FFEB9C' } },
      { kind: 'note', sheet: '项目1', cell: 'E7', text: note('警告：新的') },
      { kind: 'style', sheet: '项目1', address: 'C6', style: { fill: '#FFC7CE' } },
      { kind: 'note', sheet: '项目1', cell: 'C6', text: note('错误：另一个') },
    ]);
    expect(result.previous).toEqual({
      restored: [
        { sheet: '项目1', cell: 'B5' },
        { sheet: '项目1', cell: 'E7' },
      ],
      leftAsUserChanged: [],
      kept: [],
      gone: 0,
    });
  });

  test('a mark the user changed is left and forgotten; a new mark there records what the user made', () => {
    const changed = { ...marked, fills: { ...marked.fills, E7: '#0070C0' } };
    const wb = workbook([changed, sheetFromRows(STORE_SHEET, storeTable(old, { rows: 0, cols: 0 }))], names);
    const result = planMarks(wb, [finding('项目1', 'E7', 'error', '新的')]);
    expect(result.previous.leftAsUserChanged).toEqual([{ sheet: '项目1', cell: 'E7' }]);
    expect(
      result.plan.ops.filter((o) => 'sheet' in o && o.sheet === '项目1' && 'address' in o && o.address === 'E7'),
    ).toEqual([{ kind: 'style', sheet: '项目1', address: 'E7', style: { fill: '#FFC7CE' } }]);
    const values = (result.plan.ops.find((o) => o.kind === 'values') as Extract<EditOp, { kind: 'values' }>).values;
    expect(values[2].slice(0, 8)).toEqual([
      '_jixiao_m_1',
      '"项目1"',
      'E7',
      'error',
      '#0070C0',
      '#FFC7CE',
      JSON.stringify(note('错误：y')),
      JSON.stringify(note('错误：新的')),
    ]);
  });

  test('no findings left: restores, removes names and the store sheet', () => {
    const wb = workbook([marked, sheetFromRows(STORE_SHEET, storeTable(old, { rows: 0, cols: 0 }))], names);
    const result = planMarks(wb, []);
    expect(result.plan.ops.slice(-4)).toEqual([
      { kind: 'deleteName', name: '_jixiao_m_1' },
      { kind: 'deleteName', name: '_jixiao_m_2' },
      { kind: 'deleteName', name: '_jixiao_m_7' },
      { kind: 'deleteSheet', sheet: STORE_SHEET },
    ]);
    expect(result.plan.preconditions).toContainEqual({ kind: 'structureWritable' });
  });
});
