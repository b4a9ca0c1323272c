/**
 * Moves the A1 references of a formula the way Excel does when rows are inserted: references at or
 * below the insertion row move down, ranges straddling it grow, absolute references move too.
 * Text in quotes, external references ([1]Sheet!A1) and names are left alone.
 */
import { MAX_ROWS, shiftRangeForInsertedRows } from '../../../core/address';

const REF = new RegExp(
  String.raw`(?:('(?:[^']|'')+'|[\p{L}\p{N}_.]+)!)?` + // optional sheet
    String.raw`(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?\d+:\$?\d+)` + // cell, range or rows
    String.raw`(?![\p{L}\p{N}_.(!\[])`,
  'uy',
);
const IDENT = /[\p{L}\p{N}_.$]/u;

interface RowPart {
  prefix: string;
  row: number;
  rowAbs: boolean;
}

function parseEndpoint(text: string): RowPart {
  const m = /^(\$?[A-Za-z]{0,3})(\$?)(\d+)$/.exec(text)!;
  return { prefix: m[1], rowAbs: m[2] === '$', row: Number(m[3]) };
}

function shiftRef(ref: string, at: number, count: number): string {
  const ends = ref.split(':').map(parseEndpoint);
  const first = ends[0];
  const last = ends[ends.length - 1];
  const top = Math.min(first.row, last.row);
  const bottom = Math.max(first.row, last.row);
  const moved = shiftRangeForInsertedRows({ top, bottom, left: 1, right: 1 }, at, count);
  if (moved.bottom > MAX_ROWS) return '#REF!';
  const rows = first.row <= last.row ? [moved.top, moved.bottom] : [moved.bottom, moved.top];
  return ends.map((e, i) => `${e.prefix}${e.rowAbs ? '$' : ''}${rows[i]}`).join(':');
}

function unquote(sheet: string): string {
  return sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

/**
 * The formula with its references into `targetSheet` moved for `count` rows inserted before row
 * `at`. `formulaSheet` is the sheet holding the formula: its unqualified references point there.
 */
export function shiftFormulaRows(
  formula: string,
  formulaSheet: string,
  targetSheet: string,
  at: number,
  count: number,
): string {
  const target = targetSheet.toLowerCase();
  let out = '';
  let i = 0;
  let afterBracket = false;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      afterBracket = false;
      continue;
    }
    if (ch === '[') {
      const j = formula.indexOf(']', i);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
      afterBracket = true;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    REF.lastIndex = i;
    const m = prev && IDENT.test(prev) ? null : REF.exec(formula);
    if (m) {
      const sheet = m[1] === undefined ? formulaSheet : unquote(m[1]);
      const external = afterBracket && m[1] !== undefined;
      const shifted = !external && sheet.toLowerCase() === target ? shiftRef(m[2], at, count) : m[2];
      out += (m[1] !== undefined ? `${m[1]}!` : '') + shifted;
      i += m[0].length;
    } else if (ch === "'") {
      const j = formula.indexOf("'", i + 1);
      const end = j < 0 ? formula.length : j + 1;
      out += formula.slice(i, end);
      i = end;
    } else {
      out += ch;
      i++;
    }
    afterBracket = false;
  }
  return out;
}
