/**
 * A failure injected at EVERY command of the write batch of 清除标记 and of 导入 (the fake's failAt).
 *
 * 清除标记 restores cells before it removes the store and its names, so a cut leaves every mark not
 * yet restored still recorded: 清除标记 again gives back the workbook exactly as it was before
 * 审核, and the message says so. 导入 only adds sheets: a cut removes every sheet it added, so the
 * workbook is as it was, and 导入 again gives what a clean 导入 gives.
 */
import { clearMarks } from '../../src/commands/clearMarks';
import { importForms } from '../../src/commands/importForms';
import { validateAndMark } from '../../src/commands/validate';
import { WriteFailedError } from '../../src/core/errors';
import { planImport, type ImportPreview } from '../../src/core/import';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { describeError } from '../../src/i18n/describeError';
import { seedForms } from '../fixtures/forms/seedForms';
import { officeFixture, type Start } from '../integration/hosts';
import { officeHost } from '../marks/harness';
import { fakeSpec, seedProjectSheets } from '../marks/start';

/** Every sheet's cells (value, formula, fill), notes, merges, visibility; the names. */
function everything(fake: FakeExcel) {
  const wb = fake.inspect();
  return {
    names: wb.names,
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      merges: s.merges,
      notes: s.notes,
      cells: Object.fromEntries(
        Object.entries(s.cells).map(([a1, c]) => [a1, [c.value, c.formula ?? null, c.format?.fill ?? null]]),
      ),
    })),
  };
}

async function failure(run: () => Promise<unknown>): Promise<WriteFailedError> {
  const e = await run().then(
    () => null,
    (err: unknown) => err,
  );
  if (e instanceof WriteFailedError) return e;
  throw new Error(`expected WriteFailedError, got ${String(e)}`);
}

test('清除标记 on the seed’s three marked project forms: a failure at every command of the write', async () => {
  const marked = async () => {
    const fake = createFakeExcel({ workbook: fakeSpec({ sheets: seedProjectSheets(3) }) });
    const pristine = everything(fake);
    await validateAndMark(officeHost(fake), {}, { mark: true });
    return { fake, pristine };
  };
  const clean = await marked();
  clean.fake.resetStats();
  const result = await clearMarks(officeHost(clean.fake));
  expect(result.storeRemoved).toBe(true);
  expect(clean.fake.stats.batches).toHaveLength(3);
  const commands = clean.fake.stats.batches[2].commands;
  expect(commands).toBeGreaterThan(15);
  expect(everything(clean.fake)).toEqual(clean.pristine);

  let partlyRestored = 0;
  for (let k = 0; k < commands; k++) {
    const { fake, pristine } = await marked();
    const markedState = everything(fake);
    fake.failAt({ batch: 3, command: k, message: `第${k}条失败` });
    const err = await failure(() => clearMarks(officeHost(fake)));
    const message = describeError(err, 'zh-CN');
    expect(message).toContain(`第${k}条失败`);
    if (err.applied > 0) expect(message).toContain('请再次点击“清除标记”完成恢复');
    const left = everything(fake);
    if (JSON.stringify(left) !== JSON.stringify(markedState) && JSON.stringify(left) !== JSON.stringify(pristine)) partlyRestored++;
    // Whatever was not restored is still recorded: 清除标记 again finishes.
    await clearMarks(officeHost(fake));
    expect([k, everything(fake)]).toEqual([k, pristine]);
  }
  expect(partlyRestored).toBeGreaterThan(commands / 2);
}, 120_000);

const START: Start = {
  sheets: [
    { name: '部门整体', cells: { A1: '我的草稿', B2: 42 } },
    { name: '导入说明', cells: { A1: '用户自己的说明' } },
  ],
  active: '导入说明',
  selection: 'B3',
};

/** The seed's smallest project form, and a line no form takes (it goes to 导入说明). */
const oneForm = (): ImportPreview =>
  planImport([{ kind: 'text', source: 'seed.txt', text: `${seedForms()[3]}\n附件：绩效自评报告（另附）` }]);

test('导入 of a project form and its 导入说明: a failure at every command of the write', async () => {
  const clean = officeFixture(START);
  const before = clean.fake.inspect();
  clean.fake.resetStats();
  const imported = await importForms(clean.host, oneForm());
  expect(clean.fake.stats.batches).toHaveLength(2);
  const commands = clean.fake.stats.batches[1].commands;
  expect(imported.sheets).toEqual(['科技月活动经费']);
  expect(imported.notesSheet).toBe('导入说明 (2)');
  expect(commands).toBeGreaterThan(50);
  const done = clean.fake.inspect();

  for (let k = 0; k < commands; k++) {
    const fx = officeFixture(START);
    fx.fake.failAt({ batch: 2, command: k, message: `第${k}条失败` });
    const err = await failure(() => importForms(fx.host, oneForm()));
    const message = describeError(err, 'zh-CN');
    expect(message).toContain(`第${k}条失败`);
    // Every sheet the import added is removed again: the workbook is as it was.
    expect([k, err.leftSheets]).toEqual([k, []]);
    expect([k, fx.fake.inspect()]).toEqual([k, before]);
    if (err.removedSheets.length > 0) {
      expect(message).toContain('已删除未写完的工作表');
      expect(imported.sheets).toEqual(expect.arrayContaining(err.removedSheets.filter((s) => s !== imported.notesSheet)));
    }
    // 导入 again gives what a clean 导入 gives.
    await importForms(fx.host, oneForm());
    expect([k, fx.fake.inspect()]).toEqual([k, done]);
  }
}, 120_000);
