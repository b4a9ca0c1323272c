/**
 * Parses formula tokens into a small expression tree: numbers, text, booleans, error literals,
 * references, defined names, function calls, unary and binary operators, percent.
 */
import type { RangeRef } from '../../core/address';
import { FormulaSyntaxError, tokenize, type Token } from './tokens';

export type Expr =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet: string | null; rect: RangeRef; single: boolean }
  | { t: 'name'; name: string }
  | { t: 'call'; fn: string; args: Expr[] }
  | { t: 'unary'; op: '+' | '-'; x: Expr }
  | { t: 'pct'; x: Expr }
  | { t: 'bin'; op: string; l: Expr; r: Expr };

const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};

/** Parses formula text with or without its leading "="; throws FormulaSyntaxError. */
export function parseFormula(formula: string): Expr {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];

  function primary(): Expr {
    const tok = tokens[pos++];
    if (!tok) throw new FormulaSyntaxError('unexpected end');
    switch (tok.kind) {
      case 'number':
        return { t: 'num', v: tok.value };
      case 'string':
        return { t: 'str', v: tok.value };
      case 'bool':
        return { t: 'bool', v: tok.value };
      case 'error':
        return { t: 'err', v: tok.value };
      case 'ref': {
        const b = tok.b ?? tok.a;
        return {
          t: 'ref',
          sheet: tok.sheet,
          single: tok.b === null,
          rect: {
            top: Math.min(tok.a.row, b.row),
            bottom: Math.max(tok.a.row, b.row),
            left: Math.min(tok.a.col, b.col),
            right: Math.max(tok.a.col, b.col),
          },
        };
      }
      case 'ident': {
        if (peek()?.kind === 'lparen') {
          pos++;
          const args: Expr[] = [];
          if (peek()?.kind !== 'rparen') {
            for (;;) {
              args.push(expression(0));
              if (peek()?.kind === 'comma') {
                pos++;
                continue;
              }
              break;
            }
          }
          if (tokens[pos++]?.kind !== 'rparen') throw new FormulaSyntaxError('missing )');
          return { t: 'call', fn: tok.name.toUpperCase(), args };
        }
        return { t: 'name', name: tok.name };
      }
      case 'op':
        if (tok.op === '-' || tok.op === '+') return { t: 'unary', op: tok.op, x: postfix(primary()) };
        throw new FormulaSyntaxError(`unexpected ${tok.op}`);
      case 'lparen': {
        const e = expression(0);
        if (tokens[pos++]?.kind !== 'rparen') throw new FormulaSyntaxError('missing )');
        return e;
      }
      default:
        throw new FormulaSyntaxError(`unexpected ${tok.kind}`);
    }
  }

  function postfix(e: Expr): Expr {
    let out = e;
    for (let tok = peek(); tok && tok.kind === 'op' && tok.op === '%'; tok = peek()) {
      pos++;
      out = { t: 'pct', x: out };
    }
    return out;
  }

  function expression(minPrec: number): Expr {
    let left = postfix(primary());
    for (;;) {
      const tok = peek();
      if (!tok || tok.kind !== 'op') break;
      const prec = PRECEDENCE[tok.op];
      if (prec === undefined || prec <= minPrec) break;
      pos++;
      const right = expression(prec);
      left = { t: 'bin', op: tok.op, l: left, r: right };
    }
    return left;
  }

  const e = expression(0);
  if (pos !== tokens.length) throw new FormulaSyntaxError('unexpected trailing input');
  return e;
}
