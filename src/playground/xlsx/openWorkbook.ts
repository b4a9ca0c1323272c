/**
 * 打开 and 保存 in the browser: the file's bytes go through ExcelJS (its browser build) and never
 * leave the page. The xlsx host's own loader needs Node (Buffer, zlib), so this path is smaller: it
 * tells an old .xls, a WPS .et, a Word file or an encrypted workbook apart by their first bytes and
 * name, as the CLI does, with the same typed error (FileFormatError), and leaves the zip's
 * consistency to ExcelJS.
 */
import ExcelJS from 'exceljs';
import { FileFormatError } from '../../core/errors';
import type { FakeExcel, FakeExcelOptions, InspectedWorkbook } from '../../fake-excel';
import { fakeFromExcelJs } from './fromExcelJs';
import { writeToExcelJs } from './toExcelJs';

/** Largest file opened in the page (the CLI allows more: a browser tab has less memory). */
export const MAX_BROWSER_FILE_BYTES = 50 * 1024 * 1024;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function extensionOf(name: string): string {
  const m = /\.[^.]+$/.exec(name);
  return m ? m[0].toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold `text` written as UTF-16LE (how OLE2 names its streams). */
function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Refuses, with the reason a user can act on, what is not an .xlsx workbook. */
export function checkWorkbookBytes(name: string, bytes: Uint8Array): void {
  const ext = extensionOf(name);
  if (bytes.length === 0) throw new FileFormatError(name, 'not-xlsx', 'empty file');
  if (bytes.length > MAX_BROWSER_FILE_BYTES) throw new FileFormatError(name, 'too-large', `${bytes.length} bytes`);
  if (startsWith(bytes, OLE2)) {
    if (includesUtf16(bytes, 'EncryptedPackage')) throw new FileFormatError(name, 'unreadable', 'encrypted');
    if (ext === '.et' || ext === '.ett') throw new FileFormatError(name, 'wps-et', 'OLE2');
    if (includesUtf16(bytes, 'WordDocument')) throw new FileFormatError(name, 'docx', 'Word 97-2003 (.doc)');
    throw new FileFormatError(name, 'legacy-xls', 'OLE2');
  }
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2]) && bytes[3] === bytes[2] + 1;
  if (!zip) {
    if (ext === '.et' || ext === '.ett') throw new FileFormatError(name, 'wps-et', 'not a zip');
    if (ext === '.xls') throw new FileFormatError(name, 'legacy-xls', 'not a zip');
    throw new FileFormatError(name, 'not-xlsx', 'not a zip');
  }
  if (ext === '.docx') throw new FileFormatError(name, 'docx', 'Word document');
}

/** Opens .xlsx bytes as a fake Excel. Throws FileFormatError when they are not a workbook. */
export async function openWorkbookBytes(
  name: string,
  bytes: ArrayBuffer,
  options: Omit<FakeExcelOptions, 'workbook'> = {},
): Promise<FakeExcel> {
  checkWorkbookBytes(name, new Uint8Array(bytes));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch (err) {
    throw new FileFormatError(name, 'unreadable', (err as Error).message);
  }
  if (wb.worksheets.length === 0) throw new FileFormatError(name, 'not-xlsx', 'no worksheet');
  return fakeFromExcelJs(wb, options);
}

/** The .xlsx bytes of the fake's workbook. */
export async function workbookBytes(state: InspectedWorkbook): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await writeToExcelJs(wb, state);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}
