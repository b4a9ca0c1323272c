/**
 * 导入 (importForms): creates the forms of an import preview (see `planImport` in core) as new
 * sheets filled from the standard template, plus a 导入说明 sheet listing what could not be placed.
 * Never writes to an existing sheet. In Office: 2 syncs whatever the number of forms (read the sheet
 * list; write everything), more only when the plan passes the 5 MB request limit.
 */
import type { ApplyResult, WorkbookHost } from '../core/host';
import { buildImportPlan, type ImportPreview } from '../core/import';

export interface ImportFormsResult {
  /** The sheet created for each form of the preview, in its order. */
  sheets: string[];
  /** The 导入说明 sheet created, or null. */
  notesSheet: string | null;
  /** Operations the host could not carry out (e.g. print setup before ExcelApi 1.9). */
  skipped: ApplyResult['skipped'];
}

/**
 * Writes the preview. Sheet names are made unique against the sheets read in this same command.
 * A preview without forms writes nothing. Throws PlanRefusedError (nothing written) when the
 * workbook's structure is protected or a name was taken meanwhile, WriteFailedError when a write
 * fails part way.
 */
export async function importForms(host: WorkbookHost, preview: ImportPreview): Promise<ImportFormsResult> {
  if (preview.forms.length === 0) return { sheets: [], notesSheet: null, skipped: [] };
  const wb = await host.read({ sheets: [] });
  const { plan, sheets, notesSheet } = buildImportPlan(
    preview,
    wb.sheets.map((s) => s.name),
  );
  const result = await host.apply(plan, { checkedAgainst: wb });
  return { sheets, notesSheet, skipped: result.skipped };
}
