/**
 * Marks made by one host, cleared by the other, through a file (see transfer.ts for the path).
 */
import { clearMarks } from '../../src/commands/clearMarks';
import { markFindings } from '../../src/commands/validate';
import { MARK_NOTE_TITLE } from '../../src/core/marks';
import { officeHarness, officeHarnessOver, xlsxHarness, xlsxHarnessOver, type Harness } from './harness';
import { finding, smallBook, smallFindings } from './start';
import { excelJsFromOffice, officeFromXlsx } from './transfer';

const P = '项目1';
const P_CELLS = ['A1', 'B3', 'C3', 'C4', 'D5', 'E5', 'D6'];
const O_CELLS = ['A1', 'B2', 'C9'];

async function look(h: Harness, p = P) {
  return { p: await h.look(p, P_CELLS), o: await h.look('Other sheet', O_CELLS) };
}

describe('marks made by the xlsx host, cleared by the Office host', () => {
  test('restores fills and notes; the store and names go', async () => {
    const x = await xlsxHarness(smallBook());
    try {
      const before = await look(x);
      await markFindings(x.host, smallFindings());
      const office = officeHarnessOver(await officeFromXlsx(x));
      expect((await office.look(P, ['C4'])).C4).toEqual({
        value: '95%以上',
        fill: '#FFC7CE',
        note: [MARK_NOTE_TITLE, '错误：成本指标应填写金额。', '警告：指标值不明确。'].join('\n'),
      });
      await office.userFill(P, 'B3', '#FF0000');
      expect(await clearMarks(office.host)).toEqual({
        restored: 4,
        leftAsUserChanged: [{ sheet: P, cell: 'B3' }],
        storeRemoved: true,
        kept: [],
        gone: 0,
      });
      expect(await look(office)).toEqual({
        ...before,
        p: {
          ...before.p,
          B3: { ...before.p.B3, fill: '#FF0000', note: [MARK_NOTE_TITLE, '警告：名称含多余空格。'].join('\n') },
        },
      });
      const state = office.fake.inspect();
      expect(state.sheets.map((s) => s.name)).toEqual([P, 'Other sheet']);
      expect(state.names).toEqual({});
    } finally {
      x.cleanup();
    }
  });

  test('after Office inserted rows and renamed the sheet, and the file went back to the xlsx host', async () => {
    const x = await xlsxHarness(smallBook());
    try {
      const before = await look(x);
      await markFindings(x.host, smallFindings());
      const office = officeHarnessOver(await officeFromXlsx(x));
      await office.insertRows(P, 1, 2);
      await office.rename(P, '项目乙');
      const back = await xlsxHarnessOver(await excelJsFromOffice(office.fake));
      try {
        await back.reopen();
        expect(await clearMarks(back.host)).toMatchObject({ restored: 5, storeRemoved: true });
        await back.reopen();
        const moved = await back.look('项目乙', ['A3', 'B5', 'C5', 'C6', 'D7', 'E7', 'D8']);
        expect(Object.values(moved)).toEqual(P_CELLS.map((a1) => before.p[a1]));
        expect((await back.outline()).names).toEqual({});
      } finally {
        back.cleanup();
      }
    } finally {
      x.cleanup();
    }
  });
});

describe('marks made by the Office host, cleared by the xlsx host', () => {
  test('restores fills and notes after saving and reopening; nothing of ours is left in the file', async () => {
    const office = officeHarness(smallBook());
    const before = await look(office);
    await markFindings(office.host, smallFindings());
    // A second 审核 in Office first: the file carries only the second marks, over the true originals.
    await markFindings(office.host, [...smallFindings(), finding(P, 'D5', 'warning', '请核实。')]);
    const x = await xlsxHarnessOver(await excelJsFromOffice(office.fake));
    try {
      await x.reopen();
      expect((await x.look(P, ['D5'])).D5.fill).toBe('#FFEB9C');
      expect(await clearMarks(x.host)).toEqual({
        restored: 6,
        leftAsUserChanged: [],
        storeRemoved: true,
        kept: [],
        gone: 0,
      });
      await x.reopen();
      expect(await look(x)).toEqual(before);
      expect(await x.outline()).toEqual({
        sheets: [
          [P, 'visible'],
          ['Other sheet', 'visible'],
        ],
        names: {},
      });
    } finally {
      x.cleanup();
    }
  });
});
