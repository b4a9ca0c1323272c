/**
 * project.single-year-targets: a single-year project's 实施周期 and 当年度 values agree.
 * project.annual-exceeds-period: a multi-year project's cumulative 当年度 quantity is not above its
 * 实施周期 quantity.
 */
import type { Finding } from '../../findings';
import type { ProjectForm } from '../../forms';
import type { TargetValue } from '../../values';
import { defineRule } from '../define';
import { isCheckable, type IndicatorEntry, type ValueCell } from '../entries';
import { formFinding, q, qEn, qm, type RuleHead } from '../finding';
import type { Message } from '../types';
import { isMultiYear, isSingleYear } from './years';

function meaning(v: TargetValue): string {
  return JSON.stringify([v.kind, v.comparison, v.value, v.low, v.high, v.unit, v.yes, v.frequency, v.deadline]);
}

/** Whether two values say the same (`95%以上` and `≥95%` do). */
export function sameTarget(a: TargetValue, b: TargetValue): boolean {
  const compact = (v: TargetValue) => v.normalizedText.replace(/\s+/g, '');
  if (compact(a) === compact(b)) return true;
  const figures = new Set(['quantity', 'range', 'yesno', 'frequency', 'duration', 'deadline']);
  return figures.has(a.kind) && meaning(a) === meaning(b);
}

interface TargetPair {
  entry: IndicatorEntry;
  form: ProjectForm;
  period: ValueCell;
  annual: ValueCell;
}

/** The real indicators of project forms whose years pass `years`, with both target values. */
function targetPairs(entries: readonly IndicatorEntry[], years: (form: ProjectForm) => boolean): TargetPair[] {
  const out: TargetPair[] = [];
  // Indexed loops: every indicator of every form passes here, mostly before it is optimised.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const form = entry.form;
    if (form.kind !== 'project' || entry.unused || entry.nameState !== 'real' || !years(form)) continue;
    let period: ValueCell | undefined;
    let annual: ValueCell | undefined;
    for (let j = 0; j < entry.values.length; j++) {
      const v = entry.values[j];
      if (v.key === 'periodTarget') period ??= v;
      else if (v.key === 'annualTarget') annual ??= v;
    }
    if (period && annual) out.push({ entry, form, period, annual });
  }
  return out;
}

/** A finding at the 当年度 value, pointing at the 实施周期 value too. */
function pairFinding(rule: RuleHead, p: TargetPair, message: Message): Finding {
  return formFinding(
    rule,
    {
      form: p.form,
      formIndex: p.entry.formIndex,
      cell: p.annual.cell,
      cells: [p.period.cell],
      indicator: p.entry.name,
      value: p.annual.field.text,
    },
    message,
  );
}

export const singleYearTargetsRule = defineRule({
  id: 'project.single-year-targets',
  severity: 'warning',
  title: { zh: '单年度项目两列指标值不一致', en: 'Single-year project: the two target columns differ' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const p of targetPairs(ctx.entries, isSingleYear)) {
      if (p.period.parsed.kind === 'empty' || p.annual.parsed.kind === 'empty') continue;
      if (sameTarget(p.period.parsed, p.annual.parsed)) continue;
      findings.push(
        pairFinding(rule, p, {
          zh: `项目只在 ${p.form.startYear.value} 年实施，但「${p.entry.name}」的实施周期指标值为${q(p.period.field.text)}，当年度指标值为${q(p.annual.field.text)}，两者应一致，请核实。`,
          en: `The project runs in ${p.form.startYear.value} only, but "${p.entry.name}" has the period target ${qEn(p.period.field.text)} and the current-year target ${qEn(p.annual.field.text)}; they should agree.`,
        }),
      );
    }
    return findings;
  },
});

/** Units of quantities that add up over the years (counts, lengths, amounts), not rates or times. */
function cumulative(v: TargetValue): boolean {
  if (v.kind !== 'quantity' || v.value === null || v.unit === null) return false;
  if (/^(?:%|‰|个?百分点|倍|分)$/.test(v.unit) || v.unit.includes('/')) return false;
  return v.comparison !== '<=' && v.comparison !== '<';
}

export const annualExceedsPeriodRule = defineRule({
  id: 'project.annual-exceeds-period',
  severity: 'warning',
  title: { zh: '当年度数量大于实施周期数量', en: 'Current-year quantity above the period quantity' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const p of targetPairs(ctx.entries, isMultiYear)) {
      if (/率|度$|进度|比例|占比|指数/.test(p.entry.name)) continue;
      if (!isCheckable(p.period.parsed) || !isCheckable(p.annual.parsed)) continue;
      const a = p.annual.parsed;
      const b = p.period.parsed;
      if (!cumulative(a) || !cumulative(b) || a.unit !== b.unit) continue;
      if ((a.value as number) <= (b.value as number)) continue;
      findings.push(
        pairFinding(rule, p, {
          zh: `「${p.entry.name}」的当年度指标值${qm(p.annual.field.text)}大于实施周期指标值${q(p.period.field.text)}，一年的数量不应超过整个实施周期，请核实。`,
          en: `The current-year target of "${p.entry.name}" (${qEn(p.annual.field.text)}) is above its implementation-period target (${qEn(p.period.field.text)}); one year cannot exceed the whole period.`,
        }),
      );
    }
    return findings;
  },
});
