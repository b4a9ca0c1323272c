/**
 * structure.missing-value: a 三级 indicator without a value in a column that applies (a
 * single-year project's 实施周期 column may be blank). structure.missing-name: a value without a
 * 三级 name.
 */
import type { Finding } from '../../findings';
import { isUnusedMarker, normalizeSpacing } from '../../values';
import { defineRule } from '../define';
import type { IndicatorEntry, ValueCell } from '../entries';
import { formFinding, q, qEn } from '../finding';
import { valueFindings, type Problem, type ValueHit } from '../valueRule';
import { isMultiYear } from '../project/years';

/** Whether the column must hold a value: 实施周期 only for a project known to span several years. */
function applies(entry: IndicatorEntry, value: ValueCell): boolean {
  if (value.key !== 'periodTarget') return true;
  return entry.form.kind === 'project' && isMultiYear(entry.form);
}

function missing(name: string, text: string): Problem {
  return (at) =>
    text.trim() === ''
      ? {
          zh: `「${name}」的${at.zh}${at.both ? '均' : ''}未填写，请填写目标值；不适用时请填「不适用」或删除此行。`,
          en: `The ${at.en} of "${name}" ${at.both ? 'are' : 'is'} empty. Please fill in a target, or write 不适用 or delete the row if it does not apply.`,
        }
      : {
          zh: `「${name}」的${at.zh}${at.both ? '均' : ''}只填了${q(text)}，没有目标值，请填写；不适用时请填「不适用」或删除此行。`,
          en: `The ${at.en} of "${name}" ${at.both ? 'hold' : 'holds'} only ${qEn(text)}, no target. Please fill one in, or write 不适用 or delete the row if it does not apply.`,
        };
}

export const missingValueRule = defineRule({
  id: 'structure.missing-value',
  severity: 'error',
  title: { zh: '指标值未填写', en: 'Indicator value missing' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    const entries = ctx.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.unused || entry.nameState !== 'real') continue;
      let hits: ValueHit[] | null = null;
      for (let j = 0; j < entry.values.length; j++) {
        const value = entry.values[j];
        if (value.parsed.kind !== 'empty' || !applies(entry, value)) continue;
        (hits ??= []).push({ value, problem: missing(entry.name, value.field.text) });
      }
      if (hits) findings.push(...valueFindings(rule, entry, hits));
    }
    return findings;
  },
});

export const missingNameRule = defineRule({
  id: 'structure.missing-name',
  severity: 'error',
  title: { zh: '指标值没有指标名称', en: 'Value without an indicator name' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (let k = 0; k < ctx.entries.length; k++) {
      const entry = ctx.entries[k];
      if (entry.unused || (entry.nameState !== 'blank' && entry.nameState !== 'unused')) continue;
      const cell = entry.indicator.name.cell;
      const values = entry.values.filter((v) => !isUnusedMarker(v.field.text));
      if (cell === null || values.length === 0) continue;
      const shown = normalizeSpacing(values[values.length - 1].field.text);
      findings.push(
        formFinding(
          rule,
          {
            form: entry.form,
            formIndex: entry.formIndex,
            cell,
            cells: values.map((v) => v.cell),
            indicator: null,
            value: values[values.length - 1].field.text,
          },
          {
            zh: `第 ${entry.indicator.row} 行填了指标值${q(shown)}，但没有三级指标名称，请补充指标名称。`,
            en: `Row ${entry.indicator.row} has the value ${qEn(shown)} but no indicator name. Please add the name.`,
          },
        ),
      );
    }
    return findings;
  },
});
