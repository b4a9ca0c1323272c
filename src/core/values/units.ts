/**
 * Units written after a number, and the unit an indicator's name carries in parentheses.
 */
import { normalizeSpacing } from './normalize';

/** Units of time: a value in one of these is a duration. */
export const TIME_UNITS: readonly string[] = [
  '个工作日', '工作日', '个自然日', '自然日', '个小时', '小时', '分钟', '秒', '日', '天', '周', '个星期', '星期',
  '个月', '月', '个季度', '季度', '年',
];

const OTHER_UNITS: readonly string[] = [
  '%', '‰', '个百分点', '百分点', '倍',
  '亿元', '万元', '千元', '元', '元/人', '元/人次', '元/平方米', '元/米', '元/公里', '万元/公里', '万元/个',
  '万人次', '万人', '人次', '人', '万户', '户', '家', '个', '间', '项', '次', '场', '期', '批', '轮', '件', '套', '台',
  '辆', '座', '所', '条', '篇', '份', '本', '册', '张', '块', '处', '名', '位', '部', '类', '种', '栋', '幢', '层',
  '盏', '棵', '株', '只', '头', '匹', '床', '宗', '起', '例', '课时', '学时', '门', '班', '校', '村', '镇', '组',
  '单', '笔', '款', '架', '艘', '根', '片', '段', '点', '站', '网点',
  '千米', '公里', '米', '厘米', '毫米', '平方公里', '平方千米', '平方米', '万平方米', '立方米', '万立方米', '亩',
  '万亩', '公顷', '吨', '万吨', '千克', '公斤', '克', '升', '千瓦', '千瓦时', '万千瓦时', '度', '分',
  'km', 'm', 'cm', 'mm', 'm²', 'm2', 'm³', 'm3', 'km²', 'kg', 't', 'kW', 'kWh', 'MW', 'GB', 'TB', 'Mbps', 'h',
];

/** Every known unit, longest first (so `个工作日` wins over `个`). */
const KNOWN_UNITS: readonly string[] = [...TIME_UNITS, ...OTHER_UNITS].sort((a, b) => b.length - a.length);

export function isTimeUnit(unit: string | null): boolean {
  return unit !== null && TIME_UNITS.includes(unit);
}

export function isKnownUnit(unit: string): boolean {
  return KNOWN_UNITS.includes(unit);
}

/** Characters that start a comparison or connecting word rather than a unit (以上, 及以上, 内, 之间, 左右 …). */
const NOT_A_UNIT_START = /^[以及或内之左前后的为至到和与、~±-]/u;

/**
 * The unit at the start of `text` (just after a number): `(unit)` as the budget system prints it,
 * a known unit, a compound `元/人`, or else one Chinese measure word or a run of Latin letters.
 */
export function unitAtStart(text: string): { unit: string; length: number } | null {
  const paren = /^\(([^()\d]{1,8})\)/u.exec(text);
  if (paren) return { unit: paren[1], length: paren[0].length };
  let unit = KNOWN_UNITS.find((u) => text.startsWith(u)) ?? null;
  if (unit === null) {
    const latin = /^[A-Za-z²³]{1,5}/.exec(text);
    if (latin) unit = latin[0];
    else if (/^\p{Script=Han}/u.test(text) && !NOT_A_UNIT_START.test(text)) unit = [...text][0];
  }
  if (unit === null) return null;
  // A compound such as 元/人 or 次/年 that is not in the list.
  const per = /^\/([\p{Script=Han}A-Za-z²³]+?)(?=$|[^\p{Script=Han}A-Za-z²³]|[以及或内之])/u.exec(text.slice(unit.length));
  if (per && per[1].length <= 4) return { unit: `${unit}/${per[1]}`, length: unit.length + per[0].length };
  return { unit, length: unit.length };
}

/**
 * The unit an indicator's name carries at its end in parentheses (`年度资金支出进度（%）` → `%`,
 * `新增数量（个）` → `个`, `(单位：万元)` → `万元`); null when the parentheses hold something else.
 */
export function unitFromIndicatorName(name: string): string | null {
  const m = /\(([^()]*)\)$/.exec(normalizeSpacing(name));
  if (!m) return null;
  const inner = m[1].replace(/\s+/g, '').replace(/^单位[:：]?/, '');
  if (inner.length === 0) return null;
  if (isKnownUnit(inner)) return inner;
  const parts = inner.split('/');
  if (parts.length === 2 && parts.every((p) => isKnownUnit(p) || /^\p{Script=Han}{1,2}$/u.test(p))) return inner;
  // One or two Chinese characters read as a measure word (台, 人次 …); anything longer is a remark.
  if (/^\p{Script=Han}{1,2}$/u.test(inner) && !/[填写选注见]/.test(inner)) return inner;
  return null;
}
