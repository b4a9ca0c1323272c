/**
 * Markup left in a cell by the system the text came from (`<p>…</p>`, `<br>`, `&nbsp;`): HTML tags
 * of the usual text elements are removed (paragraph and line-break tags become line breaks) and
 * character references decoded. Anything else that looks like a tag (`<A级>`, `<5%`) is text and
 * stays. Applied to every cell before recognition, so labels wrapped in tags are still found.
 */
import type { CellValue } from '../snapshot';
import { decodeEntities } from './htmlEntities';

const TEXT_TAGS =
  'p|br|div|span|font|b|i|u|s|em|strong|small|big|sup|sub|li|ul|ol|a|img|h[1-6]|pre|code|center|table|tbody|thead|tfoot|tr|td|th|o:p|hr|blockquote|section|article';
const TAG = new RegExp(`<\\/?(?:${TEXT_TAGS})(?:\\s[^<>]*)?\\/?>`, 'gi');
const BREAKING = /^<\/?(?:p|br|div|li|ul|ol|h[1-6]|pre|tr|table|blockquote|section|article|hr)\b/i;
const REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/;

/** The text without markup; unchanged (same string) when it had none. */
export function cleanCellText(text: string): string {
  TAG.lastIndex = 0;
  const hasTag = TAG.test(text);
  if (!hasTag && !REFERENCE.test(text)) return text;
  TAG.lastIndex = 0;
  const stripped = hasTag ? text.replace(TAG, (tag) => (BREAKING.test(tag) ? '\n' : '')) : text;
  const decoded = decodeEntities(stripped);
  if (!hasTag) return decoded;
  return decoded
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A cell value without markup (numbers and booleans as they are). */
export function cleanCell(v: CellValue): CellValue {
  return typeof v === 'string' ? cleanCellText(v) : v;
}
