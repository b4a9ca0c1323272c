import { CLEAN_DEPARTMENT_ROWS, CLEAN_PROJECT_ROWS, departmentText, ofRule, projectText, validate, where, type Row } from './forms';

/** The clean project with one more indicator row (row 18: 实施周期 in E18, 当年度 in F18). */
function withRow(row: Row, change: Parameters<typeof projectText>[0] = {}) {
  return validate([projectText({ ...change, rows: [...CLEAN_PROJECT_ROWS, row] })]);
}

type Case = [rule: string, category: string, subcategory: string, name: string, value: string, fires: boolean];

const CASES: Case[] = [
  ['value.unrecognized', '产出指标', '数量指标', '培训人数', '≥95%以下', true],
  ['value.unrecognized', '产出指标', '数量指标', '培训人数', '3家以上5家以下', true],
  ['value.unrecognized', '产出指标', '数量指标', '培训人数', '≥100人', false],
  ['value.unit-missing', '产出指标', '数量指标', '新增培训人数', '15', true],
  ['value.unit-missing', '产出指标', '数量指标', '新增培训人数（人）', '15', false],
  ['value.unit-missing', '产出指标', '数量指标', '新增培训人数', '15人', false],
  ['value.unit-missing', '成本指标', '经济成本指标', '人均培训成本', '15', false],
  ['value.percent-range', '满意度指标', '服务对象满意度指标', '企业满意度', '120%', true],
  ['value.percent-range', '产出指标', '质量指标', '验收合格率', '-5%', true],
  ['value.percent-range', '产出指标', '质量指标', '验收合格率', '90%-105%', true],
  ['value.percent-range', '产出指标', '质量指标', '验收合格率', '100%', false],
  ['value.percent-range', '效益指标', '经济效益指标', '营业收入增长率', '120%', false],
  ['value.percent-range', '产出指标', '质量指标', '数据准确率', '±3%', false],
  ['value.ocr-ge', '产出指标', '质量指标', '验收合格率', '292%', true],
  ['value.ocr-ge', '产出指标', '质量指标', '验收合格率', '150%', false],
  ['value.ocr-ge', '产出指标', '质量指标', '验收合格率', '≥292%', false],
  ['value.ocr-ge', '效益指标', '经济效益指标', '营业收入增长率', '292%', false],
  ['value.direction', '满意度指标', '服务对象满意度指标', '企业投诉率', '≥5%', true],
  ['value.direction', '满意度指标', '服务对象满意度指标', '企业投诉率', '≤5%', false],
  ['value.direction', '产出指标', '质量指标', '验收合格率', '≤95%', true],
  ['value.direction', '产出指标', '质量指标', '验收合格率', '不低于95%', false],
  ['value.direction', '效益指标', '社会效益指标', '安全事故发生数', '大于1起', true],
  ['value.no-direction', '产出指标', '质量指标', '验收合格率', '98%', true],
  ['value.no-direction', '满意度指标', '服务对象满意度指标', '企业投诉率', '2%', true],
  ['value.no-direction', '满意度指标', '服务对象满意度指标', '企业满意度', '95%', false],
  ['value.no-direction', '效益指标', '经济效益指标', '营业收入增长率', '5%', false],
  ['value.no-direction', '产出指标', '质量指标', '验收合格率', '≥98%', false],
  ['value.degenerate', '产出指标', '数量指标', '工业增加值', '大于0%', true],
  ['value.degenerate', '产出指标', '数量指标', '新建项目数', '≥0个', true],
  ['value.degenerate', '效益指标', '社会效益指标', '安全事故发生数', '=0', false],
  ['value.degenerate', '效益指标', '社会效益指标', '安全事故发生数', '0起', false],
  ['value.degenerate', '产出指标', '数量指标', '新建项目数', '≥1个', false],
  ['value.vague', '效益指标', '生态效益指标', '生态环境改善', '比上年改善', true],
  ['value.vague', '效益指标', '社会效益指标', '清洁生产推广', '起到积极推广作用', true],
  ['value.vague', '效益指标', '社会效益指标', '群众生活水平', '有所提高', true],
  ['value.vague', '效益指标', '社会效益指标', '道路景观', '提升', true],
  ['value.vague', '产出指标', '质量指标', '资金使用合规性', '符合规定', false],
  ['value.vague', '效益指标', '社会效益指标', '群众收入增长', '≥5%', false],
  ['value.qualitative', '产出指标', '质量指标', '资金使用合规性', '符合规定', true],
  ['value.qualitative', '产出指标', '时效指标', '工作完成及时性', '按时', true],
  ['value.qualitative', '产出指标', '质量指标', '资金使用合规性', '是', false],
  ['value.qualitative', '效益指标', '生态效益指标', '生态环境改善', '比上年改善', false],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '≥70%', true],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '95%', true],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '=95%', true],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '满意', true],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '≥80%', false],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '群众满意率', '大于90%', false],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '较高', false],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '≤95%', false],
  ['value.satisfaction-low', '满意度指标', '服务对象满意度指标', '企业满意度', '120%', false],
  ['value.cost-unit', '成本指标', '经济成本指标', '财政资金投入成本', '95%以上', true],
  ['value.cost-unit', '成本指标', '生态环境成本指标', '文明施工情况', '可控', true],
  ['value.cost-unit', '成本指标', '经济成本指标', '成本控制率', '≥95%', true],
  ['value.cost-unit', '成本指标', '经济成本指标', '人均培训成本', '≤500元/人', false],
  ['value.cost-unit', '成本指标', '经济成本指标', '设备购置成本', '≤8万元', false],
  ['value.cost-unit', '成本指标', '经济成本指标', '成本控制率', '≤100%', false],
  ['value.cost-unit', '成本指标', '经济成本指标', '经费节约率', '≥5%', false],
  ['value.cost-unit', '成本指标', '社会成本指标', '社会成本', '不适用', false],
  ['value.cost-exceeds', '成本指标', '经济成本指标', '设备购置成本', '≤20万元', true],
  ['value.cost-exceeds', '成本指标', '经济成本指标', '设备购置成本', '≤200000元', true],
  ['value.cost-exceeds', '成本指标', '经济成本指标', '设备购置成本', '≤100000元', false],
  ['value.cost-exceeds', '成本指标', '经济成本指标', '设备购置成本', '≤100040元', false],
  ['value.cost-exceeds', '成本指标', '经济成本指标', '人均培训成本', '≤500000元/人', false],
  ['value.timeliness', '产出指标', '时效指标', '培训完成情况', '15个', true],
  ['value.timeliness', '产出指标', '时效指标', '培训完成情况', '是', true],
  ['value.timeliness', '产出指标', '时效指标', '是否按时完成', '是', false],
  ['value.timeliness', '产出指标', '时效指标', '办结时限', '≤3个工作日', false],
  ['value.timeliness', '产出指标', '时效指标', '办结时限', '3-5个工作日', false],
  ['value.timeliness', '产出指标', '时效指标', '情况通报', '每季度1次', false],
  ['value.timeliness', '产出指标', '时效指标', '资金支出进度', '≥95%', false],
  ['value.timeliness', '产出指标', '时效指标', '工作完成及时性', '及时', false],
  ['value.frequency-context', '产出指标', '数量指标', '企业走访', '每个月', true],
  ['value.frequency-context', '产出指标', '时效指标', '企业走访', '每个月', false],
  ['value.deadline-after-end', '产出指标', '时效指标', '验收时间', '2026年12月底前', true],
  ['value.deadline-after-end', '产出指标', '时效指标', '验收时间', '2025年12月底前', false],
  ['value.deadline-after-end', '产出指标', '时效指标', '验收时间', '12月31日前', false],
];

describe('value rules on a project form', () => {
  it.each(CASES)('%s: %s / %s / %s = %s → fires %s', (rule, category, subcategory, name, value, fires) => {
    const findings = ofRule(withRow([category, subcategory, name, value, value]), rule);
    if (!fires) {
      expect(findings).toEqual([]);
      return;
    }
    // One finding at the 当年度 cell, with the 实施周期 cell too.
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ sheet: '表1', cell: 'F18', cells: ['F18', 'E18'], indicator: name, value });
    expect(findings[0].message).toContain(`「${name}」的实施周期和当年度指标值均为`);
    expect(findings[0].messageEn).toContain(`"${name}"`);
  });

  it('words the finding as the rules describe it', () => {
    const [f] = ofRule(
      withRow(['满意度指标', '服务对象满意度指标', '企业满意度', '', '120%']),
      'value.percent-range',
    );
    expect(f).toMatchObject({ rule: 'value.percent-range', severity: 'error', cell: 'F18', cells: ['F18'] });
    expect(f.message).toBe('「企业满意度」的当年度指标值为 120%，满意度不应超过 100%，请核实。');
    expect(f.messageEn).toBe(
      'The current-year target of "企业满意度" is 120%; a rate such as 满意度 cannot be above 100%. Please check.',
    );
  });

  it('gives one finding per cell when the two columns hold different defective values', () => {
    const findings = withRow(['产出指标', '质量指标', '验收合格率', '120%', '130%']);
    expect(where(findings, 'value.percent-range')).toEqual(['表1!E18', '表1!F18']);
    expect(ofRule(findings, 'value.percent-range')[0].message).toContain('实施周期指标值为 120%');
  });

  it('suggests the direction a rate should take', () => {
    const [bare] = ofRule(withRow(['产出指标', '质量指标', '验收合格率', '98%', '98%']), 'value.no-direction');
    expect(bare.message).toContain('建议写成「≥98%」');
    const [wrong] = ofRule(withRow(['满意度指标', '服务对象满意度指标', '企业投诉率', '≥5%', '≥5%']), 'value.direction');
    expect(wrong.message).toContain('「投诉率」是越低越好的指标，应写成上限，如「≤5%」');
  });

  it('guesses the misread ≥', () => {
    const [f] = ofRule(withRow(['产出指标', '质量指标', '验收合格率', '292%', '292%']), 'value.ocr-ge');
    expect(f.message).toContain('可能是「≥92%」中的「≥」被识别成了「2」');
  });

  it('compares cost amounts with the project total in 万元', () => {
    const [f] = ofRule(
      withRow(['成本指标', '经济成本指标', '设备购置成本', '', '≤200000元']),
      'value.cost-exceeds',
    );
    expect(f.message).toBe(
      '「设备购置成本」的当年度指标值为「≤200000元」，折合 20 万元，超过项目「总金额」10 万元，请核实金额和单位。',
    );
  });

  it('reads the settings: satisfaction threshold, bounded names, reverse keywords', () => {
    const row: Row = ['满意度指标', '服务对象满意度指标', '企业满意度', '≥85%', '≥85%'];
    expect(ofRule(withRow(row), 'value.satisfaction-low')).toEqual([]);
    const rows = [...CLEAN_PROJECT_ROWS, row];
    const strict = validate([projectText({ rows })], { satisfactionThreshold: 90 });
    expect(where(strict, 'value.satisfaction-low')).toEqual(['表1!F18']);
    expect(ofRule(strict, 'value.satisfaction-low')[0].message).toContain('满意度目标一般不应低于 90%');

    const rate: Row = ['产出指标', '质量指标', '设备完好率', '120%', '120%'];
    expect(ofRule(withRow(rate), 'value.percent-range')).toEqual([]);
    const custom = validate([projectText({ rows: [...CLEAN_PROJECT_ROWS, rate] })], {
      boundedRateNames: ['完好率'],
    });
    expect(where(custom, 'value.percent-range')).toEqual(['表1!F18']);

    const reverse: Row = ['效益指标', '社会效益指标', '设备故障次数', '≥2次', '≥2次'];
    expect(ofRule(withRow(reverse), 'value.direction')).toEqual([]);
    const withReverse = validate([projectText({ rows: [...CLEAN_PROJECT_ROWS, reverse] })], {
      reverseKeywords: ['故障'],
    });
    expect(where(withReverse, 'value.direction')).toEqual(['表1!F18']);
  });
});

describe('value.process-indicator', () => {
  it.each([
    ['效益指标', '经济效益指标', '预算执行率', true],
    ['效益指标', '经济效益指标', '预算资金执行率', true],
    ['效益指标', '社会效益指标', '资金到位率', true],
    ['产出指标', '时效指标', '预算执行率', false],
    ['效益指标', '社会效益指标', '城镇登记失业率', false],
  ])('%s / %s / %s → fires %s', (category, subcategory, name, fires) => {
    const findings = withRow([category, subcategory, name, '≥95%', '≥95%']);
    expect(where(findings, 'value.process-indicator')).toEqual(fires ? ['表1!D18'] : []);
  });
});

describe('value rules on a department form', () => {
  it('name the single 指标值 column', () => {
    const rows = [...CLEAN_DEPARTMENT_ROWS, ['效益指标', '生态效益指标', '生态环境改善', '比上年改善']];
    const findings = validate([departmentText({ rows, project: '0', basic: '100' })]);
    const [f] = ofRule(findings, 'value.vague');
    expect(f).toMatchObject({ sheet: '表1', cell: 'E22', cells: ['E22'], value: '比上年改善' });
    expect(f.message).toBe(
      '「生态环境改善」的指标值为「比上年改善」，无法据此考核是否完成，请改为可衡量的目标，如具体数值、比率或「是/否」。',
    );
  });
});
