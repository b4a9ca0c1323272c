/**
 * Whatever is pasted, 导入 answers: no crash, a plan that can be built, indicators only under
 * known 二级, notes that say why. Inputs are the seed cut and shuffled at random, random fragments
 * of form text, and random HTML.
 */
import fc from 'fast-check';
import { categoryOf } from '../../../src/core/hierarchy';
import { buildImportPlan, layoutTable, NOTE_REASON_TEXT, parseHtml, planImport, type ImportInput } from '../../../src/core/import';
import { readFixture } from '../../fixtures/forms/seedForms';

const SEED_LINES = readFixture('seed.txt').split('\n');

const FRAGMENTS = [
  '项目名称', '部门名称', '主管部门', '总金额', '当年度金额', '18.24万元', '182,400元', '金额单位：元', '一级指标', '二级指标',
  '三级指标', '指标值', '实施周期指标值', '当年度指标值', '绩效指标', '产出指标', '数量指标', '服务对象 满意度指标', '经营指标',
  '大于95%', '甲 乙', '1个 2个', '<p>', '</p>', '&nbsp;', '备注：1.', '## 项目支出绩效目标申报表', '# 市级部门整体预算绩效目标申报表',
  '2025', '2026/1/1', '', ' ', '\t', '\n',
];

function check(inputs: ImportInput[]): void {
  const preview = planImport(inputs);
  for (const form of preview.forms) {
    for (const ind of form.fields.indicators ?? []) expect(categoryOf(ind.subcategory)?.name).toBe(ind.category);
  }
  for (const note of preview.unplaced) expect(NOTE_REASON_TEXT[note.reason]).toBeDefined();
  const { plan, sheets } = buildImportPlan(preview, ['Sheet1']);
  expect(sheets).toHaveLength(preview.forms.length);
  expect(plan.ops.filter((o) => o.kind === 'addSheet')).toHaveLength(preview.forms.length + (preview.unplaced.length > 0 ? 1 : 0));
}

describe('random inputs', () => {
  test('the seed cut and shuffled', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(SEED_LINES, { minLength: 1 }), (lines) => {
        check([{ kind: 'text', source: 'x.txt', text: lines.join('\n') }]);
      }),
      { numRuns: 60, seed: 20251128 },
    );
  });

  test('fragments of form text, as text and as CSV', () => {
    const text = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 200 }).map((parts) => parts.join('\t'));
    fc.assert(
      fc.property(text, (t) => {
        check([
          { kind: 'text', source: 'x.txt', text: t },
          { kind: 'csv', source: 'x.csv', text: t.replace(/\t/g, ',') },
        ]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  test('random HTML', () => {
    const tag = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th colspan="3">', '<td rowspan="4">', '<td rowspan=0>',
      '<br>', '<p>', '</p>', '<!--', '-->', '<script>', '</script>', '<caption>', '&ge;', '&#x2265;', '"', "'", '<', '>',
    );
    const html = fc.array(fc.oneof(tag, fc.constantFrom(...FRAGMENTS)), { maxLength: 150 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, (h) => {
        for (const block of parseHtml(h)) {
          if (block.kind === 'table') expect(layoutTable(block.rows).values.length).toBe(block.rows.length);
        }
        check([{ kind: 'html', source: 'x.html', html: h }]);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
