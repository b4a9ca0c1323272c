/**
 * Where a finding about a whole 一级 block points: its 一级 label, or the table's 一级指标 header
 * when the block is missing.
 */
import { cellA1 } from '../../address';
import type { TargetForm } from '../../forms';
import { formCell } from '../finding';
import { hierarchyCells } from './hierarchyCells';

export function categoryCell(form: TargetForm, category: string): string {
  const written = hierarchyCells(form).find((c) => c.level === 'category' && c.field.value === category);
  if (written) return written.cell;
  const table = form.indicatorTable;
  return table ? cellA1(table.headerRow, table.categoryCol) : formCell(form);
}
