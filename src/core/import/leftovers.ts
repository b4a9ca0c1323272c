/**
 * The input cells of a form that recognition did not use, listed in the notes so that no text is
 * dropped silently. Not listed: labels the standard form prints itself (any spelling of its own
 * labels, 金额单位 lines — amounts are converted to 万元 — and 备注 lines equal to the standard
 * form's notes). A leftover label is listed with the value right of it (`项目性质 | 阶段性项目`).
 */
import { cellA1 } from '../address';
import { isLabelText, isRemarkText, unitLine } from '../forms/labels';
import { compactText, labelKey } from '../forms/normalize';
import { readAmount } from '../forms/readValue';
import type { GridCell, SheetGrid } from '../forms/grid';
import { templateCells, type Level } from '../templates';
import { addNote, type FormContext } from './formContext';

/** Label keys and note texts the standard form prints, per kind and level. */
function templateTexts(kind: 'department' | 'project', level: Level): { labels: Set<string>; notes: Set<string> } {
  const labels = new Set<string>();
  const notes = new Set<string>();
  for (const c of templateCells(kind, 'A1', { level })) {
    if (c.role === 'note') notes.add(compactText(c.text));
    else if (c.role === 'label') labels.add(labelKey(c.text));
  }
  return { labels, notes };
}

/** The 绩效指标 label that some layouts repeat down the table. */
function isTableLabel(text: string): boolean {
  return compactText(text) === '绩效指标';
}

function formatWan(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}

/** Lists every unused non-empty cell of the rows `top`..`bottom` (the form's band). */
export function listLeftovers(ctx: FormContext, grid: SheetGrid, top: number, bottom: number, level: Level): void {
  const kind = ctx.form.kind;
  const own = templateTexts(kind, level);
  let inRemarks = false;
  const unitNote = ctx.form.amountUnit === '元';

  for (const row of grid.nonEmptyRows(top, bottom)) {
    const cells = grid.cells(row);
    if (isRemarkText(cells[0].text)) inRemarks = true;
    // Cells in row order; a used cell stays in the list so that a label never takes a value past it.
    const left: { cell: GridCell; used: boolean }[] = [];
    for (const c of cells) {
      if (ctx.used.has(cellA1(c.row, c.col))) {
        left.push({ cell: c, used: true });
        continue;
      }
      if (unitLine(c.text) || isTableLabel(c.text) || own.notes.has(compactText(c.text))) continue;
      if (!inRemarks && own.labels.has(labelKey(c.text))) continue;
      left.push({ cell: c, used: false });
    }
    for (let i = 0; i < left.length; i++) {
      const { cell: c, used } = left[i];
      if (used) continue;
      const text = c.text.trim();
      const a1 = cellA1(c.row, c.col);
      if (inRemarks) {
        addNote(ctx, a1, { label: '备注', text, reason: 'remark' });
        continue;
      }
      const labelLike = isLabelText(c.text, kind) || /[:：]$/.test(text);
      const next = left[i + 1];
      if (labelLike && next && !next.used && !isLabelText(next.cell.text, kind)) {
        const value = next.cell.text.trim();
        const wan = unitNote ? readAmount(value, '元') : null;
        addNote(ctx, cellA1(next.cell.row, next.cell.col), {
          label: text,
          text: value,
          reason: 'no-field',
          ...(wan !== null
            ? { detail: { zh: `金额单位：元，合 ${formatWan(wan)} 万元`, en: `amounts in 元: ${formatWan(wan)} 万元` } }
            : {}),
        });
        ctx.used.add(a1);
        i++;
        continue;
      }
      addNote(ctx, a1, labelLike ? { label: text, text: '', reason: 'no-field' } : { label: '', text, reason: 'unlabelled' });
    }
  }
}
