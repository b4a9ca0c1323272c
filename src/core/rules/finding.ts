/**
 * Building findings: where they point, and the small pieces of wording the messages share.
 */
import { SEVERITY_ORDER, type Finding, type Severity } from '../findings';
import type { TargetForm } from '../forms';
import { TextMemo } from '../forms/textMemo';
import { normalizeSpacing } from '../values';
import { cellRef } from './cellRef';
import type { RuleId } from './ids';
import type { Message } from './types';

export interface RuleHead {
  id: RuleId;
  severity: Severity;
}

export interface FindingAt {
  form: TargetForm;
  formIndex: number;
  cell: string;
  /** Other cells involved (on the same sheet); `cell` is put first. */
  cells?: readonly string[];
  indicator?: string | null;
  value?: string | null;
}

/** A finding on one form's sheet. */
export function formFinding(rule: RuleHead, at: FindingAt, message: Message): Finding {
  const others = at.cells ?? [];
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: at.form.sheet,
    cell: at.cell,
    cells: others.length === 0 ? [at.cell] : [...new Set([at.cell, ...others])],
    form: at.formIndex,
    indicator: at.indicator ?? null,
    value: at.value ?? null,
    message: message.zh,
    messageEn: message.en,
  };
}

/** A finding about the whole workbook (no sheet, no cell). */
export function workbookFinding(rule: RuleHead, message: Message): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: null,
    cell: null,
    cells: [],
    form: null,
    indicator: null,
    value: null,
    message: message.zh,
    messageEn: message.en,
  };
}

/** The cell a finding about a form as a whole points at: its title, or the top-left of its range. */
export function formCell(form: TargetForm): string {
  return form.title?.cell ?? form.range.split(':')[0];
}

const FIGURE = /^[-+\d.,%‰≥≤<>=±~()（）\s]+$/u;

/**
 * A value or name as a message quotes it: figures plainly after a space (`为 120%`), anything with
 * words in 「」. White space runs are shown as one space.
 */
export function q(text: string): string {
  return quoted.get(text);
}

// Messages quote the same few values over and over: each quoted once.
const quoted = new TextMemo((text) => {
  const shown = normalizeSpacing(text);
  return FIGURE.test(shown) && /\d/.test(shown) ? ` ${shown}` : `「${shown}」`;
});

/** `q` in the middle of a sentence: figures get a space on both sides (`为 120% 的`). */
export function qm(text: string): string {
  const quoted = q(text);
  return quoted.startsWith(' ') ? `${quoted} ` : quoted;
}

/** The same for English: figures plainly, words in double quotes. */
export function qEn(text: string): string {
  return quotedEn.get(text);
}

const quotedEn = new TextMemo((text) => {
  const shown = normalizeSpacing(text);
  return FIGURE.test(shown) && /\d/.test(shown) ? shown : `"${shown}"`;
});

/** An amount in 万元 as messages show it: up to 6 decimals, no trailing zeros. */
export function wan(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function position(f: Finding, sheetOrder: Map<string, number>): [number, number, number] {
  if (f.sheet === null || f.cell === null) return [-1, 0, 0];
  let row = 0;
  let col = 0;
  try {
    const ref = cellRef(f.cell);
    row = ref.row;
    col = ref.col;
  } catch {
    // A cell that is not an address sorts first on its sheet.
  }
  return [sheetOrder.get(f.sheet) ?? sheetOrder.size, row, col];
}

/**
 * Findings in reading order: workbook-level first, then by sheet order, row, column; ties by
 * severity and rule id.
 */
export function sortFindings(findings: Finding[], sheets: readonly string[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const s of sheets) if (!sheetOrder.has(s)) sheetOrder.set(s, sheetOrder.size);
  const keyed = findings.map((f) => ({ f, p: position(f, sheetOrder), severity: SEVERITY_ORDER.indexOf(f.severity) }));
  keyed.sort(
    (a, b) =>
      a.p[0] - b.p[0] ||
      a.p[1] - b.p[1] ||
      a.p[2] - b.p[2] ||
      a.severity - b.severity ||
      (a.f.rule < b.f.rule ? -1 : a.f.rule > b.f.rule ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}
