import { RULES, parseSettings, resolveSettings } from '../../src/core/rules';
import { NUMERIC_RANGES, draftErrors, draftFrom, readNumber, ruleGroups, settingsFromDraft } from '../../src/taskpane/settingsDraft';

describe('settings draft', () => {
  test.each<[string, string, number | null]>([
    ['a whole number', '85', 85],
    ['decimals', '0.01', 0.01],
    ['spaces and a percent sign', ' 90% ', 90],
    ['full-width digits', '９５', 95],
    ['a decimal comma', '0,5', 0.5],
    ['a leading point', '.5', 0.5],
    ['empty', '', null],
    ['words', '很高', null],
    ['negative', '-1', null],
    ['above the range', '101', null],
    ['scientific notation', '1e2', null],
  ])('satisfaction threshold: %s', (_, text, expected) => {
    expect(readNumber(text, NUMERIC_RANGES.satisfactionThreshold)).toBe(expected);
  });

  test('decimals must be whole', () => {
    expect(readNumber('4', NUMERIC_RANGES.precisionDecimals)).toBe(4);
    expect(readNumber('2.5', NUMERIC_RANGES.precisionDecimals)).toBeNull();
    expect(readNumber('11', NUMERIC_RANGES.precisionDecimals)).toBeNull();
  });

  test('a draft of the settings gives them back unchanged, word lists included', () => {
    const settings = resolveSettings({ reverseKeywords: ['投诉'], requireSatisfactionByForm: { 某项目: false }, disabled: ['value.vague'] });
    expect(settingsFromDraft(draftFrom(settings))).toEqual(settings);
  });

  test('an edited draft gives settings parseSettings accepts without a problem; disabled in rule order', () => {
    const draft = draftFrom(resolveSettings());
    const edited = settingsFromDraft({
      ...draft,
      numbers: { satisfactionThreshold: '90', amountTolerance: '0.01', precisionDecimals: '2' },
      requireSatisfaction: false,
      levelSplitBase: 'fiscalAppropriation',
      disabled: new Set(['text.markup', 'structure.cost']),
    });
    expect(edited).toEqual(
      resolveSettings({
        satisfactionThreshold: 90,
        amountTolerance: 0.01,
        precisionDecimals: 2,
        requireSatisfaction: false,
        levelSplitBase: 'fiscalAppropriation',
        disabled: ['structure.cost', 'text.markup'],
      }),
    );
    expect(parseSettings(JSON.stringify(edited))).toEqual({ settings: edited, problems: [] });
  });

  test('an invalid number: no settings, and the field with its range', () => {
    const draft = { ...draftFrom(resolveSettings()), numbers: { satisfactionThreshold: '80', amountTolerance: 'abc', precisionDecimals: '4' } };
    expect(settingsFromDraft(draft)).toBeNull();
    expect(draftErrors(draft)).toEqual({ amountTolerance: { min: 0, max: 100, integer: false } });
  });

  test('rules grouped by id prefix, every rule once, in RULES order', () => {
    const groups = ruleGroups();
    expect(groups.map((g) => g.prefix)).toEqual(['workbook', 'structure', 'text', 'value', 'project', 'amount', 'department', 'fill']);
    expect(groups.flatMap((g) => g.rules)).toEqual([...RULES]);
  });
});
