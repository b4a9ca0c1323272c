/**
 * Form recognition: the department and project forms of a workbook snapshot, found by their labels.
 */
export * from './types';
export { recognizeSheet, recognizeWorkbook, isOwnSheet, OWN_SHEET_NAMES, STORE_SHEET_PREFIX } from './recognize';
export { snapshotFromText, textToRows, type TextSnapshotOptions } from './fromText';
export { matchHierarchyName, LEGACY_NAMES, type HierarchyNameMatch, type HierarchyLevel, type NameSpelling } from './vocabulary';
export { readAmount, readYear, readCount, readText } from './readValue';
export { compactText } from './normalize';
