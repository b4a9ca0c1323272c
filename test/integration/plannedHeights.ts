import type { FormKind } from '../../src/core/templates/fields';
import type { Level } from '../../src/core/templates/level';
import { buildTemplatePlan } from '../../src/core/templates';

/**
 * The row heights (points, rows of a form at A1) the template plan sets: the templates' own
 * business, tested in test/core/templates; the hosts must carry them out.
 */
export function plannedRowHeights(kind: FormKind, level: Level): Map<number, number> {
  const plan = buildTemplatePlan(kind, { sheet: 'S', newSheet: true, level });
  const out = new Map<number, number>();
  for (const op of plan.ops) if (op.kind === 'rowHeight') out.set(op.row, op.height);
  return out;
}
