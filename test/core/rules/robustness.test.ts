import fc from 'fast-check';
import { parseCell } from '../../../src/core/address';
import { RULES, validateWorkbook } from '../../../src/core/rules';
import type { CellValue } from '../../../src/core/snapshot';
import { seedWorkbook } from '../../fixtures/forms/seedForms';

// Values and names that trip rules, dropped into random cells of the seed.
const TOKENS: CellValue[] = [
  '', '/', '—', '无', '不适用', '待定', 'XX', '≥**%', '292%', '120%', '-5', '-5%', '大于0%', '≥0', '比上年改善',
  '符合规定', '每个月', '2030年12月底前', '15', '≤3个工作日', '<p>文字</p>', '培训 人数', '效果指标', '数量指标',
  '时效指标', '成本指标', '满意度指标', '社会指标', '企业满意度', '投诉率', '预算执行率', '高新企业认定数量',
  '18.24万元', '182,400元', '2025', '2024', '2026年', 'abc', 0, -3, 1e9, 0.123456, true, false,
];

const edit = fc.record({
  sheet: fc.nat(3),
  row: fc.nat(55),
  col: fc.nat(6),
  value: fc.constantFrom(...TOKENS),
});

const SEVERITY = new Map(RULES.map((r) => [r.id, r.severity]));

describe('validation never crashes', () => {
  it('on the seed with random cells changed, and every finding is well formed', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const wb = seedWorkbook();
        for (const e of edits) {
          const sheet = wb.sheets[e.sheet];
          const line = sheet.values[Math.min(e.row, sheet.values.length - 1)];
          if (line && e.col < line.length) line[e.col] = e.value;
        }
        const { recognition, findings } = validateWorkbook(wb);
        for (const f of findings) {
          expect(SEVERITY.get(f.rule as never)).toBe(f.severity);
          expect(f.message).toMatch(/\p{Script=Han}/u);
          expect(f.message).not.toMatch(/undefined|NaN|null|\[object/);
          expect(f.messageEn).not.toMatch(/undefined|NaN|null|\[object/);
          if (f.sheet === null) {
            expect(f.cell).toBeNull();
            continue;
          }
          expect(recognition.forms.some((form) => form.sheet === f.sheet)).toBe(true);
          expect(() => parseCell(f.cell as string)).not.toThrow();
          expect(f.cells[0]).toBe(f.cell);
          expect(new Set(f.cells).size).toBe(f.cells.length);
          expect(f.form === null || recognition.forms[f.form].sheet === f.sheet).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
