/** The xlsx host: ExcelJS workbooks for the CLI and the tests. */
export { XlsxHost } from './xlsxHost';
export { readWorkbookSnapshot } from './readSnapshot';
export { loadWorkbookFile, saveWorkbookFile, type SaveOptions } from './file/workbookFile';
export { loadWorkbookBuffer, workbookToBuffer, type LoadedWorkbook } from './file/workbookBytes';
export type { DroppedPart } from './file/droppedParts';
export {
  inspectWorkbookBytes,
  MAX_COMPRESSION_RATIO,
  MAX_FILE_BYTES,
  MAX_UNCOMPRESSED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_MIN_BYTES,
} from './file/inspectFile';
export { isStructureProtected, protectWorkbookStructure } from './workbookExtras';
export { shiftFormulaRows } from './ops/formulaShift';
