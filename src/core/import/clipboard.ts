/**
 * What the task pane reads from the clipboard as an import input: its HTML when that holds a table
 * (cells and merges survive), its plain text otherwise.
 */
import { looksLikeHtml } from './inputBytes';
import type { ImportInput } from './types';

export const CLIPBOARD_SOURCE = '剪贴板';

export function clipboardInput(data: { text?: string; html?: string }, source: string = CLIPBOARD_SOURCE): ImportInput {
  if (data.html && looksLikeHtml(data.html)) return { kind: 'html', source, html: data.html };
  return { kind: 'text', source, text: data.text ?? '' };
}
