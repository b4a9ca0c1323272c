// Workbook-scope defined names over ExcelJS's DefinedNames (which stores them cell by cell).
import type { Workbook } from 'exceljs';
import {
  cellA1,
  parseRange,
  quoteSheetName,
  shiftRangeForInsertedRows,
  splitSheetAddress,
  type RangeRef,
} from '../../../core/address';

/** "$E$12" or "$E$12:$F$14". */
export function absoluteA1(r: RangeRef): string {
  const abs = (row: number, col: number) => cellA1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const tl = abs(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${abs(r.bottom, r.right)}`;
}

/** Names and what they refer to ("'项目1'!$E$12"; several areas joined by commas). */
export function readDefinedNames(wb: Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of wb.definedNames.model) out[n.name] = n.ranges.join(',');
  return out;
}

const NAME_RE = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

/** Adds a name referring to a cell or range of an existing sheet. Throws when it cannot. */
export function addDefinedName(wb: Workbook, name: string, ref: string): void {
  if (!NAME_RE.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*$/.test(name)) {
    throw new Error(`not a valid name: ${name}`);
  }
  if (wb.definedNames.model.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
    throw new Error(`name already exists: ${name}`);
  }
  const { sheet, a1 } = splitSheetAddress(ref.replace(/^=/, ''));
  const ws = sheet === null ? undefined : wb.worksheets.find((w) => w.name.toLowerCase() === sheet.toLowerCase());
  if (!ws) throw new Error(`name ${name} refers to no sheet of the workbook: ${ref}`);
  wb.definedNames.add(`${quoteSheetName(ws.name)}!${absoluteA1(parseRange(a1))}`, name);
}

/** Removes a name (case-insensitive); nothing happens when there is none. */
export function deleteDefinedName(wb: Workbook, name: string): void {
  const lower = name.toLowerCase();
  wb.definedNames.model = wb.definedNames.model.filter((n) => n.name.toLowerCase() !== lower);
}

/** Rewrites every area of every name; `f` returns the new area, or null to drop it. */
function mapNameAreas(wb: Workbook, f: (sheet: string, r: RangeRef) => RangeRef | null): void {
  const model = wb.definedNames.model.map((n) => ({
    name: n.name,
    ranges: n.ranges.flatMap((text) => {
      const { sheet, a1 } = splitSheetAddress(text);
      if (sheet === null) return [text];
      let r: RangeRef;
      try {
        r = parseRange(a1);
      } catch {
        return [text];
      }
      const moved = f(sheet, r);
      return moved ? [`${quoteSheetName(sheet)}!${absoluteA1(moved)}`] : [];
    }),
  }));
  wb.definedNames.model = model.filter((n) => n.ranges.length > 0);
}

/** Names pointing below row `at` of the sheet move down; names straddling it grow (as Excel). */
export function shiftDefinedNames(wb: Workbook, sheetName: string, at: number, count: number): void {
  const lower = sheetName.toLowerCase();
  mapNameAreas(wb, (sheet, r) => (sheet.toLowerCase() === lower ? shiftRangeForInsertedRows(r, at, count) : r));
}

/** Drops the areas on a sheet being deleted (names left with no area go). */
export function dropNamesOnSheet(wb: Workbook, sheetName: string): void {
  const lower = sheetName.toLowerCase();
  mapNameAreas(wb, (sheet, r) => (sheet.toLowerCase() === lower ? null : r));
}
