import { recognizeWorkbook, snapshotFromText, type ProjectForm } from '../../../src/core/forms';
import { readFixture, workbookOf } from '../../fixtures/forms/seedForms';

describe('the Shanghai (普陀区) project form layout', () => {
  const { forms, otherSheets } = recognizeWorkbook(
    workbookOf([snapshotFromText(readFixture('example-shanghai-putuo.txt'), { sheetName: '兰溪路' })]),
  );
  const form = forms[0] as ProjectForm;

  it('is one project form', () => {
    expect(otherSheets).toEqual([]);
    expect(forms.map((f) => f.kind)).toEqual(['project']);
    expect(form.title).toEqual({ text: '财政项目支出绩效目标申报表（2026年度）', cell: 'A1' });
    expect(form.range).toBe('A1:H20');
  });

  it('reads amounts written in 元 under 金额单位：元 as 万元', () => {
    expect(form.amountUnit).toBe('元');
    expect(form.totalBudget).toEqual({ value: 77132.58, text: '771,325,800.00', cell: 'B7', labelCell: 'A7' });
    expect(form.annualBudget).toEqual({ value: 22614.51, text: '226,145,100.00', cell: 'B8', labelCell: 'A8' });
  });

  it('reads the planned dates as years', () => {
    expect(form.startYear).toEqual({ value: 2026, text: '2026/1/1', cell: 'B5', labelCell: 'A5' });
    expect(form.endYear).toEqual({ value: 2027, text: '2027/12/31', cell: 'D5', labelCell: 'C5' });
  });

  it('maps its labels to the glossary fields', () => {
    expect(form.projectName).toMatchObject({ value: '兰溪路-真南路下立交工程', cell: 'B2' });
    expect(form.supervisingDepartment).toMatchObject({ value: '上海市普陀区建设和管理委员会', cell: 'B3' });
    expect(form.spendingUnit).toMatchObject({ value: '上海市普陀区市政工程建设中心', cell: 'D3', labelCell: 'C3' });
    expect(form.projectType).toMatchObject({ value: '特定目标类', cell: 'D4', labelCell: 'C4' });
    expect(form.periodGoal).toMatchObject({ cell: 'B9', labelCell: 'A9' });
    expect(form.periodGoal.value).toMatch(/^为居民出行提供快速便捷的通道/);
    expect(form.annualGoal).toMatchObject({
      value: '积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。',
      cell: 'B10',
    });
    // No label for these in this layout (项目性质 is not 项目等级).
    expect(form.projectLevel).toEqual({ value: null, text: '', cell: null, labelCell: null });
    expect(form.overview).toEqual({ value: null, text: '', cell: null, labelCell: null });
  });

  it('reads its nine indicators into the 当年度 column', () => {
    expect(form.indicatorTable).toMatchObject({
      headerRow: 11,
      labelCol: null,
      categoryCol: 1,
      subcategoryCol: 2,
      indicatorCol: 3,
      valueCols: [{ key: 'annualTarget', col: 4, header: '年度(/项目)指标值' }],
    });
    const rows = form.indicators.map((i) => [
      i.row,
      i.category.value,
      i.subcategory.value,
      i.name.value,
      i.annualTarget.value,
      i.annualTarget.cell,
      i.notes,
    ]);
    expect(rows).toEqual([
      [12, '成本指标', '生态环境成本指标', '文明施工情况', '可控', 'D12', []],
      [13, '产出指标', '数量指标', '道路建设长度', '985米', 'D13', []],
      [14, '产出指标', '质量指标', '项目验收达标率', '=100.00(%)', 'D14', []],
      [15, '产出指标', '时效指标', '项目完成及时性', '及时', 'D15', []],
      [16, '效益指标', '社会效益指标', '道路安全隐患减少情况', '减少', 'D16', []],
      [17, '效益指标', '社会效益指标', '道路景观提升情况', '提升', 'D17', []],
      [18, '效益指标', '社会效益指标', '道路通行能力提升情况', '提升', 'D18', []],
      [19, '效益指标', '可持续影响指标', '长效管理制度健全性', '健全', 'D19', []],
      [20, '满意度指标', '服务对象满意度指标', '居民群众满意度', '≥90.00(%)', 'D20', []],
    ]);
    // A single value column: no place for a 实施周期 value.
    expect(form.indicators.every((i) => i.periodTarget.cell === null && i.periodTarget.value === null)).toBe(true);
    expect(form.placeholderRows).toEqual([]);
  });
});
