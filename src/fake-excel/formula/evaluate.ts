/**
 * Evaluates the formulas the add-in writes: arithmetic (+ - * / ^ %), text joining (&),
 * comparisons, references to cells and ranges on this or another sheet, defined names, and the
 * functions SUM and ROUND. Anything else evaluates to #NAME?, as in Excel for an unknown function.
 */
import type { RangeRef } from '../../core/address';
import type { ErrorValue, Scalar } from '../model/types';
import { parseFormula, type Expr } from './parse';

/** An empty cell (a reference to it counts as 0 in arithmetic and as "" when joined). */
export const EMPTY = Symbol('empty');
export type CellResult = Scalar | ErrorValue | typeof EMPTY;

/** What the evaluator needs from the workbook. `sheet` null means the formula's own sheet. */
export interface FormulaEnv {
  cell(sheet: string | null, row: number, col: number): CellResult | null;
  /** The cells of a rectangle, or null when the sheet does not exist. */
  range(sheet: string | null, rect: RangeRef): CellResult[] | null;
  /** A workbook-scope name's formula ("=Sheet1!$A$1"), if the name exists. */
  name(name: string): string | undefined;
}

type Value = Scalar | ErrorValue | typeof EMPTY | { cells: CellResult[] };

export const err = (code: string): ErrorValue => ({ error: code });

export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** The result of a formula as Excel stores it: a scalar or an error. */
export function evaluateFormula(formula: string, env: FormulaEnv, depth = 0): Scalar | ErrorValue {
  let expr: Expr;
  try {
    expr = parseFormula(formula);
  } catch {
    return err('#NAME?');
  }
  const v = evaluate(expr, env, depth);
  if (v === EMPTY) return 0;
  if (typeof v === 'object' && 'cells' in v) return err('#VALUE!');
  return v;
}

function evaluate(e: Expr, env: FormulaEnv, depth: number): Value {
  switch (e.t) {
    case 'num':
      return e.v;
    case 'str':
      return e.v;
    case 'bool':
      return e.v;
    case 'err':
      return err(e.v);
    case 'ref': {
      if (e.single) {
        const v = env.cell(e.sheet, e.rect.top, e.rect.left);
        return v === null ? err('#REF!') : v;
      }
      const cells = env.range(e.sheet, e.rect);
      return cells === null ? err('#REF!') : { cells };
    }
    case 'name': {
      const f = env.name(e.name);
      if (f === undefined || depth > 8) return err('#NAME?');
      let expr: Expr;
      try {
        expr = parseFormula(f);
      } catch {
        return err('#NAME?');
      }
      return evaluate(expr, env, depth + 1);
    }
    case 'call':
      return call(e.fn, e.args, env, depth);
    case 'unary': {
      const x = toNumber(evaluate(e.x, env, depth));
      if (isError(x)) return x;
      return e.op === '-' ? -x : x;
    }
    case 'pct': {
      const x = toNumber(evaluate(e.x, env, depth));
      return isError(x) ? x : x / 100;
    }
    case 'bin':
      return binary(e.op, evaluate(e.l, env, depth), evaluate(e.r, env, depth));
  }
}

function scalarOf(v: Value): Scalar | ErrorValue | typeof EMPTY {
  if (typeof v === 'object' && v !== null && 'cells' in v) return err('#VALUE!');
  return v;
}

function toNumber(v: Value): number | ErrorValue {
  const s = scalarOf(v);
  if (s === EMPTY) return 0;
  if (isError(s)) return s;
  if (typeof s === 'number') return s;
  if (typeof s === 'boolean') return s ? 1 : 0;
  const t = s.trim();
  if (t !== '' && Number.isFinite(Number(t))) return Number(t);
  return err('#VALUE!');
}

function toText(v: Value): string | ErrorValue {
  const s = scalarOf(v);
  if (s === EMPTY) return '';
  if (isError(s)) return s;
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  return String(s);
}

function binary(op: string, l: Value, r: Value): Value {
  if (op === '&') {
    const a = toText(l);
    if (isError(a)) return a;
    const b = toText(r);
    if (isError(b)) return b;
    return a + b;
  }
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, scalarOf(l), scalarOf(r));
  const a = toNumber(l);
  if (isError(a)) return a;
  const b = toNumber(r);
  if (isError(b)) return b;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? err('#DIV/0!') : a / b;
    case '^':
      return Math.pow(a, b);
    default:
      return err('#NAME?');
  }
}

function compare(op: string, l: CellResult, r: CellResult): Value {
  if (isError(l)) return l;
  if (isError(r)) return r;
  const norm = (v: CellResult): Scalar => (v === EMPTY ? '' : (v as Scalar));
  const a = norm(l);
  const b = norm(r);
  let c: number;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    c = x < y ? -1 : x > y ? 1 : 0;
  } else if (typeof a === typeof b) {
    c = Number(a) - Number(b);
  } else {
    // Excel orders numbers < text < booleans.
    const rank = (v: Scalar) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
    c = rank(a) - rank(b);
  }
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function call(fn: string, args: Expr[], env: FormulaEnv, depth: number): Value {
  switch (fn) {
    case 'SUM': {
      let total = 0;
      for (const a of args) {
        const v = evaluate(a, env, depth);
        if (typeof v === 'object' && v !== null && 'cells' in v) {
          // In a range, SUM adds numbers only and skips text and booleans.
          for (const c of v.cells) {
            if (isError(c)) return c;
            if (typeof c === 'number') total += c;
          }
          continue;
        }
        const n = toNumber(v);
        if (isError(n)) return n;
        total += n;
      }
      return total;
    }
    case 'ROUND': {
      if (args.length !== 2) return err('#VALUE!');
      const x = toNumber(evaluate(args[0], env, depth));
      if (isError(x)) return x;
      const d = toNumber(evaluate(args[1], env, depth));
      if (isError(d)) return d;
      return roundHalfAwayFromZero(x, Math.trunc(d));
    }
    default:
      return err('#NAME?');
  }
}

/** Excel's ROUND: halves go away from zero; decimals may be negative. */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  const p = Math.pow(10, digits);
  const scaled = Number((Math.abs(x) * p).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / p;
}
