/**
 * Helpers of the import tests: an import written through the xlsx host, saved to a file and read
 * back by the host's own loader (the CLI's way), so that what is asserted is what a user opens.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { importForms, type ImportFormsResult } from '../../src/commands/importForms';
import { recognizeWorkbook, type WorkbookRecognition } from '../../src/core/forms';
import { planImport, type ImportInput, type ImportPreview } from '../../src/core/import';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { loadWorkbookFile, readWorkbookSnapshot, saveWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';

export interface Imported {
  preview: ImportPreview;
  result: ImportFormsResult;
  /** The saved workbook, loaded again. */
  snapshot: WorkbookSnapshot;
  recognition: WorkbookRecognition;
}

/** Imports the inputs into a new workbook (or `start`), saves it, loads it again and reads it. */
export async function importThroughFile(inputs: ImportInput[], start: Workbook = new Workbook()): Promise<Imported> {
  const preview = planImport(inputs);
  const result = await importForms(new XlsxHost(start), preview);
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-import-'));
  try {
    const file = join(dir, 'out.xlsx');
    await saveWorkbookFile(start, file);
    const { workbook } = await loadWorkbookFile(file);
    const snapshot = readWorkbookSnapshot(workbook);
    return { preview, result, snapshot, recognition: recognizeWorkbook(snapshot) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every non-empty cell value of the snapshot's sheets (all sheets, our own included). */
export function allValues(snapshot: WorkbookSnapshot): CellValue[] {
  return snapshot.sheets.flatMap((s) => s.values.flat().filter((v) => !(typeof v === 'string' && v.trim() === '')));
}
