/**
 * The bytes of a file to import (read by the CLI, or dropped on the task pane): what they hold, and
 * their text. Budget systems often save an HTML table or tab-separated text under a .xls name, so
 * the content decides, not the extension.
 */

export type BytesFormat =
  /** A zip: an .xlsx (or a .docx, which the workbook loader names). */
  | 'zip'
  /** An OLE2 compound file: a legacy .xls, .doc or .et. */
  | 'ole2'
  /** Anything else: read as text (HTML, CSV or tab-separated). */
  | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function bytesFormat(bytes: Uint8Array): BytesFormat {
  if (startsWith(bytes, ZIP)) return 'zip';
  if (startsWith(bytes, OLE2)) return 'ole2';
  return 'text';
}

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * The text of the bytes: UTF-8 or UTF-16 when a byte-order mark says so (the mark dropped), else
 * UTF-8 when the bytes are valid UTF-8, else GB18030 (which covers GBK and GB2312, the encodings of
 * Chinese Windows).
 */
/**
 * The WHATWG Encoding API's TextDecoder, present in browsers and Node alike (no I/O). Core compiles
 * without DOM or Node types, so it is typed here as far as it is used.
 */
type Decoder = { decode(bytes: Uint8Array): string };
const TextDecoder = (globalThis as unknown as { TextDecoder: new (label: string, options?: { fatal?: boolean }) => Decoder })
  .TextDecoder;

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Whether decoded text is HTML holding a table (else it is read as tab-separated text or CSV). */
export function looksLikeHtml(text: string): boolean {
  return /<table[\s>]/i.test(text);
}
