/**
 * The value grammar of RULES.md "Indicator values": comparisons and their inclusivity, ranges,
 * durations, deadlines, frequencies, the budget system's printed forms, full-width text, markers.
 */
import { parseTargetValue, type FrequencyPeriod, type TargetValue } from '../../../src/core/values';

type Case = [string, Partial<TargetValue>];

function run(cases: Case[]): void {
  it.each(cases)('%s', (text, expected) => {
    expect(parseTargetValue(text)).toMatchObject(expected);
  });
}

describe('comparisons (民法典 1259: 以上/以下/以内 include the number; 超过/不满 exclude it)', () => {
  run([
    ['≥95%', { kind: 'quantity', comparison: '>=', comparisonForm: 'symbol', comparisonText: '≥', inclusive: true, value: 95, unit: '%' }],
    ['>=95%', { comparison: '>=', comparisonForm: 'symbol', value: 95 }],
    ['＞＝９５％', { comparison: '>=', value: 95, unit: '%', normalizedText: '>=95%' }],
    ['≧95%', { comparison: '>=', value: 95 }],
    ['不低于95%', { comparison: '>=', comparisonForm: 'word', comparisonText: '不低于', inclusive: true }],
    ['不少于3个', { comparison: '>=', comparisonText: '不少于', value: 3, unit: '个' }],
    ['至少2次', { comparison: '>=', comparisonText: '至少', value: 2, unit: '次' }],
    ['达到90%', { comparison: '>=', comparisonText: '达到', value: 90 }],
    ['90%以上', { comparison: '>=', comparisonText: '以上', inclusive: true }],
    ['10家及以上', { comparison: '>=', comparisonText: '及以上', value: 10, unit: '家' }],
    ['≤5%', { comparison: '<=', comparisonForm: 'symbol', inclusive: true, direction: 'down' }],
    ['<=5%', { comparison: '<=', comparisonForm: 'symbol' }],
    ['＜＝5%', { comparison: '<=' }],
    ['≦5%', { comparison: '<=' }],
    ['不高于5%', { comparison: '<=', comparisonText: '不高于' }],
    ['不超过5%', { comparison: '<=', comparisonText: '不超过', inclusive: true }],
    ['至多3次', { comparison: '<=', comparisonText: '至多' }],
    ['5%以下', { comparison: '<=', comparisonText: '以下', inclusive: true }],
    ['5%及以下', { comparison: '<=', comparisonText: '及以下' }],
    ['5%以内', { comparison: '<=', comparisonText: '以内', inclusive: true }],
    ['>90%', { comparison: '>', comparisonForm: 'symbol', inclusive: false, direction: 'up' }],
    ['＞90%', { comparison: '>', value: 90 }],
    ['大于90%', { comparison: '>', comparisonText: '大于', inclusive: false }],
    ['超过10次', { comparison: '>', comparisonText: '超过', inclusive: false, value: 10, unit: '次' }],
    ['高于80%', { comparison: '>', comparisonText: '高于' }],
    ['多于3个', { comparison: '>', comparisonText: '多于' }],
    ['<5%', { comparison: '<', comparisonForm: 'symbol', inclusive: false }],
    ['＜5%', { comparison: '<', value: 5 }],
    ['小于5%', { comparison: '<', comparisonText: '小于' }],
    ['低于3%', { comparison: '<', comparisonText: '低于' }],
    ['少于2次', { comparison: '<', comparisonText: '少于' }],
    ['不满18个', { comparison: '<', comparisonText: '不满', inclusive: false }],
    ['不足10家', { comparison: '<', comparisonText: '不足' }],
    ['=100%', { comparison: '=', comparisonForm: 'symbol', comparisonText: '=', direction: 'exact' }],
    ['等于100%', { comparison: '=', comparisonForm: 'word', comparisonText: '等于' }],
    ['100%', { comparison: '=', comparisonForm: 'bare', comparisonText: null, inclusive: true, direction: 'exact' }],
    // A symbol restated by a word of the same direction.
    ['≥95%以上', { kind: 'quantity', comparison: '>=', comparisonForm: 'symbol', value: 95 }],
    // Contradicting comparisons fit no form.
    ['>95%以下', { kind: 'unrecognized', comparison: null }],
    ['不低于5%以内', { kind: 'unrecognized' }],
  ]);
});

describe('numbers', () => {
  run([
    ['1,200个', { value: 1200, unit: '个' }],
    ['1，200个', { value: 1200, unit: '个' }],
    ['12,345,678.5元', { value: 12345678.5, unit: '元' }],
    ['１２３个', { value: 123, unit: '个', normalizedText: '123个' }],
    ['0.5%', { value: 0.5 }],
    ['-3%', { value: -3, comparison: '=' }],
    ['≥-5%', { value: -5, comparison: '>=' }],
    ['百分之九十五', { kind: 'qualitative' }],
    ['百分之95', { value: 95, unit: '%' }],
    // Two unrelated figures.
    ['2025年完成80%', { kind: 'unrecognized' }],
    ['1,2', { kind: 'unrecognized' }],
  ]);
});

describe("the budget system's printed forms", () => {
  run([
    ['≥90.00(%)', { kind: 'quantity', comparison: '>=', value: 90, unit: '%', unitSource: 'value' }],
    ['=100.00(%)', { kind: 'quantity', comparison: '=', comparisonForm: 'symbol', value: 100, unit: '%' }],
    ['≤3(个工作日)', { kind: 'duration', comparison: '<=', value: 3, unit: '个工作日' }],
    ['≥1(万元)', { kind: 'quantity', value: 1, unit: '万元' }],
    ['＝１００．００（％）', { kind: 'quantity', comparison: '=', value: 100, unit: '%' }],
  ]);
});

describe('units', () => {
  run([
    ['5个百分点', { unit: '个百分点', value: 5 }],
    ['18.24万元', { unit: '万元', value: 18.24 }],
    ['3万人次', { unit: '万人次' }],
    ['200元/人', { unit: '元/人' }],
    ['50元/平方米', { unit: '元/平方米' }],
    ['10km', { unit: 'km' }],
    ['3家企业', { unit: '家', suffix: '企业' }],
    ['15', { kind: 'quantity', unit: null, unitSource: null }],
  ]);
});

describe('ranges', () => {
  const range = (low: number, high: number, unit: string | null): Partial<TargetValue> => ({
    kind: 'range', low, high, unit, comparison: null, value: null, inclusive: true, deviation: false, direction: null,
  });
  run([
    ['90%-95%', range(90, 95, '%')],
    ['90%～95%', range(90, 95, '%')],
    ['90%~95%', range(90, 95, '%')],
    ['90%〜95%', range(90, 95, '%')],
    ['90%—95%', range(90, 95, '%')],
    ['90%至95%', range(90, 95, '%')],
    ['90%到95%', range(90, 95, '%')],
    ['90-95%', range(90, 95, '%')],
    ['3-5个', range(3, 5, '个')],
    ['95%-90%', range(90, 95, '%')],
    ['-3%~3%', range(-3, 3, '%')],
    ['±3%以内', { ...range(-3, 3, '%'), deviation: true }],
    ['±3%', { ...range(-3, 3, '%'), deviation: true }],
    ['+-2%', { ...range(-2, 2, '%'), deviation: true }],
    ['正负5%', { ...range(-5, 5, '%'), deviation: true }],
    ['3个-5家', { kind: 'unrecognized' }],
    ['≥90%-95%', { kind: 'unrecognized' }],
    ['±3%以上', { kind: 'unrecognized' }],
  ]);
});

describe('durations', () => {
  run([
    ['≤3个工作日', { kind: 'duration', comparison: '<=', value: 3, unit: '个工作日', direction: 'down' }],
    ['15日内办结', { kind: 'duration', comparison: '<=', comparisonText: '内', value: 15, unit: '日', suffix: '办结' }],
    ['3个工作日内', { kind: 'duration', comparison: '<=', value: 3, unit: '个工作日' }],
    ['三个工作日内', { kind: 'duration', comparison: '<=', value: 3, unit: '个工作日' }],
    ['30天', { kind: 'duration', comparison: '=', comparisonForm: 'bare', value: 30, unit: '天' }],
    ['6个月', { kind: 'duration', value: 6, unit: '个月' }],
    ['6月内', { kind: 'duration', comparison: '<=', value: 6, unit: '月' }],
    ['2小时', { kind: 'duration', value: 2, unit: '小时' }],
    ['3年', { kind: 'duration', value: 3, unit: '年' }],
  ]);
});

describe('deadlines', () => {
  const d = (year: number | null, month: number | null, day: number | null, endOf: 'year' | 'month' | null) => ({
    kind: 'deadline' as const, deadline: { year, month, day, endOf }, comparison: '<=' as const, direction: 'down' as const,
  });
  run([
    ['2025年12月底前', { ...d(2025, 12, null, 'month'), comparisonText: '底前' }],
    ['12月31日前', { ...d(null, 12, 31, null), comparisonText: '前' }],
    ['年底前', d(null, null, null, 'year')],
    ['年底', d(null, null, null, 'year')],
    ['年内', d(null, null, null, 'year')],
    ['本年度内完成', { ...d(null, null, null, 'year'), suffix: '完成' }],
    ['2026年底前', d(2026, null, null, 'year')],
    ['2025年6月30日前完成', { ...d(2025, 6, 30, null), suffix: '完成' }],
    ['2025年', { ...d(2025, null, null, null), comparisonForm: 'bare' }],
    ['2025-12-31', d(2025, 12, 31, null)],
    ['2025/12/31前', d(2025, 12, 31, null)],
    ['6月底前', d(null, 6, null, 'month')],
    ['13月底前', { kind: 'unrecognized' }],
  ]);
});

describe('frequencies', () => {
  const f = (period: FrequencyPeriod, count: number | null, every = 1) => ({
    kind: 'frequency' as const, frequency: { period, every, count },
  });
  run([
    ['每个季度', { ...f('quarter', null), comparison: null }],
    ['每季度', f('quarter', null)],
    ['每个月', f('month', null)],
    ['每月', f('month', null)],
    ['每年', f('year', null)],
    ['每周', f('week', null)],
    ['每半年', f('halfYear', null)],
    ['按月', f('month', null)],
    ['每季度1次', { ...f('quarter', 1), comparison: '=', comparisonForm: 'bare' }],
    ['每季度一次', f('quarter', 1)],
    ['每月至少1次', { ...f('month', 1), comparison: '>=', comparisonText: '至少' }],
    ['每年不少于2次', { ...f('year', 2), comparison: '>=' }],
    ['每2周1次', f('week', 1, 2)],
    ['每两个月', f('month', null, 2)],
    ['1次/季度', f('quarter', 1)],
    ['2次/年', f('year', 2)],
    ['≥4次/年', { ...f('year', 4), comparison: '>=' }],
    ['每季度通报', { ...f('quarter', null), suffix: '通报' }],
    ['每年减少5%', { kind: 'unrecognized' }],
  ]);
});

describe('yes/no, placeholders, markers, markup', () => {
  run([
    ['是', { kind: 'yesno', yes: true }],
    ['否', { kind: 'yesno', yes: false }],
    ['有', { kind: 'yesno', yes: true }],
    ['无', { kind: 'yesno', yes: false }],
    ['*', { kind: 'placeholder', comparison: null, unit: null }],
    ['**', { kind: 'placeholder' }],
    ['XX', { kind: 'placeholder' }],
    ['xx', { kind: 'placeholder' }],
    ['待定', { kind: 'placeholder' }],
    ['≥**%', { kind: 'placeholder', comparison: '>=', unit: '%', value: null }],
    ['XX个', { kind: 'placeholder', unit: '个' }],
    ['完成XX个项目', { kind: 'placeholder' }],
    ['每月**次', { kind: 'placeholder', frequency: null }],
    ['2025年XX月底前', { kind: 'placeholder', deadline: null }],
    ['不适用', { kind: 'notApplicable' }],
    ['', { kind: 'empty', normalizedText: '' }],
    ['   ', { kind: 'empty' }],
    ['/', { kind: 'empty' }],
    ['—', { kind: 'empty' }],
    ['——', { kind: 'empty' }],
    ['-', { kind: 'empty' }],
    ['<p>95%以上</p>', { kind: 'quantity', hadMarkup: true, normalizedText: '95%以上', value: 95, comparison: '>=' }],
    ['<p>符合规定</p>', { kind: 'qualitative', hadMarkup: true, qualitative: 'acceptable' }],
    ['&nbsp;是', { kind: 'yesno', hadMarkup: true }],
    [' 95% 以上 \n', { kind: 'quantity', normalizedText: '95% 以上', value: 95, comparison: '>=' }],
    ['abc', { kind: 'unrecognized' }],
    ['constructor', { kind: 'unrecognized', yes: null }],
    ['toString', { kind: 'unrecognized', yes: null }],
    ['？？', { kind: 'unrecognized' }],
  ]);

  it('keeps the text as typed', () => {
    const v = parseTargetValue('　９５％以上 ');
    expect(v.text).toBe('　９５％以上 ');
    expect(v.normalizedText).toBe('95%以上');
  });

  it('a placeholder takes the unit of the name when it has none', () => {
    expect(parseTargetValue('≥**', { indicatorName: '满意度(%)' })).toMatchObject({ unit: '%', unitSource: 'name' });
  });

  it('a number with a time unit in the name is a duration', () => {
    expect(parseTargetValue('≤3', { indicatorName: '办结时限（个工作日）' })).toMatchObject({
      kind: 'duration', unit: '个工作日', unitSource: 'name', value: 3,
    });
  });
});
