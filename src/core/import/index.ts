/**
 * 导入 (import): forms from pasted text, HTML tables, CSV and workbook sheets turned into standard
 * forms. `planImport` previews; `buildImportPlan` writes the preview as new sheets.
 */
export * from './types';
export { planImport, type PlanImportOptions } from './planImport';
export { buildImportPlan, type ImportPlan } from './importPlan';
export { NOTES_SHEET_NAME, NOTE_REASON_TEXT, noteExplanation, notesSheetOps } from './notesSheet';
export { parseHtml, layoutTable, MAX_SPAN, type HtmlBlock, type HtmlCell, type HtmlGrid } from './html';
export { decodeEntities } from './htmlEntities';
export { parseCsv, detectDelimiter, type CsvDelimiter } from './csv';
export { cleanCellText } from './cleanText';
export { splitFlattenedRow, type FlattenedRow } from './pairs';
export { clipboardInput, CLIPBOARD_SOURCE } from './clipboard';
export { bytesFormat, decodeText, looksLikeHtml, type BytesFormat, type TextEncodingName } from './inputBytes';
