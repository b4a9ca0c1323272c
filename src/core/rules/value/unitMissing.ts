/**
 * value.unit-missing: a quantity with no unit at all, neither in the value nor in the indicator's
 * name (`15`). Cost indicators are left to value.cost-unit, which asks for an amount.
 */
import { defineValueRule, subjectEn, subjectZh } from '../valueRule';

export const unitMissingRule = defineValueRule({
  id: 'value.unit-missing',
  severity: 'warning',
  title: { zh: '指标值缺少计量单位', en: 'Quantity without a unit' },
  check(value, entry) {
    const v = value.parsed;
    if ((v.kind !== 'quantity' && v.kind !== 'range') || v.unit !== null || entry.traits.cost) return null;
    return (at) => ({
      zh: `${subjectZh(entry.name, at, value.field.text)}，没有计量单位，请写明单位（如「15个」「95%」），或在指标名称后注明，如「${entry.name}（个）」。`,
      en: `${subjectEn(entry.name, at, value.field.text)}, with no unit; add one (15个, 95%) or put it in the name, as in "${entry.name}（个）".`,
    });
  },
});
