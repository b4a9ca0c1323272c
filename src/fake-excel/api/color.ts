/** Colours as Office.js takes them ("#RRGGBB", "RRGGBB" or an HTML colour name) and returns them ("#RRGGBB"). */
import { ModelError } from '../model/errors';

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
};

export function normalizeColor(v: unknown): string {
  if (typeof v !== 'string') throw new ModelError('InvalidArgument', `bad colour ${String(v)}`);
  const named = NAMED[v.trim().toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-fA-F]{6})$/.exec(v.trim());
  if (!m) throw new ModelError('InvalidArgument', `bad colour ${v}`);
  return `#${m[1].toUpperCase()}`;
}
