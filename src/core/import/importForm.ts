/**
 * One recognised form as the standard form it becomes: its fields, its indicators, and the notes
 * on whatever of its rows the standard form cannot hold.
 */
import { parseCell, parseRange } from '../address';
import type { DepartmentForm, TargetForm } from '../forms';
import type { SheetGrid } from '../forms/grid';
import { compactText } from '../forms/normalize';
import { cellValue } from '../snapshot';
import { departmentTitle, PROJECT_TITLE, type Level, LEVELS } from '../templates';
import { addNote, use, type FormContext } from './formContext';
import { departmentFields, projectFields } from './formFields';
import { formIndicators } from './formIndicators';
import { listLeftovers } from './leftovers';
import type { SourceSheet } from './sources';
import type { ImportedForm, ImportNote } from './types';

const DEFAULT_LEVEL: Level = '市';

/** 本级 of a department form: from its title (市级…) or its 市本级使用资金 label. */
function levelOf(src: SourceSheet, form: DepartmentForm): Level {
  const title = form.title ? compactText(form.title.text) : '';
  const fromTitle = /([省市县区])级/.exec(title)?.[1];
  if (fromTitle && (LEVELS as readonly string[]).includes(fromTitle)) return fromTitle as Level;
  const labelCell = form.ownLevelFunds.labelCell;
  if (labelCell) {
    const { row, col } = parseCell(labelCell);
    const own = /^([省市县区])本级/.exec(compactText(String(cellValue(src.snapshot, row, col))))?.[1];
    if (own) return own as Level;
  }
  return DEFAULT_LEVEL;
}

function checkTitle(ctx: FormContext, standard: string): void {
  const title = ctx.form.title;
  if (!title) return;
  use(ctx, title.cell);
  if (compactText(title.text) !== compactText(standard)) {
    addNote(ctx, title.cell, {
      label: '标题',
      text: title.text,
      reason: 'title',
      detail: { zh: `已换为标准表标题「${standard}」`, en: `replaced by the standard title ${standard}` },
    });
  }
}

/** The form's name as recognised (部门名称 or 项目名称), '' when missing. */
export function formName(form: TargetForm): string {
  const f = form.kind === 'department' ? form.departmentName : form.projectName;
  return (f.value ?? '').trim();
}

/** Imports one form recognised on `grid` (the source's sheet), to be created on `sheet`. */
export function importForm(
  src: SourceSheet,
  grid: SheetGrid,
  form: TargetForm,
  sheet: string,
): { form: ImportedForm; notes: ImportNote[] } {
  const ctx: FormContext = { src, form, sheet, used: new Set(), notes: [] };
  const range = parseRange(form.range);
  const place = src.locateRows(range.top, range.bottom);
  const base = {
    name: formName(form),
    sheet,
    source: src.source,
    location: place.zh,
    locationEn: place.en,
  };
  let imported: ImportedForm;
  if (form.kind === 'department') {
    const level = levelOf(src, form);
    checkTitle(ctx, departmentTitle(level));
    const { fields, count } = departmentFields(ctx, form);
    const indicators = formIndicators(ctx, form);
    if (indicators.length > 0) fields.indicators = indicators;
    imported = { ...base, kind: 'department', level, fields, indicatorCount: indicators.length, fieldCount: count };
    listLeftovers(ctx, grid, range.top, range.bottom, level);
  } else {
    checkTitle(ctx, PROJECT_TITLE);
    const { fields, count } = projectFields(ctx, form);
    const indicators = formIndicators(ctx, form);
    if (indicators.length > 0) fields.indicators = indicators;
    imported = { ...base, kind: 'project', fields, indicatorCount: indicators.length, fieldCount: count };
    listLeftovers(ctx, grid, range.top, range.bottom, DEFAULT_LEVEL);
  }
  return { form: imported, notes: ctx.notes };
}
