/**
 * Every indicator row of the recognised forms, with its value cells parsed once, for the rules to
 * share.
 */
import type { Field, Indicator, IndicatorValueKey, TargetForm, WorkbookRecognition } from '../forms';
import { isUnusedMarker, parseTargetValue, type TargetValue } from '../values';
import type { RuleSettings } from './settings';
import { traitsReader, type IndicatorTraits } from './traits';

/**
 * How a 三级 name reads: `real`; `blank`; `unused` (`/`, `—`, `无`); `placeholder` (`XX`, `*`, `待定`).
 */
export type NameState = 'real' | 'blank' | 'unused' | 'placeholder';

export interface ValueCell {
  key: IndicatorValueKey;
  field: Field<string>;
  /** The cell, always set (value columns the form has no place for are left out). */
  cell: string;
  parsed: TargetValue;
}

export interface IndicatorEntry {
  form: TargetForm;
  formIndex: number;
  indicator: Indicator;
  /** The 三级 name as typed, trimmed ('' when none). */
  name: string;
  nameState: NameState;
  /** Name and every value are blank or unused markers: a row left unused, not an error. */
  unused: boolean;
  traits: IndicatorTraits;
  /** The value cells in column order (实施周期 before 当年度), blank ones included. */
  values: ValueCell[];
}

/** Kinds of values that say nothing to check: blank or `/`, a placeholder, `不适用`. */
export function isCheckable(v: TargetValue): boolean {
  return v.kind !== 'empty' && v.kind !== 'placeholder' && v.kind !== 'notApplicable';
}

/** A value that is there: neither blank nor an unused marker (`不适用` and placeholders count). */
export function isPresent(v: TargetValue): boolean {
  return v.kind !== 'empty';
}

function nameStateOf(text: string): NameState {
  if (text.trim() === '') return 'blank';
  if (isUnusedMarker(text)) return 'unused';
  return parseTargetValue(text).kind === 'placeholder' ? 'placeholder' : 'real';
}

/** What the entries of one 三级 name share: how the name reads, and its values parsed once each. */
interface NameFacts {
  state: NameState;
  /** Parsed values by text (the same value under the same name recurs across forms). */
  parsed: Map<string, TargetValue>;
}

function valueOf(facts: NameFacts, text: string, indicatorName: string): TargetValue {
  let parsed = facts.parsed.get(text);
  if (parsed === undefined) {
    parsed = parseTargetValue(text, { indicatorName });
    facts.parsed.set(text, parsed);
  }
  return parsed;
}

function addValue(values: ValueCell[], key: IndicatorValueKey, field: Field<string>, name: string, facts: NameFacts): void {
  if (field.cell !== null) values.push({ key, field, cell: field.cell, parsed: valueOf(facts, field.text, name) });
}

/** The value cells of an indicator the form has a place for, in column order. */
function valueCells(form: TargetForm, indicator: Indicator, name: string, facts: NameFacts): ValueCell[] {
  const values: ValueCell[] = [];
  if ('target' in indicator) addValue(values, 'target', indicator.target, name, facts);
  else if (form.kind === 'project') {
    addValue(values, 'periodTarget', indicator.periodTarget, name, facts);
    addValue(values, 'annualTarget', indicator.annualTarget, name, facts);
  }
  return values;
}

export function entriesOf(recognition: WorkbookRecognition, settings: RuleSettings): IndicatorEntry[] {
  const entries: IndicatorEntry[] = [];
  const names = new Map<string, NameFacts>();
  const traits = traitsReader(settings);
  const forms = recognition.forms;
  // Indexed loops: they run for every indicator, mostly before they are optimised.
  for (let formIndex = 0; formIndex < forms.length; formIndex++) {
    const form = forms[formIndex];
    for (let i = 0; i < form.indicators.length; i++) {
      const indicator = form.indicators[i];
      const name = indicator.name.text.trim();
      let facts = names.get(name);
      if (!facts) {
        facts = { state: nameStateOf(name), parsed: new Map() };
        names.set(name, facts);
      }
      const values = valueCells(form, indicator, name, facts);
      const nameState = facts.state;
      const unused =
        (nameState === 'blank' || nameState === 'unused') && values.every((v) => isUnusedMarker(v.field.text));
      entries.push({
        form,
        formIndex,
        indicator,
        name,
        nameState,
        unused,
        traits: traits(indicator),
        values,
      });
    }
  }
  return entries;
}

const byFormCache = new WeakMap<readonly IndicatorEntry[], Map<TargetForm, IndicatorEntry[]>>();

/**
 * The entries of one form, in order. Grouped once per entries list, so that a rule going form by
 * form costs the number of entries, not forms × entries.
 */
export function entriesOfForm(entries: readonly IndicatorEntry[], form: TargetForm): readonly IndicatorEntry[] {
  let byForm = byFormCache.get(entries);
  if (!byForm) {
    byForm = new Map();
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k];
      const list = byForm.get(e.form);
      if (list) list.push(e);
      else byForm.set(e.form, [e]);
    }
    byFormCache.set(entries, byForm);
  }
  return byForm.get(form) ?? [];
}
