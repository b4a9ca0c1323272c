// Formula cells: rewriting their text while keeping the cached result, and unsharing shared formulas.
import type { Cell, Worksheet } from 'exceljs';

interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
}

/** The formula fields of a cell, or null when it holds no formula. */
export function formulaModel(cell: Cell): FormulaModel | null {
  if (cell.master !== cell) return null;
  const m = cell.model as unknown as FormulaModel & { type?: unknown };
  return m.formula !== undefined || m.sharedFormula !== undefined ? m : null;
}

/** Sets a cell's formula (no "="), keeping its cached result (even 0, false or ""). */
export function setFormulaText(cell: Cell, formula: string, extra: { shareType?: string; ref?: string } = {}): void {
  const result = cell.result as unknown;
  cell.value = { formula, result, ...extra } as Cell['value'];
}

function eachFormulaCell(ws: Worksheet, f: (cell: Cell, m: FormulaModel) => void): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const m = formulaModel(cell);
      if (m) f(cell, m);
    }),
  );
}

/** Turns the sheet's shared formulas into plain ones (each cell its own text), results kept. */
export function unshareFormulas(ws: Worksheet): void {
  const slaves: [Cell, string][] = [];
  const masters: Cell[] = [];
  eachFormulaCell(ws, (cell, m) => {
    if (m.sharedFormula !== undefined) slaves.push([cell, cell.formula]);
    else if (m.shareType === 'shared') masters.push(cell);
  });
  for (const [cell, text] of slaves) setFormulaText(cell, text);
  for (const cell of masters) setFormulaText(cell, cell.formula);
}

/** Whether the sheet holds a shared formula. */
export function hasSharedFormulas(ws: Worksheet): boolean {
  let found = false;
  eachFormulaCell(ws, (_c, m) => {
    if (m.sharedFormula !== undefined || m.shareType === 'shared') found = true;
  });
  return found;
}

/**
 * Rewrites the text of every formula of a sheet with `f` (shared formulas must be unshared first
 * when `f` does not move every reference alike). Array formulas keep their area via `ref`.
 */
export function rewriteFormulas(ws: Worksheet, f: (formula: string) => string, refOf?: (ref: string) => string): void {
  eachFormulaCell(ws, (cell, m) => {
    if (m.sharedFormula !== undefined || m.formula === undefined) return;
    const text = f(m.formula);
    const ref = m.shareType === 'array' && m.ref && refOf ? refOf(m.ref) : m.ref;
    if (text !== m.formula || ref !== m.ref) {
      setFormulaText(cell, text, m.shareType ? { shareType: m.shareType, ref } : {});
    }
  });
}
