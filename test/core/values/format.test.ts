/**
 * Canonical text of parsed values.
 */
import { formatTargetValue, parseTargetValue } from '../../../src/core/values';

describe('formatTargetValue', () => {
  it.each([
    ['95%以上', '≥95%'],
    ['＞＝９０％', '≥90%'],
    ['≥90.00(%)', '≥90%'],
    ['=100.00(%)', '=100%'],
    ['100%', '100%'],
    ['1.50%', '1.5%'],
    ['1,200个', '1200个'],
    ['4个及以上', '≥4个'],
    ['大于3家', '>3家'],
    ['不满18个', '<18个'],
    ['小于5%', '<5%'],
    ['不超过5%', '≤5%'],
    ['90%～95%', '90%-95%'],
    ['90至95%', '90%-95%'],
    ['-3%~3%', '-3%~3%'],
    ['±3%以内', '±3%'],
    ['≤3(个工作日)', '≤3个工作日'],
    ['三个工作日内', '≤3个工作日'],
    ['15日内办结', '15日内办结'],
    ['控制在5%以内', '控制在5%以内'],
    ['同比增长≥5%', '同比增长≥5%'],
    ['每个季度', '每季度'],
    ['每月至少一次', '每月≥1次'],
    ['1次/季度', '每季度1次'],
    ['每两个月', '每2个月'],
    ['2025年12月底前', '2025年12月底前'],
    ['12月31日前', '12月31日前'],
    ['年内', '年底前'],
    ['2025-12-31', '2025年12月31日前'],
    ['有', '是'],
    ['无', '否'],
    ['≥**%', '≥**%'],
    ['待定', '**'],
    ['不涉及', '不适用'],
    ['/', ''],
    ['<p>符合规定</p>', '符合规定'],
    ['　比上年改善 ', '比上年改善'],
    ['abc', 'abc'],
  ])('%s → %s', (text, canonical) => {
    expect(formatTargetValue(parseTargetValue(text))).toBe(canonical);
  });

  it('leaves out a unit that came from the indicator name', () => {
    const v = parseTargetValue('≥98', { indicatorName: '年度资金支出进度（%）' });
    expect(v.unit).toBe('%');
    expect(formatTargetValue(v)).toBe('≥98');
  });

  it('writes a unit in parentheses when the words after it would lengthen it', () => {
    const v = { ...parseTargetValue('≥5个'), suffix: '工作日' };
    expect(formatTargetValue(v)).toBe('≥5(个)工作日');
    expect(parseTargetValue(formatTargetValue(v))).toMatchObject({ kind: 'quantity', unit: '个', suffix: '工作日' });
  });

  it('never writes a number in exponent form', () => {
    expect(formatTargetValue({ ...parseTargetValue('1个'), value: 1e-7 })).toBe('0.0000001个');
    expect(formatTargetValue({ ...parseTargetValue('1个'), value: 1e21 })).toBe('1000000000000000000000个');
  });
});
