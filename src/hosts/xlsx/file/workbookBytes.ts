/**
 * Bytes ↔ ExcelJS workbook, with the patches ExcelJS 4.4 needs around it: in-document hyperlinks in
 * the form each side understands, and the workbook protection element it drops.
 */
import { FileFormatError } from '../../../core/errors';
import { setWorkbookProtectionXml, workbookProtectionXml } from '../workbookExtras';
import { internalLinksForExcel, internalLinksForExcelJs, type SheetParts } from '../xml/internalLinks';
import { findWorkbookProtection, insertWorkbookProtection, locksStructure } from '../xml/workbookXml';
import { readCentralDirectory, readEntry, type ZipEntry } from '../zip/zipReader';
import { crc32 } from '../zip/crc32';
import { writeZip } from '../zip/zipWriter';
import type { DroppedPart } from './droppedParts';
import { inspectWorkbookBytes } from './inspectFile';
import { restoreLostNotes } from './lostNotes';
import { Workbook } from './workbookClass';

export interface LoadedWorkbook {
  workbook: Workbook;
  /** Parts of the input that ExcelJS drops: a copy written from this workbook lacks them. */
  droppedParts: DroppedPart[];
  /** The workbook's structure is protected (kept when the workbook is written again). */
  structureProtected: boolean;
}

const SHEET_RE = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const relsNameOf = (sheetName: string) => sheetName.replace(/^xl\/worksheets\//, 'xl/worksheets/_rels/') + '.rels';

/** Rebuilds an archive with some entries replaced or added (added ones go at the end). */
function rebuild(buf: Buffer, entries: ZipEntry[], replaced: Map<string, string>): Buffer {
  const names = new Set(entries.map((e) => e.name));
  return writeZip([
    ...entries.map((e) => {
      const text = replaced.get(e.name);
      return text === undefined
        ? { name: e.name, from: buf, entry: e }
        : { name: e.name, data: Buffer.from(text, 'utf8') };
    }),
    ...[...replaced].filter(([n]) => !names.has(n)).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') })),
  ]);
}

/**
 * The archive ExcelJS reads: every entry stored (not compressed) from the bytes the inspection
 * already inflated and verified, patched parts replaced. ExcelJS's own inflater (pako, in
 * JavaScript) then has nothing to inflate: the file is inflated once, by zlib.
 */
function storedArchive(entries: ZipEntry[], inflated: Map<string, Buffer>, replaced: Map<string, string>): Buffer {
  const names = new Set(entries.map((e) => e.name));
  const stored = (name: string, data: Buffer, crc?: number) => ({ name, stored: data, crc: crc ?? crc32(data) });
  return writeZip([
    ...entries.map((e) => {
      const text = replaced.get(e.name);
      return text === undefined ? stored(e.name, inflated.get(e.name) as Buffer, e.crc32) : stored(e.name, Buffer.from(text, 'utf8'));
    }),
    ...[...replaced].filter(([n]) => !names.has(n)).map(([name, text]) => stored(name, Buffer.from(text, 'utf8'))),
  ]);
}

function putSheetParts(out: Map<string, string>, sheetName: string, parts: SheetParts | null): void {
  if (!parts) return;
  out.set(sheetName, parts.sheetXml);
  if (parts.relsXml !== null) out.set(relsNameOf(sheetName), parts.relsXml);
}

/**
 * Loads a workbook from bytes. `file` names it in errors and gives the extension. Throws
 * FileFormatError (never an ExcelJS error) when the bytes are not a workbook ExcelJS can read.
 */
export async function loadWorkbookBuffer(file: string, buf: Buffer): Promise<LoadedWorkbook> {
  const inspected = inspectWorkbookBytes(file, buf);
  const text = (name: string) => inspected.contents.get(name)?.toString('utf8') ?? null;
  const workbookXml = text('xl/workbook.xml') ?? '';
  const protection = findWorkbookProtection(workbookXml);

  const replaced = new Map<string, string>();
  for (const name of inspected.contents.keys()) {
    if (!SHEET_RE.test(name)) continue;
    putSheetParts(
      replaced,
      name,
      internalLinksForExcelJs({ sheetXml: text(name) ?? '', relsXml: text(relsNameOf(name)) }),
    );
  }
  const input = storedArchive(inspected.entries, inspected.inflated, replaced);

  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(input as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch (err) {
    throw new FileFormatError(file, 'unreadable', (err as Error).message);
  }
  restoreLostNotes(workbook, (name) => inspected.contents.get(name)?.toString('utf8'));
  setWorkbookProtectionXml(workbook, protection);
  return {
    workbook,
    droppedParts: inspected.droppedParts,
    structureProtected: protection !== null && locksStructure(protection),
  };
}

/** The .xlsx bytes of a workbook: ExcelJS's output with in-document links and protection fixed. */
export async function workbookToBuffer(wb: Workbook): Promise<Buffer> {
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const protection = workbookProtectionXml(wb);
  const entries = readCentralDirectory(buf);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const read = (name: string) => {
    const e = byName.get(name);
    return e ? readEntry(buf, e).toString('utf8') : null;
  };
  const replaced = new Map<string, string>();
  for (const e of entries) {
    if (!SHEET_RE.test(e.name)) continue;
    const relsXml = read(relsNameOf(e.name));
    if (!relsXml || !relsXml.includes('Target="#')) continue;
    putSheetParts(replaced, e.name, internalLinksForExcel({ sheetXml: read(e.name) ?? '', relsXml }));
  }
  if (protection) replaced.set('xl/workbook.xml', insertWorkbookProtection(read('xl/workbook.xml') ?? '', protection));
  return replaced.size > 0 ? rebuild(buf, entries, replaced) : buf;
}
