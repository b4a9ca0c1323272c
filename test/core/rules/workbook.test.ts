import { recognizeWorkbook, snapshotFromText } from '../../../src/core/forms';
import { validateForms, validateWorkbook } from '../../../src/core/rules';
import { workbookOf } from '../../fixtures/forms/seedForms';
import { CLEAN_PROJECT_ROWS, departmentText, projectText, workbookOfTexts } from './forms';

describe('workbook.no-form', () => {
  it('fires once, with no sheet or cell, on a workbook without forms', () => {
    const wb = workbookOf([snapshotFromText('姓名\t电话\n张三\t123', { sheetName: '通讯录' })]);
    const { recognition, findings } = validateWorkbook(wb);
    expect(recognition.forms).toEqual([]);
    expect(findings).toEqual([
      {
        rule: 'workbook.no-form',
        severity: 'error',
        sheet: null,
        cell: null,
        cells: [],
        form: null,
        indicator: null,
        value: null,
        message: '工作簿中没有找到部门整体或项目支出绩效目标申报表（通讯录（没有申报表的栏目）），请确认附件是否正确。',
        messageEn:
          'No department or project target form was found in the workbook (通讯录 (not-a-form)). Please check that this is the right file.',
      },
    ]);
  });

  it('fires on an empty workbook and not on one with a form', () => {
    expect(validateWorkbook(workbookOf([])).findings.map((f) => f.rule)).toEqual(['workbook.no-form']);
    expect(validateWorkbook(workbookOfTexts(projectText())).findings).toEqual([]);
  });
});

describe('validateWorkbook', () => {
  const flawed = () =>
    workbookOfTexts(
      departmentText({ fiscal: '90' }),
      projectText({ rows: [...CLEAN_PROJECT_ROWS, ['', '', '资金使用合规性', '符合规定', '符合规定']] }),
    );

  it('sorts findings by sheet order, row and column', () => {
    const wb = flawed();
    // Sheet positions reversed: 表2 comes first.
    wb.sheets[0].index = 1;
    wb.sheets[1].index = 0;
    const { findings } = validateWorkbook(wb);
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([
      '表2!D18 department.coverage',
      '表2!F18 value.qualitative',
      '表1!E5 amount.balance',
    ]);
  });

  it('skips disabled rules', () => {
    const { findings } = validateWorkbook(flawed(), { disabled: ['amount.balance', 'department.coverage'] });
    expect(findings.map((f) => f.rule)).toEqual(['value.qualitative']);
  });

  it('gives the same findings as validateForms on the recognition', () => {
    const wb = flawed();
    expect(validateForms(recognizeWorkbook(wb))).toEqual(validateWorkbook(wb).findings);
  });

  it('sets the form index of each finding', () => {
    const { findings } = validateWorkbook(flawed());
    expect(findings.map((f) => [f.rule, f.form])).toEqual([
      ['amount.balance', 0],
      ['department.coverage', 1],
      ['value.qualitative', 1],
    ]);
  });
});
