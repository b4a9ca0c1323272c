/**
 * What the 导入 section reads: pasted text or HTML, and files read in the browser (nothing is
 * uploaded). Text, HTML and CSV are decoded here; an .xlsx goes through ExcelJS, loaded only then.
 */
import { FileFormatError } from '../core/errors';
import { clipboardInput, CLIPBOARD_SOURCE } from '../core/import/clipboard';
import { bytesFormat, decodeText, looksLikeHtml } from '../core/import/inputBytes';
import type { ImportInput } from '../core/import/types';
import type { WorkbookSnapshot } from '../core/snapshot';

/** Largest file read in the pane (a browser tab has less memory than the CLI). */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024;

/** The file types the picker offers. */
export const IMPORT_FILE_TYPES = '.txt,.html,.htm,.csv,.xlsx';

/** Reads an .xlsx file's sheets. */
export type WorkbookReader = (name: string, bytes: Uint8Array) => Promise<WorkbookSnapshot>;

/** ExcelJS, loaded on first use. */
export const loadXlsx: WorkbookReader = async (name, bytes) => (await import('./xlsxSnapshot')).xlsxSnapshot(name, bytes);

/** What was pasted: its plain text, and its HTML when it held a table. */
export interface Pasted {
  text: string;
  html: string | null;
}

/** The HTML of a paste when it holds a table (kept for its cells and merges), else null. */
export function pastedHtml(html: string | null | undefined): string | null {
  return html && looksLikeHtml(html) ? html : null;
}

/** The paste as an input, or null when nothing was pasted. */
export function pastedInput(p: Pasted): ImportInput | null {
  if (p.html) return clipboardInput({ text: p.text, html: p.html }, CLIPBOARD_SOURCE);
  if (p.text.trim() === '') return null;
  return clipboardInput({ text: p.text }, CLIPBOARD_SOURCE);
}

function extension(name: string): string {
  const m = /\.[^.]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

/**
 * A file's bytes as an input: by content, not by name (budget systems save HTML or text under
 * other names), except that .csv is read as CSV. Throws FileFormatError for what cannot be read.
 */
export async function fileInput(name: string, bytes: Uint8Array, readWorkbook: WorkbookReader = loadXlsx): Promise<ImportInput> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new FileFormatError(name, 'too-large', `${bytes.length} bytes`);
  const ext = extension(name);
  switch (bytesFormat(bytes)) {
    case 'ole2':
      throw new FileFormatError(name, ext === '.et' ? 'wps-et' : ext === '.doc' ? 'docx' : 'legacy-xls', 'OLE2');
    case 'zip':
      if (ext === '.docx') throw new FileFormatError(name, 'docx', 'Word document');
      return { kind: 'workbook', source: name, workbook: await readWorkbook(name, bytes) };
    case 'text':
      break;
  }
  if (bytes.length === 0) throw new FileFormatError(name, 'unreadable', 'empty file');
  const { text } = decodeText(bytes);
  if (ext === '.csv') return { kind: 'csv', source: name, text };
  if (looksLikeHtml(text)) return { kind: 'html', source: name, html: text };
  return { kind: 'text', source: name, text };
}

/** A picked file's bytes, read locally. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsArrayBuffer(file);
  });
}

/** The inputs of a paste and some files, in that order. */
export async function importInputs(pasted: Pasted, files: readonly File[], readWorkbook: WorkbookReader = loadXlsx): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  const p = pastedInput(pasted);
  if (p) inputs.push(p);
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(f);
    } catch (err) {
      throw new FileFormatError(f.name, 'unreadable', err instanceof Error ? err.message : String(err));
    }
    inputs.push(await fileInput(f.name, bytes, readWorkbook));
  }
  return inputs;
}
