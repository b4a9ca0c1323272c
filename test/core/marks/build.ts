/** Hand-made snapshots for the pure mark tests. */
import { parseCell } from '../../../src/core/address';
import type { Finding, Severity } from '../../../src/core/findings';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';

export function sheetOf(
  name: string,
  cells: Record<string, CellValue>,
  details: {
    fills?: Record<string, string>;
    notes?: Record<string, string>;
    protected?: boolean;
    veryHidden?: boolean;
  } = {},
): SheetSnapshot {
  const at = Object.keys(cells).map(parseCell);
  const rows = Math.max(0, ...at.map((c) => c.row));
  const cols = Math.max(0, ...at.map((c) => c.col));
  const values: CellValue[][] = Array.from({ length: rows }, () => new Array<CellValue>(cols).fill(''));
  for (const [a1, v] of Object.entries(cells)) {
    const { row, col } = parseCell(a1);
    values[row - 1][col - 1] = v;
  }
  return {
    name,
    index: 0,
    visibility: details.veryHidden ? 'veryHidden' : 'visible',
    protected: details.protected ?? false,
    read: true,
    origin: { row: 1, col: 1 },
    values,
    formulas: {},
    merges: [],
    fills: details.fills ?? {},
    notes: details.notes ?? {},
    allDetails: true,
  };
}

/** A sheet from rows of values starting at A1 (the store's shape). */
export function sheetFromRows(name: string, rows: CellValue[][], veryHidden = true): SheetSnapshot {
  return {
    ...sheetOf(name, {}, { veryHidden }),
    values: rows.map((r) => [...r]),
  };
}

export function workbook(
  sheets: SheetSnapshot[],
  names: Record<string, string> = {},
  options: { notes?: boolean; structureProtected?: boolean } = {},
): WorkbookSnapshot {
  return {
    sheets: sheets.map((s, index) => ({ ...s, index })),
    structureProtected: options.structureProtected ?? false,
    names,
    capabilities: { notes: options.notes ?? true, mergedAreas: true, pageLayout: true },
  };
}

export function finding(sheet: string | null, cell: string | null, severity: Severity, message: string): Finding {
  return {
    rule: 'test.rule',
    severity,
    sheet,
    cell,
    cells: cell ? [cell] : [],
    form: null,
    indicator: null,
    value: null,
    message,
    messageEn: message,
  };
}
