import { asLiteralText, columnWidthToPoints, pointsToColumnWidth } from '../../../src/hosts/office';
import { planNeeds, PlanState } from '../../../src/hosts/office/planState';

describe('column widths: characters to points', () => {
  test.each([
    [8.43, 48],
    [10, 56.25],
    [30, 161.25],
    [1, 9],
    [0, 0],
  ])('%p characters → %p points', (chars, points) => {
    expect(columnWidthToPoints(chars)).toBe(points);
  });

  test('points back to characters', () => {
    expect([48, 56.25, 161.25].map(pointsToColumnWidth)).toEqual([8.43, 10, 30]);
  });
});

describe('text Excel would convert gets an apostrophe', () => {
  test.each([
    ['001', "'001"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-', "'-"],
    ['TRUE', "'TRUE"],
    ['１２', "'１２"],
    ['#N/A', "'#N/A"],
    ['项目名称', '项目名称'],
    ['≥200人次', '≥200人次'],
    ['', ''],
  ])('%p → %p', (text, written) => {
    expect(asLiteralText(text)).toBe(written);
  });
});

describe('what a plan needs read before writing', () => {
  test('notes on cells that existed before the plan; names only for deleting', () => {
    const needs = planNeeds(
      [
        { kind: 'addSheet', sheet: 'New' },
        { kind: 'note', sheet: 'New', cell: 'A1', text: 'x' },
        { kind: 'insertRows', sheet: 'S', at: 3, count: 2 },
        { kind: 'note', sheet: 'S', cell: 'B4', text: 'in a new row' },
        { kind: 'note', sheet: 'S', cell: 'B7', text: 'was B5' },
        { kind: 'note', sheet: 'S', cell: 'B7', text: 'known now' },
        { kind: 'note', sheet: 's', cell: 'C1', text: null },
        { kind: 'addName', name: 'jx_a', ref: 'S!$A$1' },
        { kind: 'deleteName', name: 'JX_A' },
      ],
      true,
    );
    expect(needs).toEqual({ notes: new Map([['S', new Set(['B5'])], ['s', new Set(['C1'])]]), names: false });
    expect(planNeeds([{ kind: 'deleteName', name: 'x' }], true).names).toBe(true);
    expect(planNeeds([{ kind: 'note', sheet: 'S', cell: 'A1', text: 'x' }], false).notes.size).toBe(0);
  });

  test('the state follows deletions and additions of sheets', () => {
    const state = new PlanState({ note: (_s, row, col) => row === 1 && col === 1, name: () => undefined });
    expect(state.noteExists('S', 'A1')).toBe(true);
    state.apply({ kind: 'deleteSheet', sheet: 'S' });
    state.apply({ kind: 'addSheet', sheet: 'S' });
    expect(state.noteExists('S', 'A1')).toBe(false);
  });
});
