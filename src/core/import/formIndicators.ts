/**
 * The indicator table of a recognised form as the standard form's indicator rows. Recognition has
 * put every indicator under its 一级/二级 and every value in its column (repairing shifted rows);
 * here a row holding several indicators is split (pairs.ts), values beyond the value columns and
 * indicators under unknown 一级/二级 are listed in the notes, and a project form with one value
 * column fills the other column when the project is single-year.
 */
import { cellA1 } from '../address';
import type { Field, HierarchyField, Indicator, ProjectForm, TargetForm } from '../forms';
import { categoryOf } from '../hierarchy';
import { MAX_INDICATOR_ROWS, type TemplateIndicator } from '../templates';
import { addNote, use, useField, type FormContext } from './formContext';
import { splitFlattenedRow } from './pairs';

type ValueKey = 'target' | 'periodTarget' | 'annualTarget';

const VALUE_NAMES: Record<ValueKey, string> = {
  target: '指标值',
  periodTarget: '实施周期指标值',
  annualTarget: '当年度指标值',
};

function valueFields(ind: Indicator): [ValueKey, Field<string>][] {
  return 'target' in ind
    ? [['target', ind.target]]
    : [
        ['periodTarget', ind.periodTarget],
        ['annualTarget', ind.annualTarget],
      ];
}

function text(f: Field<string>): string {
  return (f.value ?? '').trim();
}

/** Notes a 一级/二级 cell whose text is no known name (once per cell). */
function checkHierarchyCell(ctx: FormContext, f: HierarchyField, seen: Set<string>): void {
  useField(ctx, f);
  if (f.value !== null || !f.cell || f.text.trim() === '' || seen.has(f.cell)) return;
  seen.add(f.cell);
  addNote(ctx, f.cell, { label: '一级/二级指标', text: f.text.trim(), reason: 'unknown-hierarchy-name' });
}

/**
 * When a project form has one value column, the other column's value: the same for a
 * single-year project (起始年度 = 到期年度), else nothing (and a note, once).
 */
function singleColumnFill(ctx: FormContext, form: ProjectForm): ValueKey | null {
  const cols = form.indicatorTable?.valueCols ?? [];
  if (cols.length !== 1) return null;
  const have = cols[0].key as ValueKey;
  const other: ValueKey = have === 'annualTarget' ? 'periodTarget' : 'annualTarget';
  const start = form.startYear.value;
  const end = form.endYear.value;
  if (start !== null && start === end) return other;
  if (form.indicators.length > 0 && form.indicatorTable) {
    addNote(ctx, cellA1(form.indicatorTable.headerRow, cols[0].col), {
      label: cols[0].header || VALUE_NAMES[have],
      text: '',
      reason: 'single-value-column',
      detail: {
        zh: `原表只有一列指标值，已填入「${VALUE_NAMES[have]}」；「${VALUE_NAMES[other]}」请补填`,
        en: `the original has one column of values, put in ${VALUE_NAMES[have]}; please fill in ${VALUE_NAMES[other]}`,
      },
    });
  }
  return null;
}

/** The form's indicators for the template, in table order; how many there are. */
export function formIndicators(ctx: FormContext, form: TargetForm): TemplateIndicator[] {
  const out: TemplateIndicator[] = [];
  const seen = new Set<string>();
  const table = form.indicatorTable;
  if (table) {
    const cols = [table.labelCol, table.categoryCol, table.subcategoryCol, table.indicatorCol, ...table.valueCols.map((v) => v.col)];
    for (const col of cols) if (col !== null) use(ctx, cellA1(table.headerRow, col));
  }
  for (const p of form.placeholderRows) {
    checkHierarchyCell(ctx, p.category, seen);
    checkHierarchyCell(ctx, p.subcategory, seen);
  }
  const fill = form.kind === 'project' ? singleColumnFill(ctx, form) : null;
  const perSubcategory = new Map<string, number>();

  for (const ind of form.indicators) {
    checkHierarchyCell(ctx, ind.category, seen);
    checkHierarchyCell(ctx, ind.subcategory, seen);
    useField(ctx, ind.name);
    const values = valueFields(ind);
    for (const [, f] of values) useField(ctx, f);
    const name = text(ind.name);
    for (const extra of ind.extraValues) {
      addNote(ctx, extra.cell, { label: name, text: extra.text.trim(), reason: 'extra-value' });
    }

    const sub = ind.subcategory.value;
    const spec = sub ? categoryOf(sub) : undefined;
    if (!sub || !spec) {
      const label = [ind.category.text, ind.subcategory.text].map((t) => t.trim()).filter((t) => t !== '').join(' / ');
      if (name !== '') addNote(ctx, ind.name.cell, { label, text: name, reason: 'unknown-subcategory' });
      for (const [key, f] of values) {
        if (text(f) !== '') addNote(ctx, f.cell, { label: `${name}（${VALUE_NAMES[key]}）`, text: text(f), reason: 'unknown-subcategory' });
      }
      continue;
    }

    const texts = values.map(([, f]) => text(f));
    const flat = splitFlattenedRow(name, texts);
    const rows = flat.kind === 'split' ? flat.rows : [{ name, values: texts }];
    if (flat.kind === 'kept-whole') {
      addNote(ctx, ind.name.cell, {
        label: sub,
        text: name,
        reason: 'kept-whole',
        detail: {
          zh: `指标值：${texts.filter((t) => t !== '').join(' | ')}`,
          en: `values: ${texts.filter((t) => t !== '').join(' | ')}`,
        },
      });
    }
    for (const row of rows) {
      const n = perSubcategory.get(sub) ?? 0;
      if (n >= MAX_INDICATOR_ROWS) {
        addNote(ctx, ind.name.cell, { label: sub, text: [row.name, ...row.values].filter((t) => t !== '').join(' | '), reason: 'too-many-rows' });
        continue;
      }
      perSubcategory.set(sub, n + 1);
      const indicator: TemplateIndicator = { category: spec.name, subcategory: sub, name: row.name };
      values.forEach(([key], k) => {
        indicator[key] = row.values[k];
      });
      if (fill) indicator[fill] = fill === 'periodTarget' ? indicator.annualTarget : indicator.periodTarget;
      out.push(indicator);
    }
  }
  return out;
}
