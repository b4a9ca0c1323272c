/**
 * value.cost-unit: a 成本指标 value is an amount (元, 万元, 元/人 …) or a control rate pointing the right
 * way (成本控制率 ≤, 节约率 ≥).
 * value.cost-exceeds: a cost amount is not above the project's 总金额 (after converting 元/万元).
 */
import type { TargetValue } from '../../values';
import { wan } from '../finding';
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';
import { withComparison } from './valueText';

const PER_WAN: Record<string, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 };

/** The money unit a value's unit starts with (`元/人` → 元), or null. */
function moneyUnit(unit: string | null): string | null {
  const m = unit === null ? null : /^(元|千元|万元|亿元)(?:\/.+)?$/.exec(unit);
  return m ? m[1] : null;
}

function isAmount(v: TargetValue): boolean {
  return (v.kind === 'quantity' || v.kind === 'range') && moneyUnit(v.unit) !== null;
}

function wrongControlDirection(name: string, text: string, control: 'down' | 'up', better: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，${control === 'down' ? '成本控制率应写成上限' : '节约率应写成下限'}，如「${better}」，请修改。`,
    en: `${subjectEn(name, at, text)}; a ${control === 'down' ? 'cost-control rate should be an upper bound' : 'saving rate should be a lower bound'}, such as ${better}.`,
  });
}

function notAnAmount(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，成本指标应填写金额（如「≤18.24万元」「≤500元/人」），请改为以元或万元表示的成本。`,
    en: `${subjectEn(name, at, text)}; a cost indicator should be an amount (such as ≤18.24万元 or ≤500元/人), in 元 or 万元.`,
  });
}

function aboveTotal(name: string, text: string, amount: number, total: number): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，折合 ${wan(amount)} 万元，超过项目「总金额」${wan(total)} 万元，请核实金额和单位。`,
    en: `${subjectEn(name, at, text)}, that is ${wan(amount)} 万元, more than the project total of ${wan(total)} 万元; please check the amount and its unit.`,
  });
}

export const costUnitRule = defineValueRule({
  id: 'value.cost-unit',
  severity: 'warning',
  title: { zh: '成本指标不是金额', en: 'Cost indicator not an amount' },
  check(value, entry) {
    const v = value.parsed;
    if (!entry.traits.cost || v.kind === 'unrecognized' || isAmount(v)) return null;
    const text = value.field.text;
    const name = entry.name.replace(/\s+/g, '');
    const control = /控制率/.test(name) ? 'down' : /节约率|节支率|降低率/.test(name) ? 'up' : null;
    if (control && v.kind === 'quantity' && v.comparison !== null) {
      const up = v.comparison === '>=' || v.comparison === '>';
      const down = v.comparison === '<=' || v.comparison === '<';
      if ((control === 'down' && down) || (control === 'up' && up)) return null;
      const better = withComparison(v, control === 'down' ? '≤' : '≥');
      return wrongControlDirection(entry.name, text, control, better);
    }
    return notAnAmount(entry.name, text);
  },
});

export const costExceedsRule = defineValueRule({
  id: 'value.cost-exceeds',
  severity: 'warning',
  title: { zh: '成本金额超过项目总金额', en: 'Cost above the project total' },
  check(value, entry, settings) {
    const form = entry.form;
    const v = value.parsed;
    if (form.kind !== 'project' || !entry.traits.cost || !isAmount(v) || (v.unit ?? '').includes('/')) return null;
    const total = form.totalBudget.value;
    const figure = v.kind === 'range' ? v.high : v.value;
    const unit = moneyUnit(v.unit);
    if (total === null || figure === null || unit === null) return null;
    const amount = figure * PER_WAN[unit];
    if (amount <= total + settings.amountTolerance) return null;
    return aboveTotal(entry.name, value.field.text, amount, total);
  },
});
