/**
 * Every indicator value in the user's example forms (test/fixtures/seed.txt and
 * example-shanghai-putuo.txt), copied by hand, with its expected parse.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { formatTargetValue, parseTargetValue, type TargetValue } from '../../../src/core/values';

type Expected = Partial<TargetValue>;

const q = (comparison: TargetValue['comparison'], form: TargetValue['comparisonForm'], value: number, unit: string | null): Expected => ({
  kind: 'quantity',
  comparison,
  comparisonForm: form,
  value,
  unit,
  unitSource: unit === null ? null : 'value',
});

const SEED: Array<[string, Expected]> = [
  ['95%以上', { ...q('>=', 'word', 95, '%'), comparisonText: '以上', inclusive: true, direction: 'up' }],
  ['15个', { ...q('=', 'bare', 15, '个'), comparisonText: null, inclusive: true, direction: 'exact' }],
  ['3家', q('=', 'bare', 3, '家')],
  ['1家', q('=', 'bare', 1, '家')],
  ['大于3家', { ...q('>', 'word', 3, '家'), comparisonText: '大于', inclusive: false, direction: 'up' }],
  ['4间', q('=', 'bare', 4, '间')],
  ['大于0%', { ...q('>', 'word', 0, '%'), inclusive: false }],
  ['大于12次', q('>', 'word', 12, '次')],
  ['4个及以上', { ...q('>=', 'word', 4, '个'), comparisonText: '及以上', inclusive: true }],
  ['25个', q('=', 'bare', 25, '个')],
  ['符合规定', { kind: 'qualitative', qualitative: 'acceptable', comparison: null, value: null }],
  ['符合规范', { kind: 'qualitative', qualitative: 'acceptable' }],
  ['大于95%', q('>', 'word', 95, '%')],
  ['98%以上', q('>=', 'word', 98, '%')],
  ['1.50%', q('=', 'bare', 1.5, '%')],
  ['1.5%', q('=', 'bare', 1.5, '%')],
  ['每个季度', { kind: 'frequency', frequency: { period: 'quarter', every: 1, count: null }, comparison: null }],
  ['每个月', { kind: 'frequency', frequency: { period: 'month', every: 1, count: null }, comparison: null }],
  ['否', { kind: 'yesno', yes: false, comparison: null }],
  ['比上年改善', { kind: 'qualitative', qualitative: 'vague', direction: 'up' }],
  ['起到积极推广作用', { kind: 'qualitative', qualitative: 'vague' }],
  // The department form holds both in one cell.
  ['比上年改善 起到积极推广作用', { kind: 'qualitative', qualitative: 'vague', normalizedText: '比上年改善 起到积极推广作用' }],
  ['小于5%', { ...q('<', 'word', 5, '%'), inclusive: false, direction: 'down' }],
  ['大于98%', q('>', 'word', 98, '%')],
  ['100%', q('=', 'bare', 100, '%')],
];

const EXAMPLE: Array<[string, Expected]> = [
  ['可控', { kind: 'qualitative', qualitative: 'descriptive', direction: null }],
  ['985米', q('=', 'bare', 985, '米')],
  ['=100.00(%)', { ...q('=', 'symbol', 100, '%'), comparisonText: '=', direction: 'exact' }],
  ['及时', { kind: 'qualitative', qualitative: 'acceptable' }],
  ['减少', { kind: 'qualitative', qualitative: 'directional', direction: 'down' }],
  ['提升', { kind: 'qualitative', qualitative: 'directional', direction: 'up' }],
  ['健全', { kind: 'qualitative', qualitative: 'descriptive' }],
  ['≥90.00(%)', { ...q('>=', 'symbol', 90, '%'), comparisonText: '≥' }],
];

describe('values of the seed forms', () => {
  it.each(SEED)('%s', (text, expected) => {
    const v = parseTargetValue(text);
    expect(v).toMatchObject({ ...expected, text, hadMarkup: false });
  });
});

describe('values of the Shanghai example', () => {
  it.each(EXAMPLE)('%s', (text, expected) => {
    expect(parseTargetValue(text)).toMatchObject({ ...expected, text });
  });
});

describe('the table matches the fixtures', () => {
  const fixtures = ['seed.txt', 'example-shanghai-putuo.txt'].map((f) =>
    readFileSync(join(__dirname, '../../fixtures', f), 'utf8'),
  );

  it.each([...SEED, ...EXAMPLE].map(([text]) => text))('%s occurs in a fixture', (text) => {
    expect(fixtures.some((f) => f.includes(text))).toBe(true);
  });

  it('no value of the fixtures is unrecognized, and each formats to text that parses the same', () => {
    for (const [text] of [...SEED, ...EXAMPLE]) {
      const v = parseTargetValue(text);
      expect(v.kind).not.toBe('unrecognized');
      const again = parseTargetValue(formatTargetValue(v));
      expect([again.kind, again.comparison, again.value, again.unit]).toEqual([v.kind, v.comparison, v.value, v.unit]);
    }
  });
});

describe('units in the indicator names of the seed', () => {
  it.each([
    ['年度资金支出进度(%)', '98', '%'],
    ['年度资金支出进度（%）', '98', '%'],
    ['本年全市新增工业企业上规模数量(个)', '4', '个'],
    ['本年全市新增工业企业上规模数量（个）', '4', '个'],
    ['一般贸易进出口增速（%）', '1.5', '%'],
    ['租用国有资产群众满意度(%)', '95以上', '%'],
  ])('%s with %s', (indicatorName, text, unit) => {
    const v = parseTargetValue(text, { indicatorName });
    expect(v).toMatchObject({ kind: 'quantity', unit, unitSource: 'name' });
  });

  it('a unit written in the value wins over the name', () => {
    const v = parseTargetValue('98%以上', { indicatorName: '年度资金支出进度（%）' });
    expect(v).toMatchObject({ unit: '%', unitSource: 'value' });
  });

  it('a name without a unit leaves a bare number without one', () => {
    expect(parseTargetValue('15', { indicatorName: '高新企业认定数量' })).toMatchObject({ unit: null, unitSource: null });
  });
});
