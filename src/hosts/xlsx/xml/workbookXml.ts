/**
 * What ExcelJS 4.4 does not model in xl/workbook.xml: the structure protection element (dropped on
 * load and on write) and defined names other than plain cell references (dropped on load).
 */
import { parseAttributes, xmlDecode } from './xmlText';

const PROTECTION_RE = /<(?:\w+:)?workbookProtection\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?workbookProtection>)/;

/** The `<workbookProtection …/>` element, as written, or null. */
export function findWorkbookProtection(workbookXml: string): string | null {
  const m = PROTECTION_RE.exec(workbookXml);
  return m ? m[0] : null;
}

/** Whether a workbookProtection element locks the structure (sheets cannot be added or removed). */
export function locksStructure(protectionElement: string): boolean {
  const v = parseAttributes(protectionElement).get('lockStructure');
  return v === '1' || v === 'true';
}

/** Puts a workbookProtection element back where the schema wants it (before bookViews/sheets). */
export function insertWorkbookProtection(workbookXml: string, element: string): string {
  if (PROTECTION_RE.test(workbookXml)) return workbookXml.replace(PROTECTION_RE, element);
  const at = workbookXml.search(/<(?:\w+:)?(?:bookViews|sheets)\b/);
  if (at < 0) throw new Error('workbook.xml has no <sheets> element');
  return workbookXml.slice(0, at) + element + workbookXml.slice(at);
}

const PLAIN_REF = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$[A-Za-z]{1,3}\$\d+(?::\$[A-Za-z]{1,3}\$\d+)?$/;

/**
 * Whether some defined name will not survive ExcelJS: a formula or constant, a whole row or column,
 * or a name scoped to one sheet. Built-in names (_xlnm.*: print areas, print titles, filters) are
 * not counted: ExcelJS keeps or rebuilds them.
 */
export function hasNamesExcelJsDrops(workbookXml: string): boolean {
  for (const m of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attrs = parseAttributes(m[1]);
    const name = attrs.get('name') ?? '';
    if (name.startsWith('_xlnm.')) continue;
    if (attrs.has('localSheetId')) return true;
    const parts = xmlDecode(m[2]).trim().split(',');
    if (!parts.every((p) => PLAIN_REF.test(p.trim()))) return true;
  }
  return false;
}
