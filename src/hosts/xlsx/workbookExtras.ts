/**
 * What the xlsx host keeps about a workbook beside ExcelJS's model: the workbook protection element,
 * which ExcelJS 4.4 neither reads nor writes. The file loader records it; the host reads it for
 * `structureProtected`; the file writer puts it back.
 */
import type { Workbook } from 'exceljs';
import { locksStructure } from './xml/workbookXml';

const protectionOf = new WeakMap<Workbook, string>();

/** Records the workbook's `<workbookProtection …/>` element (null: none). */
export function setWorkbookProtectionXml(wb: Workbook, element: string | null): void {
  if (element) protectionOf.set(wb, element);
  else protectionOf.delete(wb);
}

export function workbookProtectionXml(wb: Workbook): string | null {
  return protectionOf.get(wb) ?? null;
}

/** Whether sheets cannot be added, removed or renamed. */
export function isStructureProtected(wb: Workbook): boolean {
  const element = protectionOf.get(wb);
  return element !== undefined && locksStructure(element);
}

/** Locks the workbook's structure, without a password (as Excel's 保护工作簿 with no password). */
export function protectWorkbookStructure(wb: Workbook): void {
  setWorkbookProtectionXml(wb, '<workbookProtection lockStructure="1"/>');
}
