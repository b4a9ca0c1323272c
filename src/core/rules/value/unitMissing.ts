/**
 * value.unit-missing: a quantity with no unit at all, neither in the value nor in the indicator's
 * name (`15`). Cost indicators are left to value.cost-unit, which asks for an amount.
 */
import { defineValueRule, subjectEn, subjectZh, type Problem } from '../valueRule';

function noUnit(name: string, text: string): Problem {
  return (at) => ({
    zh: `${subjectZh(name, at, text)}，没有计量单位，请写明单位（如「15个」「95%」），或在指标名称后注明，如「${name}（个）」。`,
    en: `${subjectEn(name, at, text)}, with no unit; add one (15个, 95%) or put it in the name, as in "${name}（个）".`,
  });
}

export const unitMissingRule = defineValueRule({
  id: 'value.unit-missing',
  severity: 'warning',
  title: { zh: '指标值缺少计量单位', en: 'Quantity without a unit' },
  check(value, entry) {
    const v = value.parsed;
    if ((v.kind !== 'quantity' && v.kind !== 'range') || v.unit !== null || entry.traits.cost) return null;
    return noUnit(entry.name, value.field.text);
  },
});
