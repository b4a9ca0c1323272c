import { matchHierarchyName, type HierarchyNameMatch } from '../../../src/core/forms';

describe('matchHierarchyName', () => {
  it.each<[string, boolean, HierarchyNameMatch | null]>([
    ['产出指标', false, { level: 'category', name: '产出指标', category: '产出指标', spelling: 'exact' }],
    ['数量指标', false, { level: 'subcategory', name: '数量指标', category: '产出指标', spelling: 'exact' }],
    ['服务对象 满意度指标', false, { level: 'subcategory', name: '服务对象满意度指标', category: '满意度指标', spelling: 'variant' }],
    // Spaces around a name are a matter for text.whitespace, not a different spelling.
    ['　成本指标 ', false, { level: 'category', name: '成本指标', category: '成本指标', spelling: 'exact' }],
    ['成本　指标', false, { level: 'category', name: '成本指标', category: '成本指标', spelling: 'variant' }],
    ['预期产出指标', false, { level: 'category', name: '产出指标', category: '产出指标', spelling: 'legacy' }],
    ['效果指标', false, { level: 'category', name: '效益指标', category: '效益指标', spelling: 'legacy' }],
    ['环境效益指标', false, { level: 'subcategory', name: '生态效益指标', category: '效益指标', spelling: 'legacy' }],
    ['社会公众或服务对象满意度指标', false, { level: 'subcategory', name: '服务对象满意度指标', category: '满意度指标', spelling: 'legacy' }],
    ['满意度', true, { level: 'category', name: '满意度指标', category: '满意度指标', spelling: 'short' }],
    ['时效', true, { level: 'subcategory', name: '时效指标', category: '产出指标', spelling: 'short' }],
    ['满意度', false, null],
    ['服务对象满意度', false, null],
    ['企业满意度', true, null],
    ['一级指标', true, null],
    ['', true, null],
  ])('%s (short names %s)', (text, allowShort, expected) => {
    expect(matchHierarchyName(text, { allowShort })).toEqual(expected);
  });
});
