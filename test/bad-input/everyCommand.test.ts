/**
 * A failure injected at EVERY command of the write batch (the fake's failAt), where
 * test/integration/writeFailures.test.ts cuts at a sample of commands and test/marks/office.test.ts
 * at every command of a small workbook's marks: 插入模板's batch for both forms and both targets,
 * the marks of the seed's three project forms, and 添加指标行 (nothing typed is lost). Each cut
 * leaves nothing harmful (a half-built new sheet is removed; at the selection only whole landed
 * operations; no mark without its record) and the error, in Chinese, says what was left. 汇总's,
 * 清除标记's and 导入's batches: everyCommandFill.test.ts, everyCommandClearImport.test.ts.
 */
import { addIndicatorRow } from '../../src/commands/addIndicatorRow';
import { clearMarks } from '../../src/commands/clearMarks';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { validateAndMark } from '../../src/commands/validate';
import { WriteFailedError } from '../../src/core/errors';
import type { FormKind } from '../../src/core/templates/fields';
import { createFakeExcel, type FakeExcel } from '../../src/fake-excel';
import { describeError } from '../../src/i18n/describeError';
import { INSERT_START as START, officeFixture } from '../integration/hosts';
import { officeHost } from '../marks/harness';
import { fakeSpec, seedProjectSheets } from '../marks/start';

type Target = 'newSheet' | 'selection';

/** Commands of the write batch of a clean run, and for each the operations landed before it. */
async function writeBatch(kind: FormKind, target: Target): Promise<number[]> {
  const fx = officeFixture(START);
  await insertTemplate(fx.host, { kind, target });
  const log = fx.fake.stats.batches[fx.fake.stats.batches.length - 1].log;
  const opsBefore: number[] = [];
  let traces = 0;
  for (const entry of log) {
    if (entry.kind === 'trace') traces++;
    else opsBefore.push(traces);
  }
  return opsBefore;
}

describe.each([
  ['department', 'newSheet'],
  ['project', 'newSheet'],
  ['department', 'selection'],
  ['project', 'selection'],
] as [FormKind, Target][])('插入模板 %s, %s: a failure at every command of the write', (kind, target) => {
  test('nothing harmful is left, and the message says what', async () => {
    const opsBefore = await writeBatch(kind, target);
    const before = officeFixture(START).fake.inspect();
    const sheet = kind === 'department' ? '部门整体' : '项目';
    for (let k = 0; k < opsBefore.length; k++) {
      const fx = officeFixture(START);
      fx.fake.failAt({ batch: target === 'newSheet' ? 2 : 3, command: k, message: `第${k}条失败` });
      const e = await insertTemplate(fx.host, { kind, target }).then(
        () => null,
        (err: unknown) => err,
      );
      expect([k, e instanceof WriteFailedError]).toEqual([k, true]);
      const err = e as WriteFailedError;
      expect([k, err.applied]).toEqual([k, opsBefore[k]]);
      const after = fx.fake.inspect();
      const message = describeError(err, 'zh-CN');
      expect(message).toContain('第' + k + '条失败');
      if (target === 'newSheet') {
        expect([k, after]).toEqual([k, before]);
        if (err.applied > 0) expect(message).toContain(`已删除未写完的工作表：「${sheet}」`);
      } else {
        expect([k, after.sheets.map((s) => s.name)]).toEqual([k, ['Sheet1', '其他']]);
        expect([k, after.sheets[1], after.names]).toEqual([k, before.sheets[1], before.names]);
        expect([k, after.activeSheet, after.selection]).toEqual([k, before.activeSheet, before.selection]);
        // Cells of the user's outside the form's area are untouched.
        expect([k, after.sheets[0].cells.A1, after.sheets[0].cells.B2]).toEqual([k, before.sheets[0].cells.A1, before.sheets[0].cells.B2]);
        if (err.applied > 0) expect(message).toContain('工作表「Sheet1」可能只写入了一部分');
      }
    }
  }, 60_000);
});

/** The fills and notes of every sheet but the mark store, for comparison. */
function looks(fake: FakeExcel) {
  return fake
    .inspect()
    .sheets.filter((s) => s.name !== 'jixiao_marks')
    .map((s) => ({ name: s.name, notes: s.notes, cells: Object.fromEntries(Object.entries(s.cells).map(([a1, c]) => [a1, [c.value, c.format?.fill ?? null]])) }));
}

test('审核 with marks on the seed\'s three project forms: a failure at every command of the mark write', async () => {
  const start = () => createFakeExcel({ workbook: fakeSpec({ sheets: seedProjectSheets(3) }) });
  const clean = start();
  await validateAndMark(officeHost(clean), {}, { mark: true });
  const commands = clean.stats.batches[2].commands;
  expect(commands).toBeGreaterThan(15);
  let leftChanged = 0;
  for (let k = 0; k < commands; k++) {
    const fake = start();
    const pristine = looks(fake);
    fake.failAt({ batch: 3, command: k, message: `第${k}条失败` });
    const err = await validateAndMark(officeHost(fake), {}, { mark: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect([k, err instanceof WriteFailedError]).toEqual([k, true]);
    expect(describeError(err, 'zh-CN')).toContain(`第${k}条失败`);
    if ((err as WriteFailedError).applied > 0) expect(describeError(err, 'zh-CN')).toContain('点击“清除标记”恢复原样');
    if (JSON.stringify(looks(fake)) !== JSON.stringify(pristine)) leftChanged++;
    // Whatever landed is recorded: 清除标记 gives back the workbook as it was.
    await clearMarks(officeHost(fake));
    expect([k, looks(fake)]).toEqual([k, pristine]);
    expect([k, fake.inspect().sheets.map((s) => s.name)]).toEqual([k, ['项目1', '项目2', '项目3']]);
  }
  expect(leftChanged).toBeGreaterThan(commands / 3);
}, 60_000);

/** The non-empty values of a sheet, wherever they are (a row inserted moves them), sorted. */
function valuesOf(fake: FakeExcel, sheet: string): string[] {
  const s = fake.inspect().sheets.find((x) => x.name === sheet)!;
  return Object.values(s.cells)
    .map((c) => JSON.stringify(c.value))
    .filter((v) => v !== '""')
    .sort();
}

test('添加指标行 in the department form’s 质量指标 block: a failure at every command of the write', async () => {
  const start = async () => {
    const fx = officeFixture({ sheets: [{ name: 'Sheet1', cells: { A1: '左上' } }], active: 'Sheet1', selection: 'A1' });
    await insertTemplate(fx.host, { kind: 'department', target: 'newSheet' });
    // The user has typed an indicator into the block, and selects it.
    await fx.fake.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('部门整体');
      ws.getRange('D21:E21').values = [['抽检合格率', '≥98%']];
      ws.getRange('D21').select();
      await context.sync();
    });
    return fx;
  };
  const clean = await start();
  clean.fake.resetStats();
  await addIndicatorRow(clean.host);
  const commands = clean.fake.stats.batches[2].commands;
  expect(commands).toBeGreaterThan(20);
  for (let k = 0; k < commands; k++) {
    const fx = await start();
    const before = valuesOf(fx.fake, '部门整体');
    const other = fx.fake.inspect().sheets[0];
    fx.fake.failAt({ batch: 3, command: k, message: `第${k}条失败` });
    const err = await addIndicatorRow(fx.host).then(
      () => null,
      (e: unknown) => e,
    );
    expect([k, err instanceof WriteFailedError]).toEqual([k, true]);
    const message = describeError(err, 'zh-CN');
    expect(message).toContain(`第${k}条失败`);
    if ((err as WriteFailedError).applied > 0) expect(message).toContain('工作表「部门整体」可能只写入了一部分');
    // Nothing typed is lost, and no other sheet changes.
    expect([k, valuesOf(fx.fake, '部门整体')]).toEqual([k, before]);
    expect([k, fx.fake.inspect().sheets[0]]).toEqual([k, other]);
  }
}, 60_000);
