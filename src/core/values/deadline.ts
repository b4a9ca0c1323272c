/**
 * Deadlines: `2025年12月底前`, `12月31日前`, `年底前`, `2026年内`, `2025-12-31前`, `6月30日前完成`.
 */
import type { Deadline } from './types';

export interface DeadlineParse {
  deadline: Deadline;
  /** The word that makes it a deadline (前, 之前, 底, 内 …), null when only a date is written. */
  marker: string | null;
  /** Words after it (`完成`, `办结`). */
  suffix: string;
}

const MARKER = '之前|以前|为止|前|止|内';
const CHINESE = new RegExp(
  '^(?:于|在)?' +
    String.raw`(?:(\d{4})年度?|((?:本|当|今)?年度?)(?=底|末|内))?` +
    String.raw`(?:(\d{1,2})月份?)?` +
    String.raw`(?:(\d{1,2})[日号])?` +
    '(底|末)?' +
    `(${MARKER})?` +
    String.raw`(\D*)$`,
  'u',
);
const NUMERIC = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(${MARKER})?(\D*)$`, 'u');

/** Words a deadline may be followed by: what is due then. */
const DUE = /^(?:$|完成|办结|竣工|完工|到位|建成|结束|上线|交付|验收|实施|开工|启动|全部|报送|上报|提交|支付|拨付|发放|兑现|前)/u;

function plausible(year: number | null, month: number | null, day: number | null): boolean {
  if (year !== null && (year < 1900 || year > 2199)) return false;
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && (day < 1 || day > 31)) return false;
  return true;
}

/**
 * Reads a deadline from compact text (see compactForGrammar): null when it is not one,
 * 'unrecognized' when it is written as one with an impossible date (13月底前).
 */
export function parseDeadline(compact: string): DeadlineParse | 'unrecognized' | null {
  const numeric = NUMERIC.exec(compact);
  if (numeric) {
    const [, y, mo, d, marker, suffix] = numeric;
    // 2025.12 alone is a number, 2025-12 alone a range: a deadline needs a day or a marker.
    if (d === undefined && marker === undefined) return null;
    if (!DUE.test(suffix)) return null;
    const deadline: Deadline = { year: Number(y), month: Number(mo), day: d ? Number(d) : null, endOf: null };
    if (!plausible(deadline.year, deadline.month, deadline.day)) return 'unrecognized';
    return { deadline, marker: marker ?? null, suffix };
  }
  const m = CHINESE.exec(compact);
  if (!m) return null;
  const [, y, yearWord, mo, d, end, marker, suffix] = m;
  const year = y ? Number(y) : null;
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  const hasYear = year !== null || yearWord !== undefined;
  if (!hasYear && month === null && day === null) return null;
  if (!DUE.test(suffix)) return null;
  if (day !== null && end !== undefined) return null;
  if (day !== null && month === null && (year !== null || marker === undefined || marker === '内')) return null;
  // 6月 or 6月内 alone reads as a number of months (a duration).
  if (!hasYear && day === null && end === undefined && (marker === undefined || marker === '内')) return null;
  if (yearWord !== undefined && month !== null) return null;
  if (!plausible(year, month, day)) return end !== undefined || marker !== undefined || day !== null ? 'unrecognized' : null;
  let endOf: Deadline['endOf'] = null;
  if (end !== undefined) endOf = month !== null ? 'month' : 'year';
  else if (marker === '内' && month === null && day === null) endOf = 'year';
  const markerText = end !== undefined ? `${end}${marker ?? ''}` : (marker ?? null);
  return { deadline: { year, month, day, endOf }, marker: markerText, suffix };
}
