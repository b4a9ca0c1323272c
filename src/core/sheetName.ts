/**
 * Excel's rules for sheet names: 1–31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, not "History" (reserved); names compare case-insensitively.
 */
import { SheetNameError } from './errors';

export const MAX_SHEET_NAME = 31;
const BAD_CHARS = /[[\]:*?/\\]/g;

/** Why a name cannot be used as it is, or null when it can. */
export function sheetNameProblem(name: string): SheetNameError['reason'] | null {
  if (name.length === 0) return 'empty';
  if ([...name].length > MAX_SHEET_NAME) return 'too-long';
  if (/[[\]:*?/\\]/.test(name)) return 'bad-char';
  if (name.startsWith("'") || name.endsWith("'")) return 'quote-edge';
  if (name.toLowerCase() === 'history') return 'reserved';
  return null;
}

/** Throws SheetNameError unless the name is usable as it is. */
export function assertSheetName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw new SheetNameError(name, problem);
}

/**
 * Makes any text a valid sheet name: drops forbidden characters and line breaks, trims apostrophes
 * and spaces at the ends, cuts to 31 characters, avoids "History"; falls back to `fallback`.
 */
export function toValidSheetName(text: string, fallback = '工作表'): string {
  let s = text.replace(BAD_CHARS, '').replace(/[\r\n\t]+/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  s = [...s].slice(0, MAX_SHEET_NAME).join('');
  s = s.replace(/'+$/g, '').trim();
  if (s.length === 0) s = fallback;
  if (s.toLowerCase() === 'history') s = `${s}1`;
  return s;
}

/**
 * A valid name not among `taken` (case-insensitive): the base name, or the base cut short with
 * " (2)", " (3)" … appended, still within 31 characters.
 */
export function uniqueSheetName(text: string, taken: Iterable<string>, fallback?: string): string {
  const base = toValidSheetName(text, fallback);
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('').replace(/'+$/g, '').trimEnd();
    const candidate = `${head}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
