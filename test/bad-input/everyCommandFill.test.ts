/**
 * 汇总 on the seed's four forms through the Office host, with a failure injected at EVERY command of
 * its write batch (the fake's failAt). Whatever landed is harmless alone: no formula refers to a
 * sheet that is not there, the 项目支出汇总 sheet is either gone or complete, nothing of the user's
 * outside the plan changed, and the error says what was left. Running 汇总 again then gives exactly
 * what a clean 汇总 gives: the same sheets, cells, formulas and merges, no second summary sheet, no
 * duplicated or empty indicator rows.
 */
import { fillSummary } from '../../src/commands/fillSummary';
import { WriteFailedError } from '../../src/core/errors';
import type { FakeExcel } from '../../src/fake-excel';
import { describeError } from '../../src/i18n/describeError';
import { harness, seedBook } from '../fill/hosts';

/** What the user sees: the visible sheets in order, their cells (value and formula) and merges. */
function visible(fake: FakeExcel) {
  return fake
    .inspect()
    .sheets.filter((s) => s.visibility === 'Visible')
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      name: s.name,
      merges: s.merges,
      cells: Object.fromEntries(
        Object.entries(s.cells)
          .filter(([, c]) => c.value !== '' || c.formula !== undefined)
          .map(([a1, c]) => [a1, c.formula ?? c.value]),
      ),
    }));
}

/** Cells showing an error value ("表1!C9 #REF!"). */
function errorCells(fake: FakeExcel): string[] {
  return fake
    .inspect()
    .sheets.flatMap((s) =>
      Object.entries(s.cells)
        .filter(([, c]) => typeof c.value === 'string' && ERROR_VALUE.test(c.value))
        .map(([a1, c]) => `${s.name}!${a1} ${String(c.value)}`),
    );
}

const ERROR_VALUE = /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)$/;

type Fixture = Awaited<ReturnType<typeof harness>>;

/** The seed's forms as pasted. */
const firstFill = () => harness('office', seedBook());

/**
 * The seed after a first 汇总, then changed by the user: a project's indicator value changed (our
 * row is updated), an indicator taken out of a project (our row is emptied), one added (a row added).
 */
async function refill(): Promise<Fixture> {
  const fx = await harness('office', seedBook());
  await fillSummary(fx.host);
  for (const a1 of ['D34', 'E34']) await fx.type('表2', a1, '比上年提升10%');
  for (const a1 of ['C35', 'D35', 'E35']) await fx.type('表2', a1, '');
  for (const [a1, v] of [['D16', '培训人次'], ['E16', '≥100人次'], ['F16', '≥100人次']]) await fx.type('表3', a1, v);
  return fx;
}

describe.each([
  ['the first 汇总', firstFill],
  ['汇总 again after the projects changed', refill],
])('%s: a failure at every command of the write', (_title, start) => {
  test('leaves nothing harmful, and 汇总 again gives the clean result', async () => {
    const clean = await start();
    const pristine = visible(clean.fake!);
    const syncsBefore = clean.fake!.stats.batches.length;
    const result = await fillSummary(clean.host);
    expect(result.applied).toBe(true);
    if (start === refill) {
      // The second 汇总 updates, empties and adds rows of ours, and rewrites its record.
      const kinds = result.changes.filter((c) => c.sheet === '表1').map((c) => `${c.kind} ${c.cell} ${String(c.after)}`);
      expect(kinds).toEqual(expect.arrayContaining(['indicator-removed D50 ', 'indicator-removed E50 ']));
      expect(kinds.some((k) => /^indicator E\d+ 比上年提升10%$/.test(k))).toBe(true);
      expect(kinds.some((k) => /^indicator D\d+ 培训人次$/.test(k))).toBe(true);
      expect(result.plan.ops.filter((o) => 'sheet' in o && o.sheet === 'jixiao_fill')).toHaveLength(2);
    }
    const cleanBatches = clean.fake!.stats.batches.slice(syncsBefore);
    expect(cleanBatches).toHaveLength(4);
    const write = cleanBatches[3];
    const done = visible(clean.fake!);
    const summary = done.find((s) => s.name === '项目支出汇总')!;
    expect(summary).toBeDefined();

    for (let k = 0; k < write.commands; k++) {
      const fx = await start();
      fx.fake!.failAt({ batch: 4, command: k, message: `第${k}条失败` });
      const err = await fillSummary(fx.host).then(
        () => null,
        (e: unknown) => e,
      );
      expect([k, err instanceof WriteFailedError]).toEqual([k, true]);
      const message = describeError(err, 'zh-CN');
      expect(message).toContain(`第${k}条失败`);
      // What landed is recorded: the advice is to run 汇总 again.
      if ((err as WriteFailedError).applied > 0) expect(message).toContain('请再次汇总（预览后确认写入）完成');

      const left = visible(fx.fake!);
      // No formula shows an error: nothing refers to a sheet that is not there.
      expect([k, errorCells(fx.fake!)]).toEqual([k, []]);
      // The summary sheet is there complete, or (first 汇总) the workbook is as it was.
      const names = left.map((s) => s.name);
      if (names.includes('项目支出汇总')) {
        const cells = left.find((s) => s.name === '项目支出汇总')!.cells;
        if (start === firstFill) expect([k, cells]).toEqual([k, summary.cells]);
      } else {
        expect([k, left]).toEqual([k, pristine]);
      }
      expect([k, names.filter((n) => /^表\d$/.test(n))]).toEqual([k, ['表1', '表2', '表3', '表4']]);

      await fillSummary(fx.host);
      expect([k, visible(fx.fake!)]).toEqual([k, done]);
    }
  }, 120_000);
});
