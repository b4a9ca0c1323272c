/**
 * Properties of the value parser: it never throws, and formatting then parsing gives the value back.
 */
import fc from 'fast-check';
import {
  formatTargetValue,
  parseTargetValue,
  type Comparison,
  type ComparisonForm,
  type Deadline,
  type FrequencyPeriod,
  type TargetValue,
} from '../../../src/core/values';

const RUNS = 3000;
const KINDS = [
  'quantity', 'range', 'yesno', 'frequency', 'duration', 'deadline', 'qualitative', 'empty', 'placeholder',
  'notApplicable', 'unrecognized',
];

/** Pieces of real values, so that random text reaches every branch of the grammar. */
const TOKENS = [
  '0', '1', '2', '5', '9', '12', '95', '2025', '.', ',', '，', '%', '％', '(%)', '（%）', '个', '家', '次', '万元', '元',
  '米', '个工作日', '日', '天', '月', '个月', '年', '季度', '周', '以上', '及以上', '以下', '以内', '内', '≥', '>=',
  '＞＝', '≧', '≤', '<', '>', '=', '＝', '大于', '不低于', '不超过', '不满', '超过', '至少', '至', '到', '-', '—', '~',
  '～', '±', '+', '(', ')', '/', '每', '按', '底', '前', '是', '否', '无', 'X', 'x', '*', '待定', '不适用', ' ', '　',
  '\n', '<p>', '</p>', '&nbsp;', '提升', '减少', '符合规定', '有所', '比上年', '改善', '同比增长', '办结', '完成', '一', '三',
  '十', '两', '百分之', '之间', '在', '控制在', '１', '５', '０',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 10 }).map((parts) => parts.join(''));

/** The fields a round trip must keep. */
function essence(v: TargetValue) {
  return {
    kind: v.kind,
    comparison: v.comparison,
    inclusive: v.inclusive,
    direction: v.direction,
    value: v.value,
    low: v.low,
    high: v.high,
    deviation: v.deviation,
    unit: v.unit,
    yes: v.yes,
    frequency: v.frequency,
    deadline: v.deadline,
    qualitative: v.qualitative,
    prefix: v.prefix,
    suffix: v.suffix,
  };
}

function checkInvariants(text: string, v: TargetValue): void {
  expect(v.text).toBe(text);
  expect(KINDS).toContain(v.kind);
  for (const n of [v.value, v.low, v.high, v.frequency?.count, v.frequency?.every]) {
    if (n !== null && n !== undefined) expect(Number.isFinite(n)).toBe(true);
  }
  if (v.low !== null && v.high !== null) expect(v.low).toBeLessThanOrEqual(v.high);
  if (v.unit !== null) expect(v.unit.length).toBeGreaterThan(0);
  expect(v.normalizedText).toBe(v.normalizedText.trim());
}

describe('parseTargetValue never throws', () => {
  it.each([
    ['fc.string', fc.string()],
    ['full Unicode strings', fc.string({ unit: 'binary' })],
    ['grapheme strings', fc.string({ unit: 'grapheme' })],
    ['value-like text', tokenText],
  ])('on %s', (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, fc.option(fc.string({ unit: 'binary' })), (text, name) => {
        const v = parseTargetValue(text, name === null ? {} : { indicatorName: name });
        checkInvariants(text, v);
        expect(typeof formatTargetValue(v)).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('on values that are not strings at run time', () => {
    for (const odd of [undefined, null, 95, true, {}]) {
      expect(parseTargetValue(odd as unknown as string).kind).toBeDefined();
    }
  });
});

/** A decimal with up to 4 places, the nearest double to its decimal text. */
const decimal = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 4 })).map(([i, k]) => Number(`${i}e-${k}`) + 0);

const comparisonWritten = fc.constantFrom<[Comparison, ComparisonForm, string | null]>(
  ['>=', 'symbol', '≥'], ['<=', 'symbol', '≤'], ['>', 'symbol', '>'], ['<', 'symbol', '<'], ['=', 'symbol', '='],
  ['=', 'bare', null], ['>=', 'word', '以上'], ['<=', 'word', '以内'], ['>', 'word', '大于'], ['<', 'word', '不满'],
);
const QUANTITY_UNITS = ['%', '个', '家', '次', '万元', '元', '间', '米', '人次', '个百分点', '元/人', '‰', 'km'];
const NAME_UNITS = ['%', '个', '家', '万元', '元/人'];
const TIME = ['个工作日', '工作日', '日', '天', '个月', '月', '年', '周', '小时'];

function make(fields: Partial<TargetValue>): TargetValue {
  return {
    kind: 'unrecognized', text: '', normalizedText: '', hadMarkup: false, comparison: null, comparisonForm: null,
    comparisonText: null, inclusive: null, value: null, low: null, high: null, deviation: false, unit: null,
    unitSource: null, direction: null, yes: null, frequency: null, deadline: null, qualitative: null, prefix: '',
    suffix: '', ...fields,
  };
}

function compared(c: Comparison, form: ComparisonForm, text: string | null): Partial<TargetValue> {
  return {
    comparison: c,
    comparisonForm: form,
    comparisonText: text,
    inclusive: c === '>=' || c === '<=' || c === '=',
    direction: c === '>=' || c === '>' ? 'up' : c === '=' ? 'exact' : 'down',
  };
}

interface Generated {
  value: TargetValue;
  indicatorName?: string;
}

const quantity: fc.Arbitrary<Generated> = fc
  .record({
    cmp: comparisonWritten,
    value: decimal(-100000, 10000000),
    unit: fc.option(fc.constantFrom(...QUANTITY_UNITS)),
    fromName: fc.boolean(),
    prefix: fc.constantFrom('', '同比增长', '控制在', '比上年增长'),
    suffix: fc.constantFrom('', '办结'),
  })
  .map(({ cmp, value, unit, fromName, prefix, suffix }) => {
    const nameUnit = fromName && unit !== null && NAME_UNITS.includes(unit);
    return {
      value: make({
        kind: 'quantity', value, unit, unitSource: unit === null ? null : nameUnit ? 'name' : 'value', prefix,
        suffix: unit === null || nameUnit ? '' : suffix, ...compared(...cmp),
      }),
      indicatorName: nameUnit ? `某指标（${unit}）` : undefined,
    };
  });

const duration: fc.Arbitrary<Generated> = fc
  .record({
    cmp: comparisonWritten,
    value: decimal(0, 999),
    unit: fc.constantFrom(...TIME),
    suffix: fc.constantFrom('', '办结', '完成'),
  })
  .map(({ cmp, value, unit, suffix }) => ({
    value: make({ kind: 'duration', value, unit, unitSource: 'value', suffix, ...compared(...cmp) }),
  }));

const range: fc.Arbitrary<Generated> = fc
  .record({
    a: decimal(-100000, 1000000),
    b: decimal(-100000, 1000000),
    deviation: fc.boolean(),
    unit: fc.option(fc.constantFrom(...QUANTITY_UNITS)),
    prefix: fc.constantFrom('', '在'),
    suffix: fc.constantFrom('', '之间'),
  })
  .map(({ a, b, deviation, unit, prefix, suffix }) => {
    const high = deviation ? Math.abs(a) : Math.max(a, b);
    const low = deviation ? -high + 0 : Math.min(a, b);
    return {
      value: make({
        kind: 'range', low, high, deviation, unit, unitSource: unit === null ? null : 'value', inclusive: true, prefix,
        suffix,
      }),
    };
  });

const PERIODS: FrequencyPeriod[] = ['day', 'week', 'tenDays', 'month', 'quarter', 'halfYear', 'year', 'semester'];
const frequency: fc.Arbitrary<Generated> = fc
  .record({
    period: fc.constantFrom(...PERIODS),
    every: fc.integer({ min: 1, max: 12 }),
    count: fc.option(decimal(0, 500)),
    cmp: comparisonWritten.filter(([, form]) => form !== 'word'),
    suffix: fc.constantFrom('', '通报'),
  })
  .map(({ period, every, count, cmp, suffix }) => ({
    value: make({
      kind: 'frequency', frequency: { period, every, count }, suffix, ...(count === null ? {} : compared(...cmp)),
    }),
  }));

const deadlineShape: fc.Arbitrary<Deadline> = fc.oneof(
  fc.record({ year: fc.option(fc.integer({ min: 1990, max: 2100 })), month: fc.constant(null), day: fc.constant(null), endOf: fc.constant('year' as const) }),
  fc.record({ year: fc.option(fc.integer({ min: 1990, max: 2100 })), month: fc.integer({ min: 1, max: 12 }), day: fc.constant(null), endOf: fc.constant('month' as const) }),
  fc.record({ year: fc.option(fc.integer({ min: 1990, max: 2100 })), month: fc.integer({ min: 1, max: 12 }), day: fc.option(fc.integer({ min: 1, max: 31 })), endOf: fc.constant(null) }),
  fc.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.constant(null), day: fc.constant(null), endOf: fc.constant(null) }),
  fc.record({ year: fc.constant(null), month: fc.constant(null), day: fc.integer({ min: 1, max: 31 }), endOf: fc.constant(null) }),
);
const deadline: fc.Arbitrary<Generated> = fc
  .record({ d: deadlineShape, suffix: fc.constantFrom('', '完成', '办结') })
  .map(({ d, suffix }) => ({
    value: make({ kind: 'deadline', deadline: d, suffix, ...compared('<=', 'word', '前') }),
  }));

const placeholder: fc.Arbitrary<Generated> = fc
  .record({ cmp: fc.option(comparisonWritten.filter(([, form]) => form === 'symbol')), unit: fc.option(fc.constantFrom('%', '个', '万元')) })
  .map(({ cmp, unit }) => ({
    value: make({ kind: 'placeholder', unit, unitSource: unit === null ? null : 'value', ...(cmp ? compared(...cmp) : {}) }),
  }));

const simple: fc.Arbitrary<Generated> = fc.oneof(
  fc.boolean().map((yes) => ({ value: make({ kind: 'yesno', yes }) })),
  fc.constant({ value: make({ kind: 'notApplicable' }) }),
  fc.constant({ value: make({ kind: 'empty' }) }),
  fc
    .constantFrom('符合规定', '符合规范', '及时', '按时', '可控', '健全', '提升', '减少', '比上年改善', '起到积极推广作用', '有所提高', '明显提升')
    .map((text) => ({ value: parseTargetValue(text) })),
);

describe('format → parse round trip', () => {
  it.each([
    ['quantities', quantity],
    ['durations', duration],
    ['ranges', range],
    ['frequencies', frequency],
    ['deadlines', deadline],
    ['placeholders', placeholder],
    ['yes/no, 不适用, empty and qualitative values', simple],
  ])('%s', (_label, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, ({ value, indicatorName }) => {
        const text = formatTargetValue(value);
        const back = parseTargetValue(text, indicatorName ? { indicatorName } : {});
        expect(essence(back)).toEqual(essence(value));
        expect(back.unitSource).toBe(value.unitSource);
      }),
      { numRuns: RUNS },
    );
  });

  it('formatting any parsed value gives text that parses to the same value', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        const v = parseTargetValue(text);
        const back = parseTargetValue(formatTargetValue(v));
        expect(essence(back)).toEqual(essence(v));
      }),
      { numRuns: RUNS },
    );
  });
});
