/**
 * Decides whether bytes are an .xlsx workbook ExcelJS may load, before ExcelJS sees them: the file
 * type by magic bytes and extension, then the zip's central directory against size limits (nothing
 * inflated), then every entry inflated once, bounded by its declared size, to catch a directory
 * that lies and damaged data. The inflated entries are kept: the loader hands them to ExcelJS
 * stored, so nothing is inflated twice. Every refusal is a FileFormatError.
 */
import { extname } from 'path';
import { FileFormatError } from '../../../core/errors';
import { readCentralDirectory, readEntry, ZipError, type ZipEntry } from '../zip/zipReader';
import { DRAWING_PART, droppedPartsOf, type DroppedPart } from './droppedParts';
import { isNotesPart } from './lostNotes';

/** Largest file read at all. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
/** Largest total of the uncompressed sizes the zip declares. */
export const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024;
/** Largest uncompressed-to-compressed ratio of one entry… */
export const MAX_COMPRESSION_RATIO = 200;
/** …counted only for entries larger than this (tiny parts compress oddly but harmlessly). */
export const RATIO_MIN_BYTES = 1024 * 1024;
/** Most entries a workbook zip may list. */
export const MAX_ZIP_ENTRIES = 20000;

export interface InspectedWorkbook {
  entries: ZipEntry[];
  /**
   * Uncompressed contents of the parts the loader looks into: the workbook and its relationships,
   * drawings, comments, worksheets holding hyperlinks, and worksheet relationships. (Every entry
   * was read once to verify it.)
   */
  contents: Map<string, Buffer>;
  /** Every entry's uncompressed bytes, verified (size and CRC), in directory order. */
  inflated: Map<string, Buffer>;
  droppedParts: DroppedPart[];
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function utf16(s: string): Buffer {
  return Buffer.from(s, 'utf16le');
}

/** Refuses anything that is not a zip, naming what it is. */
function refuseNonZip(file: string, buf: Buffer, ext: string): never {
  if (buf.length === 0) throw new FileFormatError(file, 'not-xlsx', 'empty file');
  if (buf.subarray(0, 8).equals(OLE2)) {
    if (buf.includes(utf16('EncryptedPackage'))) throw new FileFormatError(file, 'unreadable', 'encrypted');
    if (ext === '.et' || ext === '.ett') throw new FileFormatError(file, 'wps-et', 'OLE2');
    if (buf.includes(utf16('WordDocument'))) throw new FileFormatError(file, 'docx', 'Word 97-2003 (.doc)');
    throw new FileFormatError(file, 'legacy-xls', 'OLE2');
  }
  const head = buf.subarray(0, 512).toString('latin1');
  const kind = /^\s*(<!doctype html|<html|<table)/i.test(head)
    ? 'html'
    : /^\s*<\?xml/i.test(head)
      ? 'xml'
      : head.startsWith('%PDF')
        ? 'pdf'
        : looksLikeText(buf)
          ? 'text'
          : 'binary';
  if (ext === '.et' || ext === '.ett') throw new FileFormatError(file, 'wps-et', kind);
  if (ext === '.xls') throw new FileFormatError(file, 'legacy-xls', kind);
  throw new FileFormatError(file, 'not-xlsx', kind);
}

/** No NUL bytes and mostly printable in the first 4 KB. */
function looksLikeText(buf: Buffer): boolean {
  const sample = buf.subarray(0, 4096);
  if (sample.includes(0)) return false;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++;
  return control <= sample.length / 100;
}

function isZipMagic(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && [3, 5, 7].includes(buf[2]) && buf[3] === buf[2] + 1;
}

function toFormatError(file: string, err: ZipError): FileFormatError {
  switch (err.reason) {
    case 'truncated':
      return new FileFormatError(file, 'truncated', err.message);
    case 'too-large':
      return new FileFormatError(file, 'too-large', err.message);
    case 'encrypted':
      return new FileFormatError(file, 'unreadable', 'encrypted');
    case 'not-zip':
      return new FileFormatError(file, 'not-xlsx', err.message);
    default:
      return new FileFormatError(file, 'unreadable', err.message);
  }
}

/** Checks the sizes the central directory declares. Nothing is inflated. */
export function checkDeclaredSizes(file: string, entries: ZipEntry[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) {
    throw new FileFormatError(file, 'too-large', `${entries.length} zip entries`);
  }
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED_BYTES) {
    throw new FileFormatError(file, 'too-large', `uncompressed size above ${MAX_UNCOMPRESSED_BYTES} bytes`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > RATIO_MIN_BYTES && e.uncompressedSize > MAX_COMPRESSION_RATIO * e.compressedSize) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw new FileFormatError(file, 'too-large', `${e.name}: compression ratio ${ratio}:1`);
    }
  }
}

/** Refuses zips that are another kind of document. */
function checkWorkbookParts(file: string, ext: string, names: Set<string>): void {
  const has = (prefix: string) => [...names].some((n) => n.startsWith(prefix));
  if (has('word/')) throw new FileFormatError(file, 'docx', 'Word document');
  if (has('ppt/')) throw new FileFormatError(file, 'not-xlsx', 'PowerPoint presentation');
  if (names.has('xl/workbook.bin')) throw new FileFormatError(file, 'not-xlsx', 'binary workbook (.xlsb)');
  if (!names.has('xl/workbook.xml')) {
    if (ext === '.et' || ext === '.ett') throw new FileFormatError(file, 'wps-et', 'zip without xl/workbook.xml');
    throw new FileFormatError(file, 'not-xlsx', 'zip without xl/workbook.xml');
  }
}

function isPartOfInterest(name: string, data: Buffer): boolean {
  if (name === 'xl/workbook.xml' || DRAWING_PART.test(name) || isNotesPart(name)) return true;
  if (/^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name)) return true;
  return /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && data.includes('<hyperlink ');
}

/**
 * Inspects a file's bytes (its name gives the extension and the error messages). Returns the
 * verified contents, or throws FileFormatError with the reason.
 */
export function inspectWorkbookBytes(file: string, buf: Buffer): InspectedWorkbook {
  const ext = extname(file).toLowerCase();
  if (buf.length > MAX_FILE_BYTES) throw new FileFormatError(file, 'too-large', `${buf.length} bytes`);
  if (!isZipMagic(buf)) refuseNonZip(file, buf, ext);
  try {
    const entries = readCentralDirectory(buf).filter((e) => !e.name.endsWith('/'));
    checkDeclaredSizes(file, entries);
    checkWorkbookParts(file, ext, new Set(entries.map((e) => e.name)));
    const contents = new Map<string, Buffer>();
    const inflated = new Map<string, Buffer>();
    for (const e of entries) {
      const data = readEntry(buf, e);
      inflated.set(e.name, data);
      if (isPartOfInterest(e.name, data)) contents.set(e.name, data);
    }
    return {
      entries,
      contents,
      inflated,
      droppedParts: droppedPartsOf(
        entries.map((e) => e.name),
        contents,
      ),
    };
  } catch (err) {
    if (err instanceof ZipError) throw toFormatError(file, err);
    throw err;
  }
}
