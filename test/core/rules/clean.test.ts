import { recognizeWorkbook } from '../../../src/core/forms';
import { departmentText, projectText, validate, workbookOfTexts } from './forms';

describe('clean forms', () => {
  it('are recognised as written', () => {
    const r = recognizeWorkbook(workbookOfTexts(departmentText(), projectText()));
    expect(r.forms.map((f) => f.kind)).toEqual(['department', 'project']);
    const [dept, project] = r.forms;
    expect(dept.indicators.map((i) => i.name.value)).toEqual([
      '项目总成本',
      '培训人数',
      '培训合格率',
      '培训完成时间',
      '参训人员技能提升人数',
      '参训人员满意度',
    ]);
    if (project.kind !== 'project') throw new Error('expected a project form');
    expect(project.indicators.map((i) => [i.periodTarget.cell, i.annualTarget.cell])).toEqual([
      ['E12', 'F12'],
      ['E13', 'F13'],
      ['E14', 'F14'],
      ['E15', 'F15'],
      ['E16', 'F16'],
      ['E17', 'F17'],
    ]);
  });

  it('give no findings, alone or together', () => {
    expect(validate([projectText()])).toEqual([]);
    expect(validate([departmentText({ project: '0', basic: '100' })])).toEqual([]);
    expect(validate([departmentText(), projectText()])).toEqual([]);
  });
});
