import { isTimeUnit, unitFromIndicatorName } from '../../../src/core/values';

describe('unitFromIndicatorName', () => {
  it.each([
    ['年度资金支出进度（%）', '%'],
    ['年度资金支出进度(%)', '%'],
    ['一般贸易进出口增速（%）', '%'],
    ['本年全市新增工业企业上规模数量（个）', '个'],
    ['新增数量（个）', '个'],
    ['预算金额（万元）', '万元'],
    ['培训人次（单位：人次）', '人次'],
    ['人均成本(元/人)', '元/人'],
    ['办结时限（个工作日）', '个工作日'],
    ['设备数量（台）', '台'],
    ['满意度（％） ', '%'],
  ])('%s → %s', (name, unit) => {
    expect(unitFromIndicatorName(name)).toBe(unit);
  });

  it.each([
    ['企业满意度'],
    ['实施周期总目标（跨年度项目需填写）'],
    ['（%）满意度'],
    ['数量（2025年）'],
    ['数量()'],
    [''],
  ])('%s has none', (name) => {
    expect(unitFromIndicatorName(name)).toBeNull();
  });
});

describe('isTimeUnit', () => {
  it('knows the units of a duration', () => {
    expect(['个工作日', '日', '天', '月', '个月', '年', '小时'].every(isTimeUnit)).toBe(true);
    expect(['%', '个', '万元', '次'].some(isTimeUnit)).toBe(false);
    expect(isTimeUnit(null)).toBe(false);
  });
});
