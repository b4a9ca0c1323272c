/**
 * 汇总 through both hosts on the seed's forms pasted as they are (amounts as text): the Office host
 * on the fake Excel, which computes the formulas, and the xlsx host, saved and loaded again (the
 * formulas keep the results 汇总 computed).
 */
import { fillSummary } from '../../src/commands/fillSummary';
import { harness, HOST_KINDS, seedBook, type FillHarness } from './hosts';

describe.each(HOST_KINDS)('the seed filled through the %s host', (kind) => {
  let h: FillHarness;
  beforeAll(async () => {
    h = await harness(kind, seedBook());
    const result = await fillSummary(h.host);
    expect(result.applied).toBe(true);
    await h.reopen();
  });
  afterAll(() => h.cleanup());

  test('项目支出 is a live formula on the summary’s 合计 and shows 34.35', async () => {
    const c = await h.cell('表1', 'C9');
    expect(c.formula).toBe("='项目支出汇总'!G6");
    expect(c.value).toBeCloseTo(34.35, 9);
    expect(await h.numberFormat('表1', 'C9')).toBe('#,##0.00##');
  });

  test('the text amounts are numbers now, formatted as amounts', async () => {
    for (const [sheet, amount] of [
      ['表2', 18.24],
      ['表3', 13.11],
      ['表4', 3],
    ] as const) {
      for (const a1 of ['D8', 'F8']) {
        expect(await h.cell(sheet, a1)).toEqual({ value: amount });
        expect(await h.numberFormat(sheet, a1)).toBe('#,##0.00##');
      }
    }
  });

  test('the summary lists the three projects with formulas, links to their sheets, and 合计 34.35', async () => {
    const rows: unknown[][] = [];
    for (const row of [3, 4, 5]) {
      rows.push([
        (await h.cell('项目支出汇总', `A${row}`)).value,
        (await h.cell('项目支出汇总', `C${row}`)).value,
        await h.cell('项目支出汇总', `G${row}`),
        await h.link('项目支出汇总', `H${row}`),
      ]);
    }
    expect(rows).toEqual([
      ['业务工作经费', '二级项目', { value: 18.24, formula: "='表2'!F8" }, "'表2'!A1"],
      ['非转经工作经费（当年）', '二级项目', { value: 13.11, formula: "='表3'!F8" }, "'表3'!A1"],
      ['科技月活动经费', '二级项目', { value: 3, formula: "='表4'!F8" }, "'表4'!A1"],
    ]);
    const total = await h.cell('项目支出汇总', 'G6');
    expect(total.formula).toBe('=SUM(G3:G5)');
    expect(total.value).toBeCloseTo(34.35, 9);
    expect((await h.cell('项目支出汇总', 'A6')).value).toBe('合计');
    expect(await h.merges('项目支出汇总')).toEqual(['A1:H1']);
  });

  test('the department table has the projects’ indicators it lacked, under their blocks', async () => {
    const at = async (a1: string) => (await h.cell('表1', a1)).value;
    expect([await at('C27'), await at('D35'), await at('E35'), await at('C36')]).toEqual([
      '数量指标',
      '高新技术企业认定数量',
      '15个',
      '质量指标',
    ]);
    expect([
      await at('C47'),
      await at('D48'),
      await at('E48'),
      await at('D49'),
      await at('E49'),
      await at('B50'),
    ]).toEqual(['生态效益指标', '生态环境改善', '比上年改善', '清洁生产推广', '起到积极推广作用', '满意度指标']);
    // The department's own rows keep their values.
    expect([await at('D24'), await at('E24')]).toEqual(['财政资金投入成本', '95%以上']);
  });

  test('filling again changes nothing', async () => {
    const again = await fillSummary(h.host, { preview: true });
    expect(again.changes).toEqual([]);
    expect(again.plan.ops).toEqual([]);
  });
});
