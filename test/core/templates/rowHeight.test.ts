import { displayWidth, estimateRowHeight, lineHeight } from '../../../src/core/style';

describe('display width (character units at size 11)', () => {
  test.each([
    ['', 0],
    ['abc 123', 7],
    ['绩效指标', 8],
    ['预算金额(万元)', 14],
    ['（可选填）', 10],
    ['“二上”', 8],
    ['≥90.00(%)', 9],
    ['𠀀', 2],
  ])('%s → %i', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('row height estimate', () => {
  test('line height: 14.25 pt at size 11, scaled and rounded up to a quarter point', () => {
    expect(lineHeight(11)).toBe(14.25);
    expect(lineHeight(16)).toBe(20.75);
  });

  test.each([
    ['empty text: one line', '', 20, 11, undefined, 14.25],
    ['fits exactly in the usable width (width − 1)', '一'.repeat(10), 21, 11, undefined, 14.25],
    ['one unit more wraps to two lines', `${'一'.repeat(10)}a`, 21, 11, undefined, 28.5],
    ['40 units in 19 usable → 3 lines', '一'.repeat(20), 20, 11, undefined, 42.75],
    ['explicit line breaks start new lines, empty lines count', 'a\n\nb', 20, 11, undefined, 42.75],
    ['CRLF breaks too', 'a\r\nb', 20, 11, undefined, 28.5],
    ['a minimum height wins over a short text', '短', 20, 11, 57, 57],
    ['a long text wins over the minimum', '一'.repeat(100), 41, 11, 57, 71.25],
    ['size 16: CJK widens by 16/11 (10 chars → 29.1 units in 29 usable → 2 lines)', '一'.repeat(10), 30, 16, undefined, 41.5],
    ['a width under 2 units still counts one unit per line', 'abc', 1, 11, undefined, 42.75],
  ])('%s', (_what, text, width, size, min, height) => {
    expect(estimateRowHeight(text, width, size, min)).toBe(height);
  });
});
