/**
 * 本级: the government level a form is for. It changes a few words of the department form:
 * 市级部门整体预算绩效目标申报表, 市本级使用资金, 本表的填报主体是市级一级预算单位.
 */

export type Level = '省' | '市' | '县' | '区';

export const LEVELS: readonly Level[] = ['省', '市', '县', '区'];
export const DEFAULT_LEVEL: Level = '市';

/** "市" → "市级" */
export function levelAdjective(level: Level): string {
  return `${level}级`;
}

/** "市" → "市本级" */
export function ownLevel(level: Level): string {
  return `${level}本级`;
}
