/**
 * Turns the basic fields a user types (text boxes in the pane, CLI options) into typed template
 * fields: amounts to 万元 (`18.24`, `18.24万元`, `182,400元`), years to numbers. Text that is not
 * a valid amount or year is refused with FieldValueError rather than written into a number cell.
 */
import { FieldValueError } from '../errors';
import { readYear } from '../forms/readValue';
import { parseAmountWan } from '../values';
import type { FieldsOf, FormKind, ValueType } from './fields';

const TYPES: Record<string, ValueType> = {
  fundedStaff: 'count',
  subordinateUnits: 'count',
  startYear: 'year',
  endYear: 'year',
  totalBudget: 'amount',
  annualBudget: 'amount',
  basicExpenditure: 'amount',
  projectExpenditure: 'amount',
  fiscalAppropriation: 'amount',
  otherFunds: 'amount',
  specialFunds: 'amount',
  otherDevelopmentFunds: 'amount',
  ownLevelFunds: 'amount',
  transferFunds: 'amount',
};

export function fieldsFromText<K extends FormKind>(_kind: K, text: Record<string, string>): Partial<FieldsOf<K>> {
  const out: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(text)) {
    const value = raw.trim();
    if (value === '') continue;
    const type = TYPES[key] ?? 'text';
    if (type === 'text') {
      out[key] = value;
      continue;
    }
    const n =
      type === 'amount' ? parseAmountWan(value) : type === 'year' ? readYear(value) : /^\d+$/.test(value.normalize('NFKC')) ? Number(value.normalize('NFKC')) : null;
    if (n === null || (type === 'amount' && n < 0)) throw new FieldValueError(key, value, type);
    out[key] = n;
  }
  return out as Partial<FieldsOf<K>>;
}
