/**
 * CSV as Excel writes it (RFC 4180): fields separated by commas (or semicolons or tabs, whichever
 * the first line uses most), quoted fields with doubled quotes inside and line breaks kept, CRLF or
 * LF line ends, a leading byte-order mark ignored. The text must be decoded already (the CLI reads
 * UTF-8, UTF-16 with a BOM, or GB18030).
 */

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter the first line uses most outside quotes (a comma when it uses none). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvDelimiter]++;
  }
  let best: CsvDelimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/** The rows of fields. A quote inside an unquoted field is kept as written. */
export function parseCsv(text: string, delimiter: CsvDelimiter = detectDelimiter(text)): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && !fieldStarted) {
      // A quoted field: up to the next lone quote.
      fieldStarted = true;
      i++;
      for (;;) {
        if (i >= src.length) break;
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += src[i++];
      }
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}
