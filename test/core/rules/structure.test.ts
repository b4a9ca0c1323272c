import { namesAreSimilar } from '../../../src/core/rules/structure/nameDistance';
import {
  CLEAN_DEPARTMENT_ROWS,
  CLEAN_PROJECT_ROWS,
  departmentText,
  ofRule,
  projectText,
  replaceRow,
  validate,
  where,
  type Row,
} from './forms';

// The clean project's rows sit on rows 12–17 (成本 12, 产出 13–15, 效益 16, 满意度 17); header row 11.
function project(rows: Row[], change: Parameters<typeof projectText>[0] = {}) {
  return validate([projectText({ ...change, rows })]);
}
const plus = (...extra: Row[]) => [...CLEAN_PROJECT_ROWS, ...extra];

describe('structure.category', () => {
  it('fires on an unknown 一级 at its cell', () => {
    const findings = project(plus(['社会指标', '', '群众参与度', '≥90%', '≥90%']));
    expect(where(findings, 'structure.category')).toEqual(['表1!B18']);
    expect(ofRule(findings, 'structure.category')[0]).toMatchObject({
      severity: 'error',
      message: '一级指标「社会指标」不是规定的名称，应为成本指标、产出指标、效益指标、满意度指标之一，请修改。',
    });
  });

  it('fires on an indicator above any 一级', () => {
    const findings = project([['', '', '前置指标', '≥1个', '≥1个'], ...CLEAN_PROJECT_ROWS]);
    expect(where(findings, 'structure.category')).toEqual(['表1!B12']);
    expect(ofRule(findings, 'structure.category')[0].message).toContain('「前置指标」没有所属的一级指标');
  });

  it('accepts the four names, with or without 指标', () => {
    const rows = replaceRow(CLEAN_PROJECT_ROWS, '项目总成本', ['成本', '经济成本指标', '项目总成本', '≤10万元', '≤10万元']);
    expect(ofRule(project(rows), 'structure.category')).toEqual([]);
  });
});

describe('structure.legacy-name', () => {
  it('fires on each legacy spelling, which still reads as its current name', () => {
    let rows = replaceRow(CLEAN_PROJECT_ROWS, '培训人数', ['预期产出指标', '数量指标', '培训人数', '≥100人', '≥100人']);
    rows = replaceRow(rows, '参训人员技能提升人数', ['效果指标', '社会效益指标', '参训人员技能提升人数', '≥80人', '≥80人']);
    const findings = project(rows);
    expect(where(findings, 'structure.legacy-name')).toEqual(['表1!B13', '表1!B16']);
    expect(ofRule(findings, 'structure.legacy-name')[1]).toMatchObject({
      severity: 'info',
      message: '「效果指标」是旧的指标名称，现行名称为「效益指标」，已按「效益指标」读取，建议改为现行名称。',
    });
    // Read as 效益指标: the block counts for structure.required.
    expect(ofRule(findings, 'structure.required')).toEqual([]);
  });
});

describe('structure.subcategory', () => {
  it('fires on a 二级 under another 一级 (written on the same row)', () => {
    const rows = replaceRow(CLEAN_PROJECT_ROWS, '参训人员技能提升人数', [
      '效益指标',
      '时效指标',
      '参训人员技能提升人数',
      '≥80人',
      '≥80人',
    ]);
    const findings = project(rows);
    expect(where(findings, 'structure.subcategory')).toEqual(['表1!C16']);
    expect(ofRule(findings, 'structure.subcategory')[0].message).toBe(
      '二级指标「时效指标」不属于一级指标「效益指标」，它属于「产出指标」，请移到「产出指标」下。',
    );
  });

  it('fires on a 二级 below another 一级 block', () => {
    const findings = project(plus(['', '经济效益指标', '带动就业人数', '≥10人', '≥10人']));
    expect(where(findings, 'structure.subcategory')).toEqual(['表1!C18']);
    expect(ofRule(findings, 'structure.subcategory')[0].cells).toEqual(['C18', 'B17']);
  });

  it('fires on an unknown 二级 and on an indicator without a 二级', () => {
    const unknown = project(plus(['产出指标', '进度指标', '开工项目数', '≥2个', '≥2个']));
    expect(where(unknown, 'structure.subcategory')).toEqual(['表1!C18']);
    expect(ofRule(unknown, 'structure.subcategory')[0].message).toBe(
      '二级指标「进度指标」不是规定的名称，「产出指标」下应为数量指标、质量指标、时效指标之一，请修改。',
    );
    const none = project(plus(['产出指标', '', '开工项目数', '≥2个', '≥2个']));
    expect(where(none, 'structure.subcategory')).toEqual(['表1!C18']);
    expect(ofRule(none, 'structure.subcategory')[0].message).toContain('没有二级指标');
  });

  it('is quiet on the clean form', () => {
    expect(ofRule(project(CLEAN_PROJECT_ROWS), 'structure.subcategory')).toEqual([]);
  });
});

describe('structure.required', () => {
  const without = (name: string) => CLEAN_PROJECT_ROWS.filter((r) => r[2] !== name);

  it('fires at the table header when a block is missing', () => {
    const findings = project(without('参训人员技能提升人数'));
    expect(where(findings, 'structure.required')).toEqual(['表1!B11']);
    expect(ofRule(findings, 'structure.required')[0].message).toBe(
      '「效益指标」下没有填写了指标值的三级指标，每张申报表至少要有一个效益指标，请补充。',
    );
  });

  it('fires at the 一级 label when the block has no value', () => {
    const rows = replaceRow(CLEAN_PROJECT_ROWS, '参训人员技能提升人数', [
      '效益指标',
      '社会效益指标',
      '参训人员技能提升人数',
      '',
      '',
    ]);
    const findings = project(rows);
    expect(where(findings, 'structure.required')).toEqual(['表1!B16']);
    expect(where(findings, 'structure.missing-value')).toEqual(['表1!F16']);
  });

  it('asks for 满意度指标 unless switched off, for all forms or one', () => {
    const rows = without('参训人员满意度');
    expect(where(project(rows), 'structure.required')).toEqual(['表1!B11']);
    expect(ofRule(validate([projectText({ rows })], { requireSatisfaction: false }), 'structure.required')).toEqual([]);
    const byName = validate([projectText({ rows })], { requireSatisfactionByForm: { 技能培训经费: false } });
    expect(ofRule(byName, 'structure.required')).toEqual([]);
    const bySheet = validate([projectText({ rows })], { requireSatisfactionByForm: { 表1: false } });
    expect(ofRule(bySheet, 'structure.required')).toEqual([]);
    const other = validate([projectText({ rows })], { requireSatisfactionByForm: { 别的项目: false } });
    expect(where(other, 'structure.required')).toEqual(['表1!B11']);
  });

  it('counts 不适用 as a value', () => {
    const rows = replaceRow(CLEAN_PROJECT_ROWS, '参训人员满意度', [
      '满意度指标',
      '服务对象满意度指标',
      '参训人员满意度',
      '不适用',
      '不适用',
    ]);
    expect(validate([projectText({ rows })])).toEqual([]);
  });
});

describe('structure.cost', () => {
  it('fires when 成本指标 has no 三级 indicator', () => {
    const rows = [['成本指标', '经济成本指标', '', '', ''], ...CLEAN_PROJECT_ROWS.slice(1)];
    const findings = project(rows);
    expect(where(findings, 'structure.cost')).toEqual(['表1!B12']);
    expect(ofRule(findings, 'structure.cost')[0].severity).toBe('warning');
    expect(where(project(CLEAN_PROJECT_ROWS.slice(1)), 'structure.cost')).toEqual(['表1!B11']);
    expect(ofRule(project(CLEAN_PROJECT_ROWS), 'structure.cost')).toEqual([]);
  });
});

describe('structure.missing-value', () => {
  const row = (period: string, annual: string): Row => ['', '', '培训课时数', period, annual];

  it.each([
    ['single-year, 实施周期 blank', '2025', row('', '≥20课时'), []],
    ['single-year, 当年度 blank', '2025', row('≥20课时', ''), ['表1!F18']],
    ['multi-year, 实施周期 blank', '2026', row('', '≥20课时'), ['表1!E18']],
    ['multi-year, both blank', '2026', row('', ''), ['表1!F18']],
    ['multi-year, both filled', '2026', row('≥40课时', '≥20课时'), []],
    ['a dash instead of a value', '2025', row('—', '/'), ['表1!F18']],
  ])('%s', (_label, end, extra, expected) => {
    const findings = project(plus(extra), { end, periodGoal: '完成培训。' });
    expect(where(findings, 'structure.missing-value')).toEqual(expected);
  });

  it('makes one finding for both columns and says so', () => {
    const findings = project(plus(row('', '')), { end: '2026', periodGoal: '完成培训。' });
    const [f] = ofRule(findings, 'structure.missing-value');
    expect(f.cells).toEqual(['F18', 'E18']);
    expect(f.message).toBe('「培训课时数」的实施周期和当年度指标值均未填写，请填写目标值；不适用时请填「不适用」或删除此行。');
  });

  it('fires on the department form', () => {
    const rows = [...CLEAN_DEPARTMENT_ROWS, ['', '', '培训课时数', '']];
    const findings = validate([departmentText({ rows, basic: '100', project: '0' })]);
    expect(where(findings, 'structure.missing-value')).toEqual(['表1!E22']);
  });
});

describe('structure.missing-name', () => {
  it('fires on a value without a name, at the empty name cell', () => {
    const findings = project(plus(['', '', '', '≥5个', '≥5个']));
    expect(where(findings, 'structure.missing-name')).toEqual(['表1!D18']);
    expect(ofRule(findings, 'structure.missing-name')[0]).toMatchObject({
      cells: ['D18', 'E18', 'F18'],
      message: '第 18 行填了指标值「≥5个」，但没有三级指标名称，请补充指标名称。',
    });
  });

  it('fires when the name is only a dash', () => {
    expect(where(project(plus(['', '', '—', '≥5个', '≥5个'])), 'structure.missing-name')).toEqual(['表1!D18']);
  });
});

describe('structure.placeholder', () => {
  it('fires on a placeholder value next to a real name', () => {
    const findings = project(plus(['', '', '培训覆盖率', '≥**%', '≥**%']));
    expect(where(findings, 'structure.placeholder')).toEqual(['表1!F18']);
    expect(ofRule(findings, 'structure.placeholder')[0].message).toBe(
      '「培训覆盖率」的实施周期和当年度指标值均为「≥**%」，是模板占位符，请填写实际的目标值。',
    );
  });

  it.each([['XX'], ['待定'], ['*']])('fires on the placeholder name %s next to a real value', (name) => {
    const findings = project(plus(['', '', name, '≥5个', '≥5个']));
    expect(where(findings, 'structure.placeholder')).toEqual(['表1!D18']);
  });

  it.each([
    ['/', '/', '/'],
    ['—', '—', '—'],
    ['无', '无', '/'],
  ])('is quiet on the unused row %s %s %s (no finding at all)', (name, period, annual) => {
    expect(project(plus(['', '', name, period, annual]))).toEqual([]);
  });

  it('accepts 不适用 as a value', () => {
    expect(project(plus(['', '', '社会成本', '不适用', '不适用']))).toEqual([]);
  });
});

describe('structure.duplicate', () => {
  it('fires on the second use of a name in one form', () => {
    const findings = project(plus(['', '', '培训 人数', '≥100人', '≥100人']));
    expect(where(findings, 'structure.duplicate')).toEqual(['表1!D18']);
    expect(ofRule(findings, 'structure.duplicate')[0]).toMatchObject({
      severity: 'warning',
      cells: ['D18', 'D13'],
      message: '三级指标「培训 人数」在本表中出现了 2 次（第 13、18 行），请删除重复的行，或改用能区分的名称。',
    });
  });

  it('is quiet when the same name is on two forms', () => {
    expect(ofRule(validate([projectText(), projectText()]), 'structure.duplicate')).toEqual([]);
  });
});

describe('structure.similar', () => {
  it.each([
    ['高新企业认定数量', '高新技术企业认定数量', true],
    ['资金执行率', '预算资金执行率', true],
    ['支持外贸企业数', '支持外贸企业数量', true],
    ['高新技术企业认定数量', '高新技术企业认证数量', true],
    ['企业满意度', '群众满意度', false],
    ['服务对象满意度', '服务群众满意度', false],
    ['资金执行情况', '资金使用情况', false],
    ['新增就业人数', '新增培训人数', false],
    ['第1批补助发放率', '第2批补助发放率', false],
    ['预算资金执行率', '预算使用率', false],
    ['满意度', '企业满意度', false],
    ['年度资金支出进度(%)', '年度资金支出进度', false],
  ])('%s / %s → similar %s', (a, b, similar) => {
    expect(namesAreSimilar(a, b)).toBe(similar);
    expect(namesAreSimilar(b, a)).toBe(similar);
  });

  it('points at each use of the rarer spelling across the workbook', () => {
    const common = replaceRow(CLEAN_PROJECT_ROWS, '培训人数', ['产出指标', '数量指标', '高新企业认定数量', '15个', '15个']);
    const rare = replaceRow(CLEAN_PROJECT_ROWS, '培训人数', ['产出指标', '数量指标', '高新技术企业认定数量', '15个', '15个']);
    const findings = validate([projectText({ rows: common }), projectText({ rows: rare }), projectText({ rows: common })]);
    expect(where(findings, 'structure.similar')).toEqual(['表2!D13']);
    expect(ofRule(findings, 'structure.similar')[0].message).toBe(
      '「高新技术企业认定数量」与表1、表3中的「高新企业认定数量」只差几个字。若是同一指标，请统一名称（「汇总」按名称合并指标）。',
    );
  });
});
