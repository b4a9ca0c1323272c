/** The benchmark's results as a plain-text table (CJK characters count two columns). */
import type { Measurement } from './measure';

function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

function pad(s: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

export function formatTable(results: Measurement[]): string {
  const rows = results.map((r) => [
    r.section,
    r.name,
    Number.isNaN(r.value) ? '—' : `${r.value} ${r.unit}`,
    r.budget,
    r.ok === null ? '' : r.ok ? 'ok' : 'FAIL',
    r.detail ?? '',
  ]);
  const head = ['section', 'measure', 'value', 'budget', '', 'detail'];
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], i === 2)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
