import { MARK_NOTE_TITLE, planClearMarks, STORE_SHEET } from '../../../src/core/marks';
import { storeTable, type StoredMark } from '../../../src/core/marks/store';
import { sheetFromRows, sheetOf, workbook } from './build';

const note = (...lines: string[]) => [MARK_NOTE_TITLE, ...lines].join('\n');
const mark = (n: number, cell: string, originalFill: string | null, original: string | null): StoredMark => ({
  name: `_jixiao_m_${n}`,
  sheet: '项目1',
  cell,
  severity: 'error',
  originalFill,
  fill: '#FFC7CE',
  note: { original, text: note(`错误：${cell}`) },
});
const marks = [
  mark(1, 'A1', null, null), // intact
  mark(2, 'A2', '#00B050', '原批注'), // back to its original already
  mark(3, 'A3', null, null), // recoloured by the user
  mark(4, 'A4', null, '原批注'), // fill written, note not yet (an interrupted write)
  mark(5, 'A5', null, null), // row deleted
];
const names = {
  _jixiao_m_1: "'项目1'!$A$1",
  _jixiao_m_2: "'项目1'!$A$2",
  _jixiao_m_3: "'项目1'!$A$3",
  _jixiao_m_4: "'项目1'!$A$4",
  _jixiao_m_5: "'项目1'!#REF!",
};

function sheet(protectedSheet = false) {
  return sheetOf(
    '项目1',
    { A1: 1, A2: 2, A3: 3, A4: 4 },
    {
      fills: { A1: '#ffc7ce', A2: '#00B050', A3: '#0070C0', A4: '#FFC7CE' },
      notes: { A1: note('错误：A1'), A2: '原批注', A3: note('错误：A3'), A4: '原批注' },
      protected: protectedSheet,
    },
  );
}

test('restores intact marks, leaves changed ones, then removes names and the store', () => {
  const wb = workbook([sheet(), sheetFromRows(STORE_SHEET, storeTable(marks, { rows: 0, cols: 0 }))], names);
  const result = planClearMarks(wb);
  expect(result.plan).toEqual({
    preconditions: [
      { kind: 'sheetWritable', sheet: '项目1' },
      { kind: 'structureWritable' },
      { kind: 'sheetPresent', sheet: STORE_SHEET },
    ],
    ops: [
      { kind: 'style', sheet: '项目1', address: 'A1', style: { fill: null } },
      { kind: 'note', sheet: '项目1', cell: 'A1', text: null },
      { kind: 'style', sheet: '项目1', address: 'A4', style: { fill: null } },
      { kind: 'note', sheet: '项目1', cell: 'A4', text: '原批注' },
      ...[1, 2, 3, 4, 5].map((n) => ({ kind: 'deleteName', name: `_jixiao_m_${n}` })),
      { kind: 'deleteSheet', sheet: STORE_SHEET },
    ],
  });
  expect(result).toMatchObject({
    found: 5,
    restored: [
      { sheet: '项目1', cell: 'A1' },
      { sheet: '项目1', cell: 'A4' },
    ],
    leftAsUserChanged: [{ sheet: '项目1', cell: 'A3' }],
    kept: [],
    gone: 1,
    storeRemoved: true,
  });
});

test('on a protected sheet intact marks stay in a rewritten store; changed ones are still forgotten', () => {
  const wb = workbook([sheet(true), sheetFromRows(STORE_SHEET, storeTable(marks, { rows: 0, cols: 0 }))], names);
  const result = planClearMarks(wb);
  expect(result.kept.map((k) => [k.cell, k.reason])).toEqual([
    ['A1', 'protected'],
    ['A4', 'protected'],
  ]);
  expect(result.storeRemoved).toBe(false);
  expect(result.plan.ops).toEqual([
    ...[2, 3, 5].map((n) => ({ kind: 'deleteName', name: `_jixiao_m_${n}` })),
    {
      kind: 'values',
      sheet: STORE_SHEET,
      address: 'A1',
      values: storeTable([marks[0], marks[3]], { rows: 7, cols: 8 }),
    },
  ]);
});

test('with the structure protected the store sheet cannot go: it is emptied', () => {
  const wb = workbook([sheet(), sheetFromRows(STORE_SHEET, storeTable(marks, { rows: 0, cols: 0 }))], names, {
    structureProtected: true,
  });
  const result = planClearMarks(wb);
  expect(result.storeRemoved).toBe(false);
  expect(result.plan.ops.at(-1)).toEqual({
    kind: 'values',
    sheet: STORE_SHEET,
    address: 'A1',
    values: storeTable([], { rows: 7, cols: 8 }),
  });
  expect(result.plan.preconditions).not.toContainEqual({ kind: 'structureWritable' });
});

test('a host without notes keeps marks that wrote notes, for a host that can clear them', () => {
  const wb = workbook([sheet(), sheetFromRows(STORE_SHEET, storeTable(marks, { rows: 0, cols: 0 }))], names, {
    notes: false,
  });
  const result = planClearMarks(wb);
  expect(result.kept.map((k) => k.reason)).toEqual(new Array(4).fill('notes-unsupported'));
  expect(result.gone).toBe(1);
  expect(result.plan.ops.map((o) => o.kind)).toEqual(['deleteName', 'values']);
});

test('no store: nothing to do', () => {
  expect(planClearMarks(workbook([sheet()]))).toEqual({
    plan: { preconditions: [], ops: [] },
    found: 0,
    restored: [],
    leftAsUserChanged: [],
    kept: [],
    gone: 0,
    storeRemoved: false,
  });
});
