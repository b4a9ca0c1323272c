import { DEFAULT_SETTINGS, parseSettings, resolveSettings } from '../../../src/core/rules';

describe('parseSettings', () => {
  it('returns the defaults for an empty object, null or nothing', () => {
    for (const json of [{}, null, undefined, '{}']) {
      expect(parseSettings(json)).toEqual({ settings: { ...DEFAULT_SETTINGS }, problems: [] });
    }
  });

  it('reads every setting', () => {
    const json = {
      $schema: './rules.schema.json',
      '// note': '县级财政局的设置',
      boundedRateNames: ['满意度', '完好率'],
      growthRateNames: ['增长率'],
      reverseKeywords: ['投诉率', '故障'],
      satisfactionThreshold: 85,
      requireSatisfaction: false,
      requireSatisfactionByForm: { 技能培训经费: true },
      levelSplitBase: 'fiscalAppropriation',
      amountTolerance: 0.01,
      precisionDecimals: 2,
      disabled: ['value.qualitative', 'structure.similar'],
    };
    const { settings, problems } = parseSettings(json);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      boundedRateNames: ['满意度', '完好率'],
      growthRateNames: ['增长率'],
      reverseKeywords: ['投诉率', '故障'],
      satisfactionThreshold: 85,
      requireSatisfaction: false,
      requireSatisfactionByForm: { 技能培训经费: true },
      levelSplitBase: 'fiscalAppropriation',
      amountTolerance: 0.01,
      precisionDecimals: 2,
      disabled: ['value.qualitative', 'structure.similar'],
    });
    expect(parseSettings(JSON.stringify(json)).settings).toEqual(settings);
  });

  it.each([
    [{ satisfactionThreshold: '80%' }, '设置项「satisfactionThreshold」应为 0 到 100 之间的数字，现为文字「80%」，已使用默认值。'],
    [{ satisfactionThreshold: 180 }, '设置项「satisfactionThreshold」应为 0 到 100 之间的数字，现为数字 180，已使用默认值。'],
    [{ precisionDecimals: 2.5 }, '设置项「precisionDecimals」应为 0 到 10 之间的整数，现为数字 2.5，已使用默认值。'],
    [{ requireSatisfaction: 'no' }, '设置项「requireSatisfaction」应为 true 或 false，现为文字「no」，已使用默认值。'],
    [{ boundedRateNames: '满意度' }, '设置项「boundedRateNames」应为非空文字的列表，如 ["满意度", "合格率"]，现为文字「满意度」，已使用默认值。'],
    [{ reverseKeywords: ['投诉率', 3] }, '设置项「reverseKeywords」应为非空文字的列表，如 ["满意度", "合格率"]，现为列表，已使用默认值。'],
    [{ levelSplitBase: 'basic' }, '设置项「levelSplitBase」应为 "expenditure"（基本支出 + 项目支出）或 "fiscalAppropriation"（财政拨款），现为文字「basic」，已使用默认值。'],
    [{ requireSatisfactionByForm: ['a'] }, '设置项「requireSatisfactionByForm」应为「表名: true/false」的对象，如 {"某某项目": false}，现为列表，已使用默认值。'],
    [{ disabled: 'value.vague' }, '设置项「disabled」应为规则编号的列表，如 ["value.qualitative"]，现为文字「value.vague」，已使用默认值。'],
    [{ satisfactonThreshold: 90 }, '未知的设置项「satisfactonThreshold」，已忽略；是否想写「satisfactionThreshold」？'],
    [{ colour: 'red' }, '未知的设置项「colour」，已忽略。'],
    [
      { severity: { 'value.vague': 'error' } },
      '规则的严重程度（错误、警告、提示）由规则本身决定，不能修改，设置项「severity」已忽略；可用 "disabled" 关闭不需要的规则。',
    ],
  ])('reports %j and keeps the default', (json, problem) => {
    const { settings, problems } = parseSettings(json);
    expect(problems.map((p) => p.zh)).toEqual([problem]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
  });

  it('says each problem in English too', () => {
    const { problems } = parseSettings({ satisfactionThreshold: '80%', colour: 'red', satisfactonThreshold: 9, disabled: [7] });
    expect(problems.map((p) => p.en)).toEqual([
      'Setting "satisfactionThreshold" should be a number from 0 to 100, not the text "80%"; the default is used.',
      'Unknown setting "colour", ignored.',
      'Unknown setting "satisfactonThreshold", ignored; did you mean "satisfactionThreshold"?',
      'Setting "disabled" holds an item that is not a rule id (such as "value.qualitative"): the number 7; it is ignored.',
    ]);
  });

  it('keeps the good parts of a partly wrong value', () => {
    const { settings, problems } = parseSettings({
      disabled: ['value.vague', 'value.nonsense', 7],
      requireSatisfactionByForm: { 甲项目: false, 乙项目: 'off' },
    });
    expect(settings.disabled).toEqual(['value.vague']);
    expect(settings.requireSatisfactionByForm).toEqual({ 甲项目: false });
    expect(problems.map((p) => p.zh)).toEqual([
      '设置项「disabled」中有一项不是规则编号（如 "value.qualitative"）：文字「value.nonsense」，已忽略。',
      '设置项「disabled」中有一项不是规则编号（如 "value.qualitative"）：数字 7，已忽略。',
      '设置项「requireSatisfactionByForm」中「乙项目」的值应为 true 或 false，现为文字「off」，已忽略。',
    ]);
  });

  it.each([
    ['[1, 2]', '设置应为一个 JSON 对象（{ … }），现为列表，已全部使用默认设置。'],
    [42, '设置应为一个 JSON 对象（{ … }），现为数字 42，已全部使用默认设置。'],
  ])('reports a non-object %j', (json, problem) => {
    const { settings, problems } = parseSettings(json);
    expect([settings, problems.map((p) => p.zh)]).toEqual([{ ...DEFAULT_SETTINGS }, [problem]]);
  });

  it('reports text that is not JSON, without throwing', () => {
    const { settings, problems } = parseSettings('{ satisfactionThreshold: 90 ');
    expect(settings).toEqual({ ...DEFAULT_SETTINGS });
    expect(problems).toHaveLength(1);
    expect(problems[0].zh).toMatch(/^设置文件不是有效的 JSON（.+），已全部使用默认设置。$/);
    expect(problems[0].en).toMatch(/^The settings are not valid JSON \(.+\); all defaults are used\.$/);
  });

  it('resolveSettings takes the defaults for keys left undefined', () => {
    expect(resolveSettings({ disabled: undefined, satisfactionThreshold: 70 })).toEqual({
      ...DEFAULT_SETTINGS,
      satisfactionThreshold: 70,
    });
  });

  it('does not share arrays with the defaults', () => {
    const { settings } = parseSettings({});
    settings.boundedRateNames.push('完好率');
    expect(DEFAULT_SETTINGS.boundedRateNames).not.toContain('完好率');
  });
});
