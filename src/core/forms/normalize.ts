/**
 * Text as labels and names are compared: NFKC (full-width letters, digits, brackets, colons and the
 * ideographic space become half-width) and without any white space.
 */
import { valueText, type CellValue } from '../snapshot';
import { TextMemo } from './textMemo';

/**
 * A value as text: numbers in plain decimal form without binary noise, booleans as TRUE/FALSE, ""
 * for empty. A cell's text as the user sees it (`120%` for 1.2 in `0%`) is `displayText`
 * (snapshot.ts), which SheetGrid's cells carry.
 */
export function cellText(v: CellValue): string {
  return valueText(v);
}

/** Results of compactText: the same labels and names recur in every form of a workbook. */
const compacted = new Map<string, string>();
const MAX_CACHED = 100_000;

/** "服务对象 满意度指标" → "服务对象满意度指标"; "预算金额（万元）" → "预算金额(万元)". */
export function compactText(text: string): string {
  let out = compacted.get(text);
  if (out === undefined) {
    out = text.normalize('NFKC').replace(/\s+/g, '');
    if (compacted.size >= MAX_CACHED) compacted.clear();
    compacted.set(text, out);
  }
  return out;
}

/** `compactText` with a trailing colon and a bracketed remark or unit removed: "拟投入的资金(万元)" → "拟投入的资金". */
export function labelKey(text: string): string {
  return labelKeys.get(text);
}

const labelKeys = new TextMemo((text: string): string => {
  let s = compactText(text).replace(/[:：]+$/, '');
  // Bracketed remarks at the end: (万元), (可选填), (概述), (跨年度项目需填写)…
  for (;;) {
    const next = s.replace(/\([^()]*\)$/, '');
    if (next === s || next.length === 0) break;
    s = next;
  }
  return s;
});

/** The unit a label names in brackets: "预算金额(万元)" → "万元". */
export function labelUnit(text: string): '万元' | '元' | null {
  const m = /\((万元|元)\)/.exec(compactText(text));
  return m ? (m[1] as '万元' | '元') : null;
}
