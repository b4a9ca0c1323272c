import { CLEAN_PROJECT_ROWS, departmentText, ofRule, projectText, validate, where } from './forms';

describe('department.goal', () => {
  it.each([[''], ['<p></p>']])('fires on the goal %j', (goal) => {
    const findings = validate([departmentText({ goal, basic: '100', project: '0' })]);
    expect(where(findings, 'department.goal')).toEqual(['表1!B10']);
    expect(ofRule(findings, 'department.goal')[0]).toMatchObject({
      severity: 'error',
      message: '「总体绩效目标」未填写，请概述部门本年度的整体绩效目标。',
    });
  });
});

describe('department.coverage', () => {
  it('fires on a project indicator the department form lacks', () => {
    const rows = [...CLEAN_PROJECT_ROWS, ['', '', '培训教材发放数', '≥100册', '≥100册']];
    const findings = validate([departmentText(), projectText({ rows })]);
    expect(where(findings, 'department.coverage')).toEqual(['表2!D18']);
    expect(ofRule(findings, 'department.coverage')[0].message).toBe(
      '项目指标「培训教材发放数」没有列入部门整体申报表（表1）的绩效指标，「汇总」时会补入部门表。',
    );
  });

  it('is quiet without a department form', () => {
    const rows = [...CLEAN_PROJECT_ROWS, ['', '', '培训教材发放数', '≥100册', '≥100册']];
    expect(ofRule(validate([projectText({ rows })]), 'department.coverage')).toEqual([]);
  });
});

describe('project.department', () => {
  const dept = (name: string) => departmentText({ name, basic: '70', project: '30' });
  const project = (department: string, i: number) => projectText({ department, projectName: `项目${i}` });

  it.each([
    ['the department when the projects agree against it', '测试市人社局', ['测试市人力资源局', '测试市人力资源局', '测试市人力资源局'], ['表1!B2']],
    ['the odd project out', '测试市人力资源局', ['测试市人力资源局', '测试市人力资源局', '测试市人社局'], ['表4!C5']],
    ['a single differing project', '测试市人力资源局', ['测试市人社局'], ['表2!C5']],
    ['both sides of a split', '测试市人力资源局', ['测试市人社局', '测试市劳动局'], ['表2!C5', '表3!C5']],
    ['nothing after normalising spaces and widths', 'ＡＢ市人力资源局', ['AB市 人力资源局'], []],
  ])('points at %s', (_label, deptName, projects, cells) => {
    const findings = validate([dept(deptName), ...projects.map(project)]);
    expect(where(findings, 'project.department')).toEqual(cells);
  });

  it('names both spellings and the sheets', () => {
    const findings = validate([dept('测试市人社局'), project('测试市人力资源局', 1), project('测试市人力资源局', 2)]);
    expect(ofRule(findings, 'project.department')[0].message).toBe(
      '「部门名称」为「测试市人社局」，而 2 张项目申报表（表2、表3）的「主管部门」均为「测试市人力资源局」，两者不一致，请核实哪个名称正确并统一。',
    );
  });
});
