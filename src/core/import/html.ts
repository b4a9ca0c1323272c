/**
 * A small, tolerant reader of the tables in an HTML fragment (the clipboard's `text/html`, a saved
 * .html page), without a DOM. Cells become text: tags stripped, character references decoded,
 * white space collapsed as a browser shows it, `<br>` and block tags (`<p>`, `<div>`…) as line
 * breaks. Missing end tags are closed where a browser would close them; a table inside a cell
 * becomes lines of that cell's text. Text outside tables (a title in `<h2>` or `<p>`) is kept as
 * paragraphs, in document order. `<head>`, `<script>`, `<style>` and comments are skipped.
 */
import { decodeEntities } from './htmlEntities';

/** One `<td>`/`<th>`, with its spans (1 when absent; 0 for a rowspan means "to the last row"). */
export interface HtmlCell {
  text: string;
  rowspan: number;
  colspan: number;
}

export type HtmlBlock = { kind: 'table'; rows: HtmlCell[][] } | { kind: 'text'; text: string };

/** Largest span honoured; larger ones are cut to it (a typo must not make a million cells). */
export const MAX_SPAN = 1000;

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const SKIPPED = new Set(['head', 'script', 'style', 'title', 'noscript', 'template', 'xml']);
const BLOCK = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dt',
  'dd',
  'hr',
  'center',
]);

/** Text being collected: runs of source text, and hard line breaks. */
class TextBuffer {
  private parts: string[] = [];

  add(raw: string): void {
    this.parts.push(raw);
  }

  lineBreak(): void {
    this.parts.push('\n');
  }

  isEmpty(): boolean {
    return this.parts.every((p) => p !== '\n' && p.trim() === '');
  }

  /** The text as shown: white space runs as one space, lines trimmed, blank lines dropped. */
  take(): string {
    const joined = this.parts
      .map((p) => (p === '\n' ? '\n' : decodeEntities(p.replace(/[ \t\r\n\f]+/g, ' '))))
      .join('');
    this.parts = [];
    return joined
      .split('\n')
      .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
  }
}

interface OpenCell {
  buffer: TextBuffer;
  rowspan: number;
  colspan: number;
}

interface TableContext {
  rows: HtmlCell[][];
  row: HtmlCell[] | null;
  cell: OpenCell | null;
  caption: TextBuffer | null;
  captionText: string[];
}

function attribute(attrs: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

function span(attrs: string, name: 'rowspan' | 'colspan'): number {
  const raw = attribute(attrs, name);
  if (raw === null) return 1;
  const n = parseInt(raw.trim(), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return name === 'rowspan' ? 0 : 1;
  return Math.min(n, MAX_SPAN);
}

/** The tables and the paragraphs around them, in document order. */
export function parseHtml(html: string): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const outside = new TextBuffer();
  const tables: TableContext[] = [];
  let skipping: string | null = null;

  const current = (): TableContext | undefined => tables[tables.length - 1];
  /** Where text goes now: the open cell, a caption, or the paragraphs outside tables. */
  const target = (): TextBuffer => {
    const t = current();
    if (t?.cell) return t.cell.buffer;
    if (t?.caption) return t.caption;
    return tables.length > 1 ? tables[tables.length - 2].cell?.buffer ?? outside : outside;
  };
  const flushOutside = () => {
    if (!outside.isEmpty()) {
      const text = outside.take();
      if (text !== '') blocks.push({ kind: 'text', text });
    } else outside.take();
  };
  const closeCell = (t: TableContext) => {
    if (!t.cell) return;
    t.row ??= [];
    t.row.push({ text: t.cell.buffer.take(), rowspan: t.cell.rowspan, colspan: t.cell.colspan });
    t.cell = null;
  };
  const closeRow = (t: TableContext) => {
    closeCell(t);
    if (t.row) t.rows.push(t.row);
    t.row = null;
  };
  const closeCaption = (t: TableContext) => {
    if (!t.caption) return;
    const text = t.caption.take();
    if (text !== '') t.captionText.push(text);
    t.caption = null;
  };
  const closeTable = () => {
    const t = tables.pop()!;
    closeCaption(t);
    closeRow(t);
    const outer = current();
    if (outer?.cell) {
      // A table inside a cell: its rows become lines of the cell's text.
      outer.cell.buffer.lineBreak();
      for (const text of t.captionText) {
        outer.cell.buffer.add(text);
        outer.cell.buffer.lineBreak();
      }
      for (const row of t.rows) {
        outer.cell.buffer.add(row.map((c) => c.text.replace(/\n/g, ' ')).filter((s) => s !== '').join(' '));
        outer.cell.buffer.lineBreak();
      }
      return;
    }
    for (const text of t.captionText) blocks.push({ kind: 'text', text });
    blocks.push({ kind: 'table', rows: t.rows });
  };

  let last = 0;
  for (const m of html.matchAll(TOKEN)) {
    const index = m.index ?? 0;
    if (index > last && skipping === null) target().add(html.slice(last, index));
    last = index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[1] === '/';
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name)) {
      if (!closing && !m[3].trim().endsWith('/')) skipping = name;
      continue;
    }
    const t = current();
    if (name === 'table') {
      if (!closing) {
        if (!t || !t.cell) flushOutside();
        if (t) closeCaption(t);
        tables.push({ rows: [], row: null, cell: null, caption: null, captionText: [] });
      } else if (t) closeTable();
      continue;
    }
    if (!t) {
      if (name === 'br' || BLOCK.has(name)) {
        if (BLOCK.has(name)) flushOutside();
        else outside.lineBreak();
      }
      continue;
    }
    switch (name) {
      case 'caption':
        if (!closing) {
          closeRow(t);
          t.caption = new TextBuffer();
        } else closeCaption(t);
        break;
      case 'tr':
        closeCaption(t);
        closeRow(t);
        if (!closing) t.row = [];
        break;
      case 'td':
      case 'th':
        closeCaption(t);
        closeCell(t);
        if (!closing) t.cell = { buffer: new TextBuffer(), rowspan: span(m[3], 'rowspan'), colspan: span(m[3], 'colspan') };
        break;
      case 'thead':
      case 'tbody':
      case 'tfoot':
        closeRow(t);
        break;
      default:
        if (name === 'br' || BLOCK.has(name)) target().lineBreak();
    }
  }
  if (skipping === null && last < html.length) target().add(html.slice(last));
  while (tables.length > 0) closeTable();
  flushOutside();
  return blocks;
}

/** A table laid out on a grid: values at the top-left of their spans, covered cells empty. */
export interface HtmlGrid {
  values: string[][];
  /** Spans larger than one cell, as 0-based rectangles. */
  spans: { top: number; left: number; bottom: number; right: number }[];
}

/**
 * Places a table's cells as a browser does: each cell at the first column its row leaves free
 * after the rowspans above, spans cut at the table's last row.
 */
export function layoutTable(rows: HtmlCell[][]): HtmlGrid {
  const taken = new Set<string>();
  const key = (r: number, c: number) => `${r},${c}`;
  const placed: { r: number; c: number; cell: HtmlCell; rows: number }[] = [];
  let width = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(key(r, c))) c++;
      const down = cell.rowspan === 0 ? rows.length - r : Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < cell.colspan; dc++) taken.add(key(r + dr, c + dc));
      placed.push({ r, c, cell, rows: down });
      c += cell.colspan;
      width = Math.max(width, c);
    }
  });
  const values = rows.map(() => new Array<string>(width).fill(''));
  const spans: HtmlGrid['spans'] = [];
  for (const p of placed) {
    values[p.r][p.c] = p.cell.text;
    if (p.rows > 1 || p.cell.colspan > 1) {
      spans.push({ top: p.r, left: p.c, bottom: p.r + p.rows - 1, right: p.c + p.cell.colspan - 1 });
    }
  }
  return { values, spans };
}
