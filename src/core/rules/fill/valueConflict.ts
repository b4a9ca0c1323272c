/**
 * fill.value-conflict: 汇总 found different values for one indicator (between projects, or between a
 * project and the department's own row). The summary fill produces these findings; validation has no
 * check for it.
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { normalizeSpacing } from '../../values';
import { q, qEn } from '../finding';

const HEAD = { id: 'fill.value-conflict', severity: 'warning' } as const;

export const valueConflictRule = defineRule({
  ...HEAD,
  title: { zh: '汇总时指标值不一致', en: 'Conflicting values in the summary' },
  check: () => [],
});

export interface ValueConflict {
  /** The sheet and cell of the department row the summary fill wrote (or kept). */
  sheet: string;
  cell: string;
  cells?: string[];
  /** Index of the department form in the recognition, when known. */
  form: number | null;
  indicator: string;
  /** Where each value came from (项目名称, or 部门 for the department's own row) and the value as typed. */
  values: { source: string; value: string }[];
  /** The value the summary kept. */
  kept: string;
}

/** The finding for one conflict, worded for the user. */
export function valueConflictFinding(c: ValueConflict): Finding {
  const listZh = c.values.map((v) => `${v.source}为「${normalizeSpacing(v.value)}」`).join('、');
  const listEn = c.values.map((v) => `${v.source}: ${qEn(v.value)}`).join('; ');
  return {
    rule: HEAD.id,
    severity: HEAD.severity,
    sheet: c.sheet,
    cell: c.cell,
    cells: [...new Set([c.cell, ...(c.cells ?? [])])],
    form: c.form,
    indicator: c.indicator,
    value: c.kept,
    message: `「${c.indicator}」在各表中的指标值不一致（${listZh}），汇总保留了${q(c.kept)}，请核实。`,
    messageEn: `"${c.indicator}" has different values (${listEn}); the summary kept ${qEn(c.kept)}. Please check.`,
  };
}
