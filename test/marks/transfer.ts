/**
 * Moving a workbook between the two hosts, the way a user does: a file written by one is opened
 * by the other. xlsx → Office: the file ExcelJS wrote is loaded by the xlsx host's own loader, read
 * as a snapshot (values, formulas, merges, every fill and note, names, visibility, protection) and
 * the fake Excel built from it — fills as Office would report them (resolved "#RRGGBB").
 * Office → xlsx: the fake's state is written into an ExcelJS workbook (solid fills, notes, names,
 * very hidden sheets), saved to a file and loaded again by the xlsx host's loader.
 */
import { Workbook } from 'exceljs';
import { cellA1, formatRange } from '../../src/core/address';
import type { CellSpec, FakeExcel, SheetSpec } from '../../src/fake-excel';
import { createFakeExcel } from '../../src/fake-excel';
import { loadWorkbookFile, readWorkbookSnapshot } from '../../src/hosts/xlsx';
import type { XlsxHarness } from './harness';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Opens in the fake Excel what the xlsx harness's workbook saves to. */
export async function officeFromXlsx(h: XlsxHarness): Promise<FakeExcel> {
  const { workbook } = await loadWorkbookFile(await h.save());
  const snap = readWorkbookSnapshot(workbook, { names: true, cellDetails: 'all' });
  const sheets = snap.sheets.map((s): SheetSpec => {
    const cells: Record<string, CellSpec> = {};
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const a1 = cellA1(s.origin.row + r, s.origin.col + c);
        if (s.formulas[a1]) cells[a1] = { formula: s.formulas[a1] };
        else if (v !== '') cells[a1] = { value: v };
      }),
    );
    return {
      name: s.name,
      visibility: VISIBILITY[s.visibility],
      protected: s.protected,
      cells,
      merges: (s.merges ?? []).map(formatRange),
      fills: Object.fromEntries(Object.entries(s.fills ?? {}).filter((e): e is [string, string] => e[1] !== null)),
      notes: s.notes,
    };
  });
  return createFakeExcel({ workbook: { sheets, names: snap.names, structureProtected: snap.structureProtected } });
}

/** Writes the fake's workbook into a new ExcelJS workbook (the caller saves and reopens it). */
export async function excelJsFromOffice(fake: FakeExcel): Promise<Workbook> {
  const state = fake.inspect();
  const wb = new Workbook();
  for (const s of state.sheets) {
    const ws = wb.addWorksheet(s.name, {
      state: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
    });
    for (const [a1, cell] of Object.entries(s.cells)) {
      const c = ws.getCell(a1);
      if (cell.formula)
        c.value = { formula: cell.formula.slice(1), result: cell.value === '' ? undefined : cell.value };
      else if (cell.value !== '') c.value = cell.value;
      if (cell.format?.fill)
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.format.fill.slice(1)}` } };
    }
    for (const [a1, text] of Object.entries(s.notes)) ws.getCell(a1).note = text;
    for (const m of s.merges) ws.mergeCells(m);
    if (s.protected) await ws.protect('', {});
  }
  for (const [name, formula] of Object.entries(state.names)) wb.definedNames.add(formula.replace(/^=/, ''), name);
  return wb;
}
