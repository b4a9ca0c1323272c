/**
 * The workbooks the mark tests start from, built the same way for both hosts: the fake Excel's
 * description, and an ExcelJS workbook.
 */
import { Workbook } from 'exceljs';
import type { Finding, Severity } from '../../src/core/findings';
import { snapshotFromText } from '../../src/core/forms/fromText';
import { cellA1, formatRange } from '../../src/core/address';
import type { CellValue } from '../../src/core/snapshot';
import type { SheetSpec, WorkbookSpec } from '../../src/fake-excel';
import { protectWorkbookStructure } from '../../src/hosts/xlsx';
import { seedForms } from '../fixtures/forms/seedForms';

export interface StartSheet {
  name: string;
  cells?: Record<string, CellValue>;
  /** Solid fills "#RRGGBB". */
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  protected?: boolean;
  merges?: string[];
}

export interface StartBook {
  sheets: StartSheet[];
  structureProtected?: boolean;
}

export function fakeSpec(start: StartBook): WorkbookSpec {
  return {
    structureProtected: start.structureProtected,
    sheets: start.sheets.map((s): SheetSpec => ({
      name: s.name,
      protected: s.protected,
      // The detailed form takes values literally.
      cells: Object.fromEntries(Object.entries(s.cells ?? {}).map(([a1, value]) => [a1, { value }])),
      fills: s.fills,
      notes: s.notes,
      merges: s.merges,
    })),
  };
}

export async function excelJsWorkbook(start: StartBook): Promise<Workbook> {
  const wb = new Workbook();
  for (const s of start.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of Object.entries(s.cells ?? {})) ws.getCell(a1).value = v;
    for (const [a1, color] of Object.entries(s.fills ?? {})) {
      ws.getCell(a1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.slice(1)}` } };
    }
    for (const [a1, text] of Object.entries(s.notes ?? {})) ws.getCell(a1).note = text;
    for (const m of s.merges ?? []) ws.mergeCells(m);
    if (s.protected) await ws.protect('', {});
  }
  if (start.structureProtected) protectWorkbookStructure(wb);
  return wb;
}

/** A finding as validation would report it, pointing at one cell. */
export function finding(sheet: string, cell: string, severity: Severity, message: string, rule = 'test.rule'): Finding {
  return {
    rule,
    severity,
    sheet,
    cell,
    cells: [cell],
    form: 0,
    indicator: null,
    value: null,
    message,
    messageEn: message,
  };
}

/**
 * A small form-like sheet: values in A1:D6; cells with and without an original fill and note.
 * E5 has a fill and a note of the user's; B3 a fill only; C4 a note only; D6 nothing.
 */
export function smallBook(): StartBook {
  return {
    sheets: [
      {
        name: '项目1',
        cells: {
          A1: '项目支出绩效目标申报表',
          B3: '项目名称',
          C3: '道路维修',
          C4: '95%以上',
          D5: '≥100',
          E5: '大于0%',
          D6: '合格',
        },
        fills: { B3: '#DDEBF7', E5: '#00B050' },
        notes: { C4: '按去年口径', E5: '见附件2' },
      },
      { name: 'Other sheet', cells: { A1: 'x', B2: 5 } },
    ],
  };
}

/** The cells smallBook's findings point at, with their severities. */
export function smallFindings(): Finding[] {
  return [
    finding('项目1', 'B3', 'warning', '名称含多余空格。'),
    finding('项目1', 'C4', 'error', '成本指标应填写金额。'),
    finding('项目1', 'C4', 'warning', '指标值不明确。'),
    finding('项目1', 'E5', 'error', '只要大于零就算完成。'),
    finding('项目1', 'D6', 'info', '可以接受，但不够明确。'),
    finding('Other sheet', 'B2', 'warning', '数值可疑。'),
    finding('Other sheet', 'C9', 'warning', '空单元格。'),
  ];
}

/** The seed's three project forms as sheets, repeated to `count` sheets (项目1 …). */
export function seedProjectSheets(count: number): StartSheet[] {
  const projects = seedForms().slice(1);
  return Array.from({ length: count }, (_, i) => {
    const snap = snapshotFromText(projects[i % projects.length], { sheetName: `项目${i + 1}` });
    const cells: Record<string, CellValue> = {};
    snap.values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v !== '') cells[cellA1(snap.origin.row + r, snap.origin.col + c)] = v;
      }),
    );
    return { name: snap.name, cells, merges: (snap.merges ?? []).map(formatRange) };
  });
}
