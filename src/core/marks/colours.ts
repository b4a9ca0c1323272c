/**
 * How a mark looks: fixed fills per severity (Excel's own "light red fill" and "yellow fill"
 * presets, plain RGB so that both hosts report them the same way) and the note text.
 */
import type { Finding } from '../findings';

export type MarkSeverity = 'error' | 'warning';

/** Fill of a cell with an error (light red) or a warning (light yellow). */
export const MARK_FILLS: Readonly<Record<MarkSeverity, string>> = Object.freeze({
  error: '#FFC7CE',
  warning: '#FFEB9C',
});

const SEVERITY_LABEL: Record<MarkSeverity, string> = { error: '错误', warning: '警告' };

/** First line of every note a mark writes. */
export const MARK_NOTE_TITLE = '审核发现（“清除标记”可移除）：';

/** The note of a marked cell: a title, then one line per message, errors first, repeats dropped. */
export function markNoteText(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const line = `${SEVERITY_LABEL[severity]}：${f.message}`;
      if (!lines.includes(line)) lines.push(line);
    }
  }
  return [MARK_NOTE_TITLE, ...lines].join('\n');
}
