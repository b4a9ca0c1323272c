import fc from 'fast-check';
import { parseRange, rangesIntersect } from '../../../src/core/address';
import { recognizeSheet, recognizeWorkbook, snapshotFromText } from '../../../src/core/forms';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { seedForms, workbookOf } from '../../fixtures/forms/seedForms';

// Cells drawn from what forms are made of, so that random sheets come close to real ones.
const WORDS = [
  '', '', '', '', '项目名称', '部门名称', '项目支出绩效目标申报表', '部门整体预算绩效目标申报表', '绩效指标', '一级指标',
  '二级指标', '三级指标', '指标值', '实施周期指标值', '当年度指标值', '产出指标', '数量指标', '服务对象 满意度指标',
  '效果指标', '总金额', '18.24万元', '金额单位：元', '实施周期总目标', '当年度目标', '年度重点工作任务', '名称',
  '备注：', '其中：财政资金', '起始年度', '2025', '≥90%', '其他指标', '基本支出', '预算金额(万元)',
];
const cell = fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: -5, max: 50000 }), fc.string({ maxLength: 4 }), fc.boolean());

const sheetArb = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }),
    originRow: fc.integer({ min: 1, max: 30 }),
    originCol: fc.integer({ min: 1, max: 10 }),
    merges: fc.option(fc.array(fc.tuple(fc.nat(40), fc.nat(8), fc.nat(3), fc.nat(3)), { maxLength: 6 }), { nil: null }),
  })
  .map(({ rows, originRow, originCol, merges }): SheetSnapshot => {
    const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
    const values: CellValue[][] = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill('')]);
    return {
      name: 'S',
      index: 0,
      visibility: 'visible',
      protected: false,
      read: true,
      origin: { row: originRow, col: originCol },
      values: width === 0 ? [] : values,
      formulas: {},
      merges:
        merges?.map(([r, c, h, w]) => ({
          top: originRow + r,
          left: originCol + c,
          bottom: originRow + r + h,
          right: originCol + c + w,
        })) ?? null,
    };
  });

describe('recognition never crashes', () => {
  it('on random sheets made of form words, and its forms do not overlap', () => {
    let withForms = 0;
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const forms = recognizeSheet(sheet);
        if (forms.length > 0) withForms++;
        const ranges = forms.map((f) => parseRange(f.range));
        ranges.forEach((r, i) => {
          expect(r.top).toBeGreaterThanOrEqual(sheet.origin.row);
          for (const other of ranges.slice(i + 1)) expect(r.bottom < other.top || !rangesIntersect(r, other)).toBe(true);
          for (const ind of forms[i].indicators) {
            expect(ind.row).toBeGreaterThan(r.top);
            expect(ind.row).toBeLessThanOrEqual(r.bottom);
          }
        });
      }),
      { numRuns: 300, seed: 20261128 },
    );
    // The words are dense enough that some random sheets pass for forms (fixed seed: the count is stable).
    expect(withForms).toBeGreaterThan(3);
  });

  it('reads a sheet of 200 stacked forms', () => {
    const text = Array.from({ length: 50 }, () => seedForms().join('\n')).join('\n');
    const { forms } = recognizeWorkbook(workbookOf([snapshotFromText(text)]));
    expect(forms).toHaveLength(200);
    expect(forms.filter((f) => f.kind === 'department')).toHaveLength(50);
    expect(forms[199].kind === 'project' && forms[199].projectName.value).toBe('科技月活动经费');
  });
});
