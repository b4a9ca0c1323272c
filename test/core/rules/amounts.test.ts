import { departmentText, ofRule, projectText, validate, where, type DepartmentSpec, type ProjectSpec } from './forms';

// Cells of the clean department form: 基本支出 C5, 项目支出 C6, 财政拨款 E5, 其他资金 E6,
// 财政专项资金 C8, 其他事业发展性支出 C9, 市本级使用资金 E8, 拟用于对下转移支付资金 E9,
// key tasks' 拟投入的资金 D12 and D13. The clean project form (当年度金额 10 万元) goes on 表2.
const run = (dept: Partial<DepartmentSpec>, ...projects: Partial<ProjectSpec>[]) =>
  validate([departmentText(dept), ...(projects.length > 0 ? projects : [{}]).map((p) => projectText(p))]);

describe('amount.negative', () => {
  it('fires on a negative amount', () => {
    const findings = run({}, { total: '-10万元', annual: '10万元' });
    expect(where(findings, 'amount.negative')).toEqual(['表2!D7']);
    expect(ofRule(findings, 'amount.negative')[0].message).toBe('「总金额」为「-10万元」，金额不能为负数，请核实。');
  });

  it('is quiet on the clean forms', () => {
    expect(ofRule(run({}), 'amount.negative')).toEqual([]);
  });
});

describe('amount.precision', () => {
  it.each([
    ['89.12345', '10.87655', ['表1!C5', '表1!C6', '表2!D7', '表2!F7']],
    ['89.1234', '10.8766', []],
  ])('%s + %s', (basic, project, cells) => {
    const findings = run({ basic, project }, { total: project, annual: project });
    expect(where(findings, 'amount.precision')).toEqual(cells);
  });

  it('reads amounts written in 元 as 万元', () => {
    const findings = run({}, { total: '100,000.5元', annual: '100,000.5元' });
    expect(where(findings, 'amount.precision')).toEqual(['表2!D7', '表2!F7']);
    expect(ofRule(findings, 'amount.precision')[0].message).toBe(
      '「总金额」折合 10.00005 万元，超过 4 位小数（以万元填报的金额最多保留 4 位小数），请核实金额和单位。',
    );
    const loose = validate([projectText({ total: '100,000.5元', annual: '100,000.5元' })], { precisionDecimals: 6 });
    expect(ofRule(loose, 'amount.precision')).toEqual([]);
  });
});

describe('amount.balance', () => {
  it('fires at 财政拨款 when spending and income differ', () => {
    const findings = run({ fiscal: '90' });
    expect(where(findings, 'amount.balance')).toEqual(['表1!E5']);
    expect(ofRule(findings, 'amount.balance')[0]).toMatchObject({
      severity: 'error',
      cells: ['E5', 'E6', 'C5', 'C6'],
      message:
        '「基本支出」与「项目支出」合计 100 万元，「财政拨款」与「其他资金」合计 90 万元，两者应相等（相差 10 万元），请核实。',
    });
  });

  it.each([
    [{ fiscal: '90', other: '10' }],
    [{ fiscal: '100.004' }],
  ])('is quiet on %j', (change) => {
    expect(ofRule(run(change), 'amount.balance')).toEqual([]);
  });
});

describe('amount.level-split', () => {
  it.each([
    [{ ownLevel: '90' }, {}, ['表1!E8']],
    [{ ownLevel: '90', transfer: '10' }, {}, []],
    [{ ownLevel: '', transfer: '' }, {}, []],
    [{ ownLevel: '90', fiscal: '90', other: '10' }, { levelSplitBase: 'fiscalAppropriation' as const }, []],
    [{ ownLevel: '100', fiscal: '90', other: '10' }, { levelSplitBase: 'fiscalAppropriation' as const }, ['表1!E8']],
  ])('%j with %j', (change, settings, cells) => {
    const findings = validate([departmentText(change), projectText()], settings);
    expect(where(findings, 'amount.level-split')).toEqual(cells);
  });

  it('names the base in its message', () => {
    const [f] = ofRule(run({ ownLevel: '90' }), 'amount.level-split');
    expect(f.message).toBe('「本级使用资金」与「拟用于对下转移支付资金」合计 90 万元，与「基本支出」与「项目支出」之和 100 万元不符，请核实。');
  });
});

describe('amount.development-funds', () => {
  it.each([
    [{ special: '8', otherDevelopment: '5' }, ['表1!C8']],
    [{ special: '', otherDevelopment: '12' }, ['表1!C8']],
    [{ special: '8', otherDevelopment: '2' }, []],
  ])('%j', (change, cells) => {
    expect(where(run(change), 'amount.development-funds')).toEqual(cells);
  });
});

describe('amount.project-sum and amount.project-sum-short', () => {
  it('fires an error when 项目支出 is less than the projects’ sum', () => {
    const findings = run({ basic: '92', project: '8' });
    expect(where(findings, 'amount.project-sum')).toEqual(['表1!C6']);
    expect(ofRule(findings, 'amount.project-sum')[0].message).toBe(
      '「项目支出」为 8 万元，小于工作簿中 1 张项目申报表的当年度金额之和 10 万元，请核实。',
    );
    expect(ofRule(findings, 'amount.project-sum-short')).toEqual([]);
  });

  it('warns when 项目支出 is more than the sum', () => {
    const findings = run({ basic: '85', project: '15' });
    expect(where(findings, 'amount.project-sum-short')).toEqual(['表1!C6']);
    expect(ofRule(findings, 'amount.project-sum-short')[0]).toMatchObject({ severity: 'warning' });
    expect(ofRule(findings, 'amount.project-sum')).toEqual([]);
  });

  it('counts 二级项目 forms only when a 一级项目 form is there too', () => {
    const findings = run(
      { basic: '80', project: '20' },
      { level: '一级项目', total: '20万元', annual: '20万元' },
      { projectName: '培训甲', total: '12万元', annual: '12万元' },
      { projectName: '培训乙', total: '8万元', annual: '8万元' },
    );
    expect(ofRule(findings, 'amount.project-sum')).toEqual([]);
    expect(ofRule(findings, 'amount.project-sum-short')).toEqual([]);
  });

  it('does not call the sum short when a project amount cannot be read', () => {
    const findings = run({ basic: '85', project: '15' }, {}, { projectName: '培训乙', total: '若干', annual: '若干' });
    expect(ofRule(findings, 'amount.project-sum-short')).toEqual([]);
  });

  it('is quiet without project forms', () => {
    expect(validate([departmentText({ basic: '90', project: '10' })])).toEqual([]);
  });
});

describe('amount.key-tasks', () => {
  it('fires when the key tasks add up to more than the budget', () => {
    const findings = run({ taskFunds: ['60', '50'] });
    expect(where(findings, 'amount.key-tasks')).toEqual(['表1!D12']);
    expect(ofRule(findings, 'amount.key-tasks')[0]).toMatchObject({
      cells: ['D12', 'D13'],
      message: '年度重点工作任务的「拟投入的资金」合计 110 万元，超过「部门预算支出」100 万元，请核实各项任务的金额和单位（万元）。',
    });
    expect(ofRule(run({ taskFunds: ['60', '40'] }), 'amount.key-tasks')).toEqual([]);
  });
});
