/**
 * Blocks the department table lacks, added through each host: merged 绩效指标/一级/二级 labels stay
 * merged over their grown rows, a 一级 label moves up to a new first 二级 block, new rows get the
 * drop-downs. Also on Excel 2019 (ExcelApi 1.8), where merged areas cannot be read.
 */
import { fillSummary } from '../../src/commands/fillSummary';
import { formatRange } from '../../src/core/address';
import { p1Text, p2Text, partialDepartment } from '../core/fill/books';
import { departmentText, projectText } from '../core/rules/forms';
import type { StartBook } from '../marks/start';
import { harness, pastedSheet, type FillHarness, type HostKind } from './hosts';

function partialStart(): { start: StartBook; header: number } {
  const d = partialDepartment();
  const dept = { ...pastedSheet('部门', d.text), merges: (d.sheet.merges ?? []).map(formatRange) };
  return { start: { sheets: [dept, pastedSheet('P1', p1Text()), pastedSheet('P2', p2Text())] }, header: d.header };
}

const SETUPS: [string, HostKind, string | undefined][] = [
  ['office', 'office', undefined],
  ['office (ExcelApi 1.8)', 'office', '1.8'],
  ['xlsx', 'xlsx', undefined],
];

describe.each(SETUPS)('%s', (_name, kind, apiVersion) => {
  const { start, header: h } = partialStart();
  let fx: FillHarness;
  beforeAll(async () => {
    fx = await harness(kind, start, { apiVersion });
    await fillSummary(fx.host);
    await fx.reopen();
  });
  afterAll(() => fx.cleanup());

  test('the table in the fixed order, the 一级 label moved up to the new 数量指标 block', async () => {
    const rows: unknown[][] = [];
    for (let r = h + 1; r <= h + 8; r++) {
      const line: unknown[] = [];
      for (const c of 'BCDE') line.push((await fx.cell('部门', `${c}${r}`)).value);
      rows.push(line);
    }
    expect(rows).toEqual([
      ['成本指标', '经济成本指标', '人均成本', '≤500元'],
      ['产出指标', '数量指标', '新增企业数', '≥5家'],
      ['', '质量指标', '验收合格率', '≥95%'],
      ['', '', '资金使用合规性', '是'],
      ['', '', '培训合格率', '≥90%'],
      ['', '时效指标', '完成及时率', '100%'],
      ['效益指标', '社会效益指标', '受益人数', '≥100人'],
      ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
    ]);
  });

  test('merged labels cover their grown blocks', async () => {
    const merges = (await fx.merges('部门')).filter(
      (m) => /^[ABC]\d+:[ABC]\d+$/.test(m) && Number(/\d+/.exec(m)![0]) >= h,
    );
    expect(merges).toEqual([`A${h}:A${h + 8}`, `B${h + 2}:B${h + 6}`, `C${h + 3}:C${h + 5}`]);
  });

  test('项目支出 is 15 (10 + 5), the 5万元 text amounts now numbers', async () => {
    expect((await fx.cell('部门', 'C6')).value).toBeCloseTo(15, 9);
    expect(await fx.cell('P2', 'F7')).toEqual({ value: 5 });
  });

  test('filling again changes nothing', async () => {
    const again = await fillSummary(fx.host, { preview: true });
    expect(again.changes).toEqual([]);
  });
});

test('new rows get the 一级 and 二级 drop-downs (Office)', async () => {
  const { start, header: h } = partialStart();
  const fx = await harness('office', start);
  await fillSummary(fx.host);
  const validations = fx.fake!.inspect().sheets.find((s) => s.name === '部门')!.validations;
  const listAt = (a1: string) => validations.find((v) => v.address === a1)?.rule;
  expect(listAt(`C${h + 7}`)).toEqual({
    list: { inCellDropDown: true, source: '经济效益指标,社会效益指标,生态效益指标,可持续影响指标' },
  });
  expect(listAt(`B${h + 1}`)).toEqual({
    list: { inCellDropDown: true, source: '成本指标,产出指标,效益指标,满意度指标' },
  });
});

describe.each(['office', 'xlsx'] as const)('a project form below the department form on one sheet (%s)', (kind) => {
  test('moves down with the inserted row: the summary refers to its cell where it is now', async () => {
    const project = projectText({
      projectName: '甲',
      total: '7万元',
      annual: '7万元',
      rows: [['产出指标', '数量指标', '新指标', '≥1个', '≥1个']],
    });
    const fx = await harness(kind, {
      sheets: [pastedSheet('合表', `${departmentText({ project: '0' })}\n\n${project}`)],
    });
    const result = await fillSummary(fx.host);
    await fx.reopen();
    expect(result.changes.filter((c) => c.kind !== 'summary').map((c) => [c.cell, c.after])).toEqual([
      ['D30', 7],
      ['F30', 7],
      ['D18', '新指标'],
      ['E18', '≥1个'],
      ['C6', "='项目支出汇总'!G4"],
    ]);
    expect(await fx.cell('项目支出汇总', 'G3')).toEqual({ value: 7, formula: "='合表'!F30" });
    expect(await fx.cell('合表', 'F30')).toEqual({ value: 7 });
    expect((await fillSummary(fx.host, { preview: true })).changes).toEqual([]);
    fx.cleanup();
  });
});
