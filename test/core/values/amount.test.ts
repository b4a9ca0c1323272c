import { parseAmountWan } from '../../../src/core/values';

describe('parseAmountWan', () => {
  it.each<[string | number, '元' | '万元' | undefined, number | null]>([
    ['18.24万元', undefined, 18.24],
    ['182,400元', undefined, 18.24],
    ['10,308,000.00', '元', 1030.8],
    ['10,308,000.00', undefined, 10308000],
    ['3万元', undefined, 3],
    ['3万元', '元', 3],
    ['３万元', undefined, 3],
    ['１８２，４００元', undefined, 18.24],
    ['771,325,800.00', '元', 77132.58],
    ['226,145,100.00', '元', 22614.51],
    [' 739.02 ', undefined, 739.02],
    ['1.5亿元', undefined, 15000],
    ['¥5,000元', undefined, 0.5],
    ['18.24(万元)', undefined, 18.24],
    ['-3万元', undefined, -3],
    ['0', '元', 0],
    [739.02, undefined, 739.02],
    [182400, '元', 18.24],
    [Number.NaN, undefined, null],
    [Number.POSITIVE_INFINITY, '元', null],
    ['', undefined, null],
    ['/', undefined, null],
    ['约18万元', undefined, null],
    ['18.24万元以上', undefined, null],
    ['1,2345元', undefined, null],
  ])('%s (hint %s) → %s', (text, hint, expected) => {
    expect(parseAmountWan(text, hint)).toBe(expected);
  });
});
