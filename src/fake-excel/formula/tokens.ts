/**
 * Splits an A1-style formula (without its leading "=") into tokens, keeping each token's span so
 * that references can be rewritten in place (inserted rows, deleted sheets).
 */
import { lettersToCol, MAX_COLS, MAX_ROWS } from '../../core/address';

export interface RefCell {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

export type Token = { start: number; end: number } & (
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; value: string }
  | { kind: 'ref'; sheet: string | null; a: RefCell; b: RefCell | null }
  | { kind: 'ident'; name: string }
  | { kind: 'op'; op: string }
  | { kind: 'lparen' }
  | { kind: 'rparen' }
  | { kind: 'comma' }
);

export class FormulaSyntaxError extends Error {}

const ERRORS = ['#REF!', '#NAME?', '#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#NULL!'];
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const UNQUOTED_SHEET = /^([^\s'!(),+\-*/^&=<>":;{}%#$]+)!/u;
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/;
const IDENT = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const OPS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%'];

function cellAt(text: string): { cell: RefCell; length: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const next = text.charAt(m[0].length);
  if (/[\p{L}\p{N}_(.!]/u.test(next)) return null;
  const col = lettersToColOrZero(m[2]);
  const row = Number(m[4]);
  if (col < 1 || col > MAX_COLS || row < 1 || row > MAX_ROWS) return null;
  return { cell: { row, col, absCol: m[1] === '$', absRow: m[3] === '$' }, length: m[0].length };
}

function lettersToColOrZero(letters: string): number {
  try {
    return lettersToCol(letters);
  } catch {
    return 0;
  }
}

/** A cell or a range (A1, $A$1:B2) at the start of `text`. */
function refAt(text: string): { a: RefCell; b: RefCell | null; length: number } | null {
  const first = cellAt(text);
  if (!first) return null;
  if (text.charAt(first.length) === ':') {
    const second = cellAt(text.slice(first.length + 1));
    if (second) return { a: first.cell, b: second.cell, length: first.length + 1 + second.length };
  }
  return { a: first.cell, b: null, length: first.length };
}

export function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const ch = rest[0];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= formula.length) throw new FormulaSyntaxError('unterminated string');
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += formula[j++];
      }
      out.push({ kind: 'string', value: s, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      for (;;) {
        if (j >= formula.length) throw new FormulaSyntaxError('unterminated sheet name');
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j++];
      }
      if (formula[j + 1] !== '!') throw new FormulaSyntaxError('sheet name without "!"');
      const ref = refAt(formula.slice(j + 2));
      if (!ref) throw new FormulaSyntaxError('bad reference after sheet name');
      out.push({ kind: 'ref', sheet: name, a: ref.a, b: ref.b, start: i, end: j + 2 + ref.length });
      i = j + 2 + ref.length;
      continue;
    }
    if (ch === '#') {
      const err = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
      if (!err) throw new FormulaSyntaxError('unknown error literal');
      out.push({ kind: 'error', value: err, start: i, end: i + err.length });
      i += err.length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      out.push({ kind: 'number', value: Number(num[0]), start: i, end: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const sheet = UNQUOTED_SHEET.exec(rest);
    if (sheet) {
      const ref = refAt(rest.slice(sheet[0].length));
      if (!ref) throw new FormulaSyntaxError('bad reference after sheet name');
      const end = i + sheet[0].length + ref.length;
      out.push({ kind: 'ref', sheet: sheet[1], a: ref.a, b: ref.b, start: i, end });
      i = end;
      continue;
    }
    const ref = refAt(rest);
    if (ref) {
      out.push({ kind: 'ref', sheet: null, a: ref.a, b: ref.b, start: i, end: i + ref.length });
      i += ref.length;
      continue;
    }
    const ident = IDENT.exec(rest);
    if (ident) {
      const upper = ident[0].toUpperCase();
      const isCall = formula.charAt(i + ident[0].length) === '(';
      if (!isCall && (upper === 'TRUE' || upper === 'FALSE')) {
        out.push({ kind: 'bool', value: upper === 'TRUE', start: i, end: i + ident[0].length });
      } else {
        out.push({ kind: 'ident', name: ident[0], start: i, end: i + ident[0].length });
      }
      i += ident[0].length;
      continue;
    }
    const op = OPS.find((o) => rest.startsWith(o));
    if (op) {
      out.push({ kind: 'op', op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }
    if (ch === '(') out.push({ kind: 'lparen', start: i, end: i + 1 });
    else if (ch === ')') out.push({ kind: 'rparen', start: i, end: i + 1 });
    else if (ch === ',') out.push({ kind: 'comma', start: i, end: i + 1 });
    else throw new FormulaSyntaxError(`unexpected character ${ch}`);
    i++;
  }
  return out;
}
