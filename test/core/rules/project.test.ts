import { sameTarget } from '../../../src/core/rules/project/targets';
import { parseTargetValue } from '../../../src/core/values';
import { CLEAN_PROJECT_ROWS, ofRule, projectText, replaceRow, validate, where, type ProjectSpec } from './forms';

// Cells of the clean project form: 起始年度 D6, 到期年度 F6, 总金额 D7, 当年度金额 F7,
// 实施周期总目标 C10, 当年度目标 E10; 培训人数 on row 13.
const run = (change: Partial<ProjectSpec>) => validate([projectText(change)]);
const multiYear: Partial<ProjectSpec> = { end: '2026', periodGoal: '两年完成培训。' };

describe('project.years', () => {
  it.each([
    [{ start: '2025年度上' }, ['表1!D6'], '「起始年度」填写为「2025年度上」，不是四位年份，请改为如 2025 的年份。'],
    [{ end: '' }, ['表1!F6'], '「到期年度」未填写，请填写四位年份（如 2025）。'],
    [{ start: '2026', end: '2025' }, ['表1!F6'], '「到期年度」2025 早于「起始年度」2026，请核实实施期限。'],
    [{ start: '2025年', end: '2025' }, [], null],
  ])('%j', (change, cells, message) => {
    const findings = ofRule(run(change), 'project.years');
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(cells);
    if (message) expect(findings[0]).toMatchObject({ severity: 'error', message });
  });
});

describe('project.amounts', () => {
  it.each([
    [{ total: '十万元' }, ['表1!D7']],
    [{ annual: '' }, ['表1!F7']],
    [{ total: '10万元', annual: '12万元' }, ['表1!F7']],
    [{ total: '100,000元', annual: '10万元' }, []],
    [{ total: '10', annual: '10.004' }, []],
  ])('%j', (change, cells) => {
    expect(where(run(change), 'project.amounts')).toEqual(cells);
  });

  it('words the comparison in 万元', () => {
    const [f] = ofRule(run({ total: '10万元', annual: '120,000元' }), 'project.amounts');
    expect(f.cells).toEqual(['F7', 'D7']);
    expect(f.message).toBe('「当年度金额」12 万元大于「总金额」10 万元，当年度金额不应超过总金额，请核实。');
  });
});

describe('project.single-year-amounts', () => {
  it('fires when a single-year project has two different amounts', () => {
    const findings = run({ total: '12万元', annual: '10万元' });
    expect(where(findings, 'project.single-year-amounts')).toEqual(['表1!F7']);
    expect(ofRule(findings, 'project.single-year-amounts')[0]).toMatchObject({
      severity: 'warning',
      message: '项目实施期限只有 2025 年一年，「总金额」12 万元与「当年度金额」10 万元却不相等，请核实。',
    });
  });

  it('is quiet for a multi-year project', () => {
    expect(ofRule(run({ ...multiYear, total: '12万元', annual: '10万元' }), 'project.single-year-amounts')).toEqual([]);
  });
});

describe('project.single-year-targets', () => {
  const rows = (period: string, annual: string) =>
    replaceRow(CLEAN_PROJECT_ROWS, '培训人数', ['产出指标', '数量指标', '培训人数', period, annual]);

  it('fires when the two columns differ', () => {
    const findings = run({ rows: rows('≥100人', '≥90人') });
    expect(where(findings, 'project.single-year-targets')).toEqual(['表1!F13']);
    expect(ofRule(findings, 'project.single-year-targets')[0]).toMatchObject({
      cells: ['F13', 'E13'],
      message: '项目只在 2025 年实施，但「培训人数」的实施周期指标值为「≥100人」，当年度指标值为「≥90人」，两者应一致，请核实。',
    });
  });

  it.each([
    ['100人以上', '≥100人'],
    ['', '≥100人'],
    ['≥ 100人', '≥100人'],
  ])('is quiet on %j / %j', (period, annual) => {
    expect(ofRule(run({ rows: rows(period, annual) }), 'project.single-year-targets')).toEqual([]);
  });

  it('is quiet for a multi-year project', () => {
    expect(ofRule(run({ ...multiYear, rows: rows('≥200人', '≥100人') }), 'project.single-year-targets')).toEqual([]);
  });

  it('sameTarget compares meaning, not spelling', () => {
    expect(sameTarget(parseTargetValue('95%以上'), parseTargetValue('≥95%'))).toBe(true);
    expect(sameTarget(parseTargetValue('95%以上'), parseTargetValue('>95%'))).toBe(false);
    expect(sameTarget(parseTargetValue('符合规定'), parseTargetValue('符合 规定'))).toBe(true);
  });
});

describe('project.annual-exceeds-period', () => {
  const rows = (name: string, period: string, annual: string) =>
    replaceRow(CLEAN_PROJECT_ROWS, '培训人数', ['产出指标', '数量指标', name, period, annual]);

  it('fires on a cumulative quantity above its period value', () => {
    const findings = run({ ...multiYear, rows: rows('培训人数', '≥100人', '≥150人') });
    expect(where(findings, 'project.annual-exceeds-period')).toEqual(['表1!F13']);
    expect(ofRule(findings, 'project.annual-exceeds-period')[0].message).toBe(
      '「培训人数」的当年度指标值「≥150人」大于实施周期指标值「≥100人」，一年的数量不应超过整个实施周期，请核实。',
    );
  });

  it.each([
    ['培训人数', '≥100人', '≥60人'],
    ['培训覆盖率', '≥90%', '≥95%'],
    ['培训人数', '≥100人', '≥150次'],
  ])('is quiet on %s %s / %s', (name, period, annual) => {
    expect(ofRule(run({ ...multiYear, rows: rows(name, period, annual) }), 'project.annual-exceeds-period')).toEqual([]);
  });
});

describe('project.period-goal', () => {
  it('asks a multi-year project for its 实施周期总目标', () => {
    const findings = run({ end: '2026', periodGoal: '' });
    expect(where(findings, 'project.period-goal')).toEqual(['表1!C10']);
    expect(ofRule(findings, 'project.period-goal')[0].message).toBe(
      '项目实施期限为 2025—2026 年，属跨年度项目，「实施周期总目标」未填写，请补充。',
    );
    expect(where(run({ end: '2026', periodGoal: '<p></p>' }), 'project.period-goal')).toEqual(['表1!C10']);
  });

  it('asks every project for its 当年度目标', () => {
    expect(where(run({ annualGoal: '' }), 'project.period-goal')).toEqual(['表1!E10']);
  });

  it('is quiet for a single-year project without 实施周期总目标', () => {
    expect(ofRule(run({}), 'project.period-goal')).toEqual([]);
  });
});
