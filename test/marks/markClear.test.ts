/**
 * 审核 → mark and 清除标记 through both hosts: the Office host over the fake Excel and the xlsx
 * host with the workbook saved and reopened between steps.
 */
import { clearMarks } from '../../src/commands/clearMarks';
import { markFindings } from '../../src/commands/validate';
import { MARK_NOTE_TITLE } from '../../src/core/marks';
import { harness, type Harness, type HostKind } from './harness';
import { finding, smallBook, smallFindings } from './start';

const P = '项目1';
const O = 'Other sheet';
const P_CELLS = ['A1', 'B3', 'C3', 'C4', 'D5', 'E5', 'D6'];
const O_CELLS = ['A1', 'B2', 'C9'];
const note = (...lines: string[]) => [MARK_NOTE_TITLE, ...lines].join('\n');

async function snapshotOf(h: Harness, p = P, pCells = P_CELLS) {
  return { p: await h.look(p, pCells), o: await h.look(O, O_CELLS) };
}

describe.each<HostKind>(['office', 'xlsx'])('%s host', (kind) => {
  let h: Harness;
  afterEach(() => h.cleanup());

  test('marks errors red and warnings yellow with a note, info not at all; values stay; clear puts everything back', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    const outlineBefore = await h.outline();
    expect(before.p.E5).toEqual({ value: '大于0%', fill: '#00B050', note: '见附件2' });

    const marked = await markFindings(h.host, smallFindings());
    expect(marked).toMatchObject({ marked: 5, unmarkedProtected: [], skipped: [], notes: true, leftAsUserChanged: [] });
    await h.reopen();
    const after = await snapshotOf(h);
    expect(after.p).toEqual({
      ...before.p,
      B3: { value: '项目名称', fill: '#FFEB9C', note: note('警告：名称含多余空格。') },
      C4: { value: '95%以上', fill: '#FFC7CE', note: note('错误：成本指标应填写金额。', '警告：指标值不明确。') },
      E5: { value: '大于0%', fill: '#FFC7CE', note: note('错误：只要大于零就算完成。') },
    });
    expect(after.o).toEqual({
      ...before.o,
      B2: { value: 5, fill: '#FFEB9C', note: note('警告：数值可疑。') },
      C9: { value: '', fill: '#FFEB9C', note: note('警告：空单元格。') },
    });
    const outline = await h.outline();
    expect(outline.sheets).toEqual([...outlineBefore.sheets, ['jixiao_marks', 'veryHidden']]);
    expect(Object.keys(outline.names).sort()).toEqual([
      '_jixiao_m_1',
      '_jixiao_m_2',
      '_jixiao_m_3',
      '_jixiao_m_4',
      '_jixiao_m_5',
    ]);
    expect(outline.names._jixiao_m_2.replace(/^=/, '')).toBe("'项目1'!$C$4");

    const cleared = await clearMarks(h.host);
    expect(cleared).toEqual({ restored: 5, leftAsUserChanged: [], storeRemoved: true, kept: [], gone: 0 });
    await h.reopen();
    expect(await snapshotOf(h)).toEqual(before);
    expect(await h.outline()).toEqual(outlineBefore);
  });

  test('after rows were inserted above the marks, clear restores the moved cells', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    await markFindings(h.host, smallFindings());
    await h.reopen();
    await h.insertRows(P, 2, 3);
    await h.reopen();
    expect((await h.outline()).names._jixiao_m_3.replace(/^=/, '')).toBe("'项目1'!$E$8");
    expect(await clearMarks(h.host)).toMatchObject({ restored: 5, leftAsUserChanged: [], storeRemoved: true });
    await h.reopen();
    const moved = await h.look(P, ['A1', 'B6', 'C6', 'C7', 'D8', 'E8', 'D9']);
    expect(Object.values(moved)).toEqual(P_CELLS.map((a1) => before.p[a1]));
    expect(await h.look(P, ['B3', 'C4', 'E5'])).toEqual({
      B3: { value: '', fill: null, note: null },
      C4: { value: '', fill: null, note: null },
      E5: { value: '', fill: null, note: null },
    });
  });

  test('after the sheet was renamed, clear finds its marks', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    await markFindings(h.host, smallFindings());
    await h.reopen();
    await h.rename(P, '项目甲');
    await h.reopen();
    expect(await clearMarks(h.host)).toMatchObject({ restored: 5, leftAsUserChanged: [], storeRemoved: true });
    await h.reopen();
    expect(await snapshotOf(h, '项目甲')).toEqual(before);
  });

  test('a cell the user recoloured or re-noted since is left as it is and reported', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    await markFindings(h.host, smallFindings());
    await h.reopen();
    await h.userFill(P, 'C4', '#0070C0');
    await h.userNote(P, 'B3', '我改过了');
    await h.reopen();
    const cleared = await clearMarks(h.host);
    expect(cleared).toEqual({
      restored: 3,
      leftAsUserChanged: [
        { sheet: P, cell: 'B3' },
        { sheet: P, cell: 'C4' },
      ],
      storeRemoved: true,
      kept: [],
      gone: 0,
    });
    await h.reopen();
    const after = await snapshotOf(h);
    expect(after.p.C4).toEqual({
      value: '95%以上',
      fill: '#0070C0',
      note: note('错误：成本指标应填写金额。', '警告：指标值不明确。'),
    });
    expect(after.p.B3).toEqual({ value: '项目名称', fill: '#FFEB9C', note: '我改过了' });
    expect(after.p.E5).toEqual(before.p.E5);
    expect(after.o).toEqual(before.o);
    const outline = await h.outline();
    expect(outline.sheets.map(([n]) => n)).toEqual([P, O]);
    expect(outline.names).toEqual({});
  });

  test('validating again replaces the marks: the true originals are kept, nothing stacks', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    await markFindings(h.host, smallFindings());
    await h.reopen();
    const second = await markFindings(h.host, [
      finding(P, 'C4', 'warning', '指标值不明确。'),
      finding(P, 'D6', 'error', '必须填写。'),
    ]);
    expect(second).toMatchObject({ marked: 2, leftAsUserChanged: [] });
    await h.reopen();
    const after = await snapshotOf(h);
    expect(after.p).toEqual({
      ...before.p,
      C4: { value: '95%以上', fill: '#FFEB9C', note: note('警告：指标值不明确。') },
      D6: { value: '合格', fill: '#FFC7CE', note: note('错误：必须填写。') },
    });
    expect(after.o).toEqual(before.o);
    expect(Object.keys((await h.outline()).names).sort()).toEqual(['_jixiao_m_1', '_jixiao_m_2']);
    // Twice more with the same findings: still the originals underneath.
    await markFindings(h.host, [finding(P, 'C4', 'error', '成本指标应填写金额。')]);
    await markFindings(h.host, [finding(P, 'C4', 'error', '成本指标应填写金额。')]);
    await h.reopen();
    expect(await clearMarks(h.host)).toMatchObject({ restored: 1, storeRemoved: true });
    await h.reopen();
    expect(await snapshotOf(h)).toEqual(before);
  });

  test('validating with nothing to mark removes the store and its names', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    const outlineBefore = await h.outline();
    expect(await clearMarks(h.host)).toEqual({
      restored: 0,
      leftAsUserChanged: [],
      storeRemoved: false,
      kept: [],
      gone: 0,
    });
    await markFindings(h.host, smallFindings());
    await h.reopen();
    const again = await markFindings(h.host, [finding(P, 'D6', 'info', '仅提示。')]);
    expect(again.marked).toBe(0);
    await h.reopen();
    expect(await h.outline()).toEqual(outlineBefore);
    expect(await snapshotOf(h)).toEqual(before);
  });

  test('a protected sheet: findings listed, cells not marked', async () => {
    const start = smallBook();
    start.sheets[0].protected = true;
    h = await harness(kind, start);
    const before = await snapshotOf(h);
    const result = await markFindings(h.host, smallFindings());
    expect(result.marked).toBe(2);
    expect(result.unmarkedProtected).toEqual([
      { sheet: P, cell: 'B3' },
      { sheet: P, cell: 'C4' },
      { sheet: P, cell: 'E5' },
    ]);
    await h.reopen();
    expect((await snapshotOf(h)).p).toEqual(before.p);
    expect((await h.look(O, ['B2'])).B2.fill).toBe('#FFEB9C');
  });

  test('a sheet protected after marking keeps its marks until it is unprotected', async () => {
    h = await harness(kind, smallBook());
    const before = await snapshotOf(h);
    await markFindings(h.host, smallFindings());
    await h.protect(P, true);
    await h.reopen();
    const first = await clearMarks(h.host);
    expect(first.restored).toBe(2);
    expect(first.storeRemoved).toBe(false);
    expect(first.kept.map((k) => [k.sheet, k.cell, k.reason])).toEqual([
      [P, 'B3', 'protected'],
      [P, 'C4', 'protected'],
      [P, 'E5', 'protected'],
    ]);
    await h.reopen();
    expect((await h.outline()).sheets).toContainEqual(['jixiao_marks', 'veryHidden']);
    expect((await h.look(P, ['C4'])).C4.fill).toBe('#FFC7CE');
    await h.protect(P, false);
    await h.reopen();
    expect(await clearMarks(h.host)).toMatchObject({ restored: 3, storeRemoved: true, kept: [] });
    await h.reopen();
    expect(await snapshotOf(h)).toEqual(before);
  });
});
