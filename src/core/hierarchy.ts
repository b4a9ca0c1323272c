/**
 * The fixed 一级 → 二级 indicator hierarchy (Ministry of Finance framework, 财预〔2021〕101号), in the
 * order the forms list it. Names are the current official spellings.
 */

export interface CategorySpec {
  /** 一级指标 */
  name: string;
  /** 二级指标, in form order */
  subcategories: readonly string[];
}

export const HIERARCHY: readonly CategorySpec[] = [
  { name: '成本指标', subcategories: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
  { name: '产出指标', subcategories: ['数量指标', '质量指标', '时效指标'] },
  { name: '效益指标', subcategories: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
  { name: '满意度指标', subcategories: ['服务对象满意度指标'] },
];

export const CATEGORY_NAMES: readonly string[] = HIERARCHY.map((c) => c.name);

/** The 一级 a 二级 belongs to, by exact current name; undefined when unknown. */
export function categoryOf(subcategory: string): CategorySpec | undefined {
  return HIERARCHY.find((c) => c.subcategories.includes(subcategory));
}

export function categorySpec(category: string): CategorySpec | undefined {
  return HIERARCHY.find((c) => c.name === category);
}
