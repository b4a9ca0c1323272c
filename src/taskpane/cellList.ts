/** Cells named in a message: 「项目1」C5、「项目1」D6 …, cut after a few so the message stays short. */
import type { Strings } from '../i18n';
import type { CellAt } from './operations';

/** Cells named before "… and n more". */
export const CELLS_NAMED = 8;

export function cellList(cells: readonly CellAt[], strings: Strings): string {
  const named = cells.slice(0, CELLS_NAMED).map((c) => strings.validate.cell(c.sheet, c.cell));
  const rest = cells.length - named.length;
  return named.join(strings.listSeparator) + (rest > 0 ? strings.validate.more(rest) : '');
}
