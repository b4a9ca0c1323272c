// Shared helpers of the xlsx host tests: temporary folders, plans, reading parts of saved files.
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import type { EditOp, EditPlan, Precondition } from '../../../src/core/plan';
import { readCentralDirectory, readEntry } from '../../../src/hosts/xlsx/zip/zipReader';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function plan(ops: EditOp[], preconditions: Precondition[] = []): EditPlan {
  return { preconditions, ops };
}

/** A workbook with the named empty sheets. */
export function workbookWith(...sheets: string[]): Workbook {
  const wb = new Workbook();
  for (const s of sheets) wb.addWorksheet(s);
  return wb;
}

/** Loads a saved file with a fresh ExcelJS, bypassing the host's loader. */
export async function loadRaw(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The text of one part of a saved .xlsx. */
export function zipPart(file: string, name: string): string {
  const buf = readFileSync(file);
  const e = readCentralDirectory(buf).find((x) => x.name === name);
  if (!e) throw new Error(`no part ${name}`);
  return readEntry(buf, e).toString('utf8');
}
