import { formatDate, formatPercent, formattedNumber, numberText } from '../../src/core/numberFormat';
import { displayText, displayValue, type SheetSnapshot } from '../../src/core/snapshot';

describe('numberText: numbers without binary noise', () => {
  test.each([
    [0.1 + 0.2, '0.3'],
    [34.349999999999994, '34.35'],
    [1.2, '1.2'],
    [98, '98'],
    [-0, '0'],
    [1e-7, '1e-7'],
    [123456789012, '123456789012'],
  ])('%p → %s', (n, text) => expect(numberText(n)).toBe(text));
});

describe('formatPercent: what a percentage format shows', () => {
  test.each([
    [1.2, '0%', '120%'],
    [0.98, '0%', '98%'],
    [0.98, '0.00%', '98.00%'],
    [0.985, '0.0%', '98.5%'],
    [0.9849999, '0.0%', '98.5%'],
    [0.005, '0%', '1%'],
    [0.0049, '0%', '0%'],
    [-0.05, '0%', '-5%'],
    [-0.05, '0%;(0%)', '(5%)'],
    [12.345, '#,##0.0%', '1,234.5%'],
    [0.95, '0.0#%', '95.0%'],
    [0.9512, '0.0#%', '95.12%'],
    [0.95, '"≥"0%', '≥95%'],
    [0.95, '0%"以上"', '95%以上'],
    [0.95, '[Red]0%', '95%'],
    [0.95, '0%_)', '95%'],
    [0.95, '[$-804]0%', '95%'],
    [0.1 + 0.2, '0%', '30%'],
  ])('%p in %s → %s', (value, format, text) => expect(formatPercent(value, format)).toBe(text));

  test.each([
    [0.98, 'General'],
    [0.98, '0.00'],
    [0.98, '#,##0.00##'],
    [0.98, '@'],
    [0.98, 'yyyy/m/d'],
    [0.98, '0.00E+00%'],
    [0.98, '[>1]0%;0.0%'],
    [0.98, '[DBNum1]0%'],
    [Number.NaN, '0%'],
  ])('%p in %s is not a percentage it renders', (value, format) => expect(formatPercent(value, format)).toBeNull());
});

describe('formatDate: what a date format shows', () => {
  test.each([
    [46022, 'yyyy/m/d', '2025/12/31'],
    [45658, 'yyyy/m/d', '2025/1/1'],
    [45658, 'yyyy-mm-dd', '2025-01-01'],
    [46022, 'yyyy"年"m"月"d"日"', '2025年12月31日'],
    [46022, 'yyyy"年"m"月"', '2025年12月'],
    [46022, 'yyyy\\年m\\月', '2025年12月'],
    [46022, '[$-804]yyyy"年"m"月"d"日"', '2025年12月31日'],
    [46022, 'yy/mm/dd', '25/12/31'],
    // ExcelJS's name for the built-in short date (id 14), shown as the Chinese short date.
    [46022, 'mm-dd-yy', '2025/12/31'],
    [46022.75, 'yyyy/m/d', '2025/12/31'],
  ])('%p in %s → %s', (value, format, text) => expect(formatDate(value, format)).toBe(text));

  test('the 1904 date system counts from 1904', () => {
    expect(formatDate(46022 - 1462, 'yyyy/m/d', true)).toBe('2025/12/31');
  });

  test.each([
    [46022, 'yyyy/m/d h:mm'],
    [46022, 'h:mm:ss'],
    [46022, 'mmm d, yyyy'],
    [46022, 'dddd'],
    [46022, '0.00'],
    [46022, 'General'],
    [0, 'yyyy/m/d'],
    [-3, 'yyyy/m/d'],
  ])('%p in %s is not a date it renders', (value, format) => expect(formatDate(value, format)).toBeNull());
});

describe('formattedNumber', () => {
  test('percentages and dates; nothing for General, text, amounts or no format', () => {
    expect(formattedNumber(1.2, '0%')).toBe('120%');
    expect(formattedNumber(46022, 'yyyy/m/d')).toBe('2025/12/31');
    expect(formattedNumber(1.2, 'General')).toBeNull();
    expect(formattedNumber(1.2, '@')).toBeNull();
    expect(formattedNumber(1.2, '#,##0.00##')).toBeNull();
    expect(formattedNumber(1.2, undefined)).toBeNull();
    expect(formattedNumber(1.2, '')).toBeNull();
  });
});

describe('displayValue and displayText of a snapshot cell', () => {
  const sheet: SheetSnapshot = {
    name: 'S',
    index: 0,
    visibility: 'visible',
    protected: false,
    read: true,
    origin: { row: 2, col: 2 },
    values: [
      [1.2, 0.1 + 0.2, 'x'],
      [true, '', 7],
    ],
    formulas: {},
    merges: [],
    // D2 is text: a stale displayed text for it is ignored.
    texts: { B2: '120%', D2: 'stale' },
  };
  test('a formatted number reads as its displayed text; others as themselves', () => {
    expect(displayValue(sheet, 2, 2)).toBe('120%');
    expect(displayValue(sheet, 2, 3)).toBe(0.1 + 0.2);
    expect(displayValue(sheet, 2, 4)).toBe('x');
    expect(displayValue(sheet, 3, 4)).toBe(7);
    expect(displayValue(sheet, 9, 9)).toBe('');
  });
  test('as text: numbers without noise, booleans TRUE/FALSE, "" outside', () => {
    expect([2, 3, 4].map((c) => displayText(sheet, 2, c))).toEqual(['120%', '0.3', 'x']);
    expect([2, 3, 4].map((c) => displayText(sheet, 3, c))).toEqual(['TRUE', '', '7']);
    expect(displayText(sheet, 1, 1)).toBe('');
  });
  test('without texts every number reads as itself', () => {
    const plain = { ...sheet, texts: undefined };
    expect(displayText(plain, 2, 2)).toBe('1.2');
  });
});
