/**
 * Applying 汇总: the Office round trips (at most 4, whatever the number of project sheets), the
 * re-check of a preview (a planned cell changed since: nothing written), and the refusals.
 */
import { applyFill, fillSummary } from '../../src/commands/fillSummary';
import { FillRefusedError, PlanRefusedError } from '../../src/core/errors';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { describeError } from '../../src/i18n/describeError';
import { departmentText, projectText } from '../core/rules/forms';
import { seedForms } from '../fixtures/forms/seedForms';
import type { StartBook } from '../marks/start';
import { harness, HOST_KINDS, pastedSheet, seedBook, type FillHarness } from './hosts';

/** A department form and `n` project forms of 1.5万元 each, every project with an indicator of its own. */
function manyProjects(n: number): StartBook {
  const sheets = [pastedSheet('部门', departmentText({ project: '0' }))];
  for (let i = 1; i <= n; i++) {
    const rows = [['产出指标', '数量指标', `项目${i}完成数`, `≥${i}个`, `≥${i}个`]];
    sheets.push(
      pastedSheet(`项目${i}`, projectText({ projectName: `项目${i}`, total: '1.5万元', annual: '1.5万元', rows })),
    );
  }
  return { sheets };
}

describe.each(['1.18', '1.8'])('Office round trips (ExcelApi %s)', (apiVersion) => {
  test('汇总 of 100 project sheets: at most 4 syncs (read 2, re-check 1, write 1)', async () => {
    const fx = await harness('office', manyProjects(100), { apiVersion });
    const result = await fillSummary(fx.host);
    expect(fx.fake!.stats.syncs).toBeLessThanOrEqual(4);
    expect(result.applied).toBe(true);
    const c6 = await fx.cell('部门', 'C6');
    expect(c6.formula).toBe("='项目支出汇总'!G103");
    expect(c6.value).toBeCloseTo(150, 9);
    // Every project's indicator is in the department's 数量指标 block now.
    expect(result.changes.filter((c) => c.kind === 'indicator' && /完成数$/.test(String(c.after)))).toHaveLength(100);
  });

  test('a preview costs the read (2 syncs); applying it, the re-check and the write (2)', async () => {
    const fx = await harness('office', manyProjects(100), { apiVersion });
    const preview = await fillSummary(fx.host, { preview: true });
    expect(fx.fake!.stats.syncs).toBe(2);
    fx.fake!.resetStats();
    await applyFill(fx.host, preview);
    expect(fx.fake!.stats.syncs).toBe(2);
  });
});

/** Everything a user could see of the workbook's cells (values and formulas of every sheet). */
async function contents(fx: FillHarness): Promise<WorkbookSnapshot['sheets']> {
  return (await fx.host.read({ names: true })).sheets;
}

describe.each(HOST_KINDS)('a preview applied later (%s host)', (kind) => {
  test('refused, nothing written, when a planned cell changed since', async () => {
    const fx = await harness(kind, seedBook());
    const preview = await fillSummary(fx.host, { preview: true });
    await fx.type('表3', 'F8', '14万元');
    const before = await contents(fx);
    const err = await applyFill(fx.host, preview).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PlanRefusedError);
    expect((err as PlanRefusedError).violations).toEqual([{ kind: 'cellChanged', sheet: '表3', cell: 'F8' }]);
    expect(describeError(err, 'zh-CN')).toBe('工作表「表3」的 F8 在操作期间被修改了。请重新操作。');
    expect(await contents(fx)).toEqual(before);
    // Looking again gives the new figure.
    const again = await fillSummary(fx.host);
    expect(again.changes.find((c) => c.kind === 'project-expenditure')?.result).toBe(35.24);
    fx.cleanup();
  });

  test('written when only cells outside the plan changed', async () => {
    const fx = await harness(kind, seedBook());
    const preview = await fillSummary(fx.host, { preview: true });
    await fx.type('表1', 'G60', '备忘');
    const result = await applyFill(fx.host, preview);
    expect(result.applied).toBe(true);
    expect((await fx.cell('表1', 'C9')).formula).toBe("='项目支出汇总'!G6");
    fx.cleanup();
  });

  test('no department form, or several: refused with the sheets named, nothing written', async () => {
    const [dept, project] = seedForms();
    for (const [sheets, reason, named] of [
      [[pastedSheet('表2', project)], 'no-department', []],
      [
        [pastedSheet('表1', dept), pastedSheet('表2', project), pastedSheet('表9', dept)],
        'several-departments',
        ['表1', '表9'],
      ],
    ] as const) {
      const fx = await harness(kind, { sheets: [...sheets] });
      const before = await contents(fx);
      const err = await fillSummary(fx.host).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(FillRefusedError);
      expect(err).toMatchObject({ reason, sheets: named });
      expect(await contents(fx)).toEqual(before);
      fx.cleanup();
    }
  });
});
