/**
 * 导入 preview: the forms found in the inputs, as the standard forms they become, and every piece
 * of input text they cannot hold. Pure: nothing is read from or written to a workbook.
 */
import { parseRange } from '../address';
import { recognizeSheet } from '../forms';
import { SheetGrid } from '../forms/grid';
import { uniqueSheetName } from '../sheetName';
import { defaultSheetName } from '../templates';
import { importForm, formName } from './importForm';
import { sourceSheets, type SourceSheet } from './sources';
import type { ImportedForm, ImportInput, ImportNote, ImportPreview } from './types';

export interface PlanImportOptions {
  /** Sheet names already in the workbook: the proposed names avoid them. */
  takenSheets?: readonly string[];
}

/** Longest text quoted from an input in which no form was found. */
const MAX_QUOTE = 40;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > MAX_QUOTE ? `${[...flat].slice(0, MAX_QUOTE).join('')}…` : flat;
}

function noForm(src: SourceSheet, grid: SheetGrid): ImportNote {
  const first = grid.cells(grid.nonEmptyRows()[0])[0];
  return {
    source: src.source,
    location: src.sheetName ?? '',
    locationEn: src.sheetName ?? '',
    form: null,
    label: '',
    text: quote(first.text),
    reason: 'no-form',
    detail: '没有找到部门整体或项目支出绩效目标申报表（需有“部门名称”或“项目名称”等栏目）',
    detailEn: 'No department or project performance target form was found (it needs fields such as 部门名称 or 项目名称).',
  };
}

/** Cells of the sheet outside every form's rows. */
function outside(src: SourceSheet, grid: SheetGrid, bands: { top: number; bottom: number }[]): ImportNote[] {
  const notes: ImportNote[] = [];
  for (const row of grid.nonEmptyRows()) {
    if (bands.some((b) => row >= b.top && row <= b.bottom)) continue;
    for (const c of grid.cells(row)) {
      const place = src.locate(c.row, c.col);
      notes.push({
        source: src.source,
        location: place.zh,
        locationEn: place.en,
        form: null,
        label: '',
        text: c.text.trim(),
        reason: 'outside-form',
      });
    }
  }
  return notes;
}

/**
 * The forms of the inputs, in input order and top to bottom, each with the sheet it will be created
 * on (unique among them and `takenSheets`; `importForms` checks again against the workbook), and the
 * notes on what they cannot hold. Several forms in one input are split at each title or first
 * label (部门名称, 项目名称).
 */
export function planImport(inputs: readonly ImportInput[], options: PlanImportOptions = {}): ImportPreview {
  const taken = [...(options.takenSheets ?? [])];
  const forms: ImportedForm[] = [];
  const unplaced: ImportNote[] = [];
  for (const input of inputs) {
    const { sheets, skipped } = sourceSheets(input);
    for (const s of skipped) {
      unplaced.push({
        source: s.source,
        location: s.sheet,
        locationEn: s.sheet,
        form: null,
        label: '',
        text: s.sheet,
        reason: 'sheet-skipped',
        detail: s.reason === 'hidden' ? '隐藏的工作表，未读取' : '加载项生成的工作表，未读取',
        detailEn: s.reason === 'hidden' ? 'a hidden sheet, not read' : 'a sheet the add-in made, not read',
      });
    }
    for (const src of sheets) {
      const grid = new SheetGrid(src.snapshot);
      if (grid.isEmpty()) continue;
      const found = recognizeSheet(src.snapshot);
      if (found.length === 0) {
        unplaced.push(noForm(src, grid));
        continue;
      }
      const bands = found.map((f) => parseRange(f.range));
      for (const form of found) {
        const sheet = uniqueSheetName(
          defaultSheetName(form.kind, form.kind === 'project' ? { projectName: formName(form) } : {}),
          taken,
          defaultSheetName(form.kind),
        );
        taken.push(sheet);
        const result = importForm(src, grid, form, sheet);
        forms.push(result.form);
        unplaced.push(...result.notes);
      }
      unplaced.push(...outside(src, grid, bands));
    }
  }
  return { forms, unplaced };
}
