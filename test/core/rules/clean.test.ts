import { recognizeWorkbook } from '../../../src/core/forms';
import { departmentText, projectText, validate, workbookOfTexts } from './forms';

describe('clean forms', () => {
  it('are recognised as written', () => {
    const r = recognizeWorkbook(workbookOfTexts(departmentText(), projectText()));
    expect(r.forms.map((f) => f.kind)).toEqual(['department', 'project']);
    expect(r.forms[0].indicators.map((i) => i.name.value)).toHaveLength(6);
    expect(r.forms[1].indicators.map((i) => i.annualTarget)).toHaveLength(6);
  });

  it('give no findings, alone or together', () => {
    expect(validate([projectText()])).toEqual([]);
    expect(validate([departmentText({ project: '0', basic: '100' })])).toEqual([]);
    expect(validate([departmentText(), projectText()])).toEqual([]);
  });
});
