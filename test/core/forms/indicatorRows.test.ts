import { recognizeSheet, snapshotFromText, type DepartmentForm } from '../../../src/core/forms';

// A small department form whose indicator rows carry the flaws the seed does not show.
const TEXT = [
  '部门名称\t某局',
  '财政供养人员数\t12',
  '基本支出\t10',
  '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
  '\t预期产出指标\t数量指标\t培训人次\t100人次',
  '\t\t\t\t结业证书发放数\t90份',
  '\t\t质量\t培训合格率\t≥95%',
  '\t效果指标\t环境效益指标\t能耗下降\t比上年下降2%',
  '\t\t服务对象满意度指标\t学员满意度\t≥90%',
  '\t其他指标\t\t宣传次数\t4次',
  '\t\t\t\t5%',
  '备注：本表由部门填报。',
  '\t\t\t不属于表格\t1',
].join('\n');

describe('indicator rows beyond the seed', () => {
  const [form] = recognizeSheet(snapshotFromText(TEXT)) as DepartmentForm[];
  const rows = form.indicators.map((i) => [
    i.row,
    i.category.value,
    i.category.text,
    i.subcategory.value,
    i.subcategory.text,
    i.name.value,
    i.target.value,
    i.target.cell,
    i.notes,
  ]);

  it('reads legacy and short names as current ones, keeping the text as written', () => {
    expect(rows[0]).toEqual([5, '产出指标', '预期产出指标', '数量指标', '数量指标', '培训人次', '100人次', 'E5', []]);
    expect(rows[2]).toEqual([7, '产出指标', '预期产出指标', '质量指标', '质量', '培训合格率', '≥95%', 'E7', []]);
    expect(rows[3]).toEqual([8, '效益指标', '效果指标', '生态效益指标', '环境效益指标', '能耗下降', '比上年下降2%', 'E8', []]);
  });

  it('reads a row shifted right in order', () => {
    expect(rows[1]).toEqual([6, '产出指标', '预期产出指标', '数量指标', '数量指标', '结业证书发放数', '90份', 'F6', ['shifted-right']]);
    expect(form.indicators[1].name.cell).toBe('E6');
  });

  it('takes the 一级 from the hierarchy when a 二级 does not belong to the one above', () => {
    expect(rows[4]).toEqual([9, '满意度指标', '', '服务对象满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', 'E9', ['category-inferred']]);
    expect(form.indicators[4].category.cell).toBeNull();
  });

  it('keeps an unknown 一级 as written, with no current name', () => {
    expect(rows[5]).toEqual([10, null, '其他指标', null, '', '宣传次数', '4次', 'E10', []]);
    expect(form.indicators[5].category.cell).toBe('B10');
  });

  it('keeps a value that has no name, with the name cell where the name belongs', () => {
    expect(rows[6]).toEqual([11, null, '其他指标', null, '', null, '5%', 'E11', []]);
    expect(form.indicators[6].name).toEqual({ value: null, text: '', cell: 'D11', labelCell: 'D4' });
  });

  it('ends the table at 备注', () => {
    expect(form.indicatorTable?.lastRow).toBe(11);
    expect(form.indicators).toHaveLength(7);
  });
});
