/**
 * Properties over random workbooks, on the Office host (fake Excel) and the xlsx host (ExcelJS):
 * 插入模板 at the selection never changes a cell that held something (it writes, or refuses and
 * writes nothing); marking findings and then clearing them gives every cell back its fill and note;
 * 导入 into a workbook whose sheets have the names it wants never changes a sheet that was there.
 * Modest run counts keep the suite fast.
 */
import fc from 'fast-check';
import { clearMarks } from '../../src/commands/clearMarks';
import { importForms } from '../../src/commands/importForms';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { markFindings } from '../../src/commands/validate';
import { cellA1, parseCell } from '../../src/core/address';
import { PlanRefusedError } from '../../src/core/errors';
import { planImport } from '../../src/core/import';
import type { WorkbookHost } from '../../src/core/host';
import { findSheet, type CellValue } from '../../src/core/snapshot';
import { fixture, type HostName } from '../integration/hosts';
import { harness, type HostKind } from '../marks/harness';
import { finding } from '../marks/start';
import { seedForms } from '../fixtures/forms/seedForms';

const address = fc.record({ row: fc.integer({ min: 1, max: 60 }), col: fc.integer({ min: 1, max: 14 }) }).map(({ row, col }) => cellA1(row, col));
const value: fc.Arbitrary<CellValue> = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== ''), fc.integer({ min: -999, max: 9999 }));
const cellsArb = fc.dictionary(address, value, { minKeys: 1, maxKeys: 25 });

async function valuesOf(host: WorkbookHost, sheet: string): Promise<Map<string, CellValue>> {
  const wb = await host.read({ sheets: [sheet] });
  const s = findSheet(wb, sheet)!;
  const out = new Map<string, CellValue>();
  s.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== '') out.set(cellA1(s.origin.row + r, s.origin.col + c), v);
    }),
  );
  return out;
}

describe.each<HostName>(['office', 'xlsx'])('%s host', (hostName) => {
  test('插入模板 at a random selection never changes a non-empty cell', async () => {
    let refused = 0;
    let written = 0;
    await fc.assert(
      fc.asyncProperty(cellsArb, address, fc.constantFrom('department' as const, 'project' as const), async (cells, selection, kind) => {
        const fx = fixture(hostName, { sheets: [{ name: '表1', cells }], active: '表1', selection });
        try {
          const before = await valuesOf(fx.host, '表1');
          try {
            await insertTemplate(fx.host, { kind, target: 'selection' });
            written++;
          } catch (e) {
            if (!(e instanceof PlanRefusedError)) throw e;
            refused++;
            // Refused: the sheet is exactly as it was.
            expect(await valuesOf(fx.host, '表1')).toEqual(before);
            return;
          }
          const after = await valuesOf(fx.host, '表1');
          for (const [a1, v] of before) expect([a1, after.get(a1)]).toEqual([a1, v]);
          // Something was written, from the selected cell.
          expect(after.get(selection)).toMatch(/申报表$/);
        } finally {
          fx.cleanup();
        }
      }),
      { numRuns: hostName === 'office' ? 30 : 15 },
    );
    // Both outcomes were exercised.
    expect(refused).toBeGreaterThan(0);
    expect(written).toBeGreaterThan(0);
  }, 60_000);
});

const palette = fc.constantFrom('#FFFF00', '#DDEBF7', '#00B050', '#C00000');
const noteText = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

describe.each<HostKind>(['office', 'xlsx'])('%s host', (kind) => {
  test('mark random findings, then clear: every fill and note is as before', async () => {
    let markedRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        cellsArb,
        fc.dictionary(address, palette, { maxKeys: 8 }),
        fc.dictionary(address, noteText, { maxKeys: 6 }),
        fc.uniqueArray(fc.tuple(address, fc.constantFrom('error' as const, 'warning' as const, 'info' as const)), {
          minLength: 1,
          maxLength: 10,
          selector: ([a1]) => a1,
        }),
        async (cells, fills, notes, found) => {
          const h = await harness(kind, { sheets: [{ name: '项目1', cells, fills, notes }] });
          try {
            const watched = [...new Set([...Object.keys(cells), ...Object.keys(fills), ...Object.keys(notes), ...found.map(([a1]) => a1)])].sort(
              (a, b) => parseCell(a).row - parseCell(b).row || parseCell(a).col - parseCell(b).col,
            );
            const before = await h.look('项目1', watched);
            const outline = await h.outline();
            await markFindings(h.host, found.map(([a1, severity]) => finding('项目1', a1, severity, `问题 ${a1}`)));
            await h.reopen();
            if (JSON.stringify(await h.look('项目1', watched)) !== JSON.stringify(before)) markedRuns++;
            await clearMarks(h.host);
            await h.reopen();
            expect(await h.look('项目1', watched)).toEqual(before);
            expect(await h.outline()).toEqual(outline);
          } finally {
            h.cleanup();
          }
        },
      ),
      { numRuns: kind === 'office' ? 25 : 10 },
    );
    // The marks did change cells in most runs: the restoring is not vacuous.
    expect(markedRuns).toBeGreaterThan(kind === 'office' ? 12 : 5);
  }, 60_000);
});

/** Names an import wants (the seed's sheets, 导入说明), as typed by users, and others. */
const sheetName = fc.constantFrom(
  '部门整体',
  '部门整体 (2)',
  '业务工作经费',
  '非转经工作经费（当年）',
  '科技月活动经费',
  '科技月活动经费 (2)',
  '导入说明',
  'Sheet1',
  '项目支出汇总',
  `${'长'.repeat(27)}项目名称`,
);
const existingSheets = fc.uniqueArray(fc.record({ name: sheetName, cells: cellsArb }), {
  minLength: 1,
  maxLength: 6,
  selector: (s) => s.name.toLowerCase(),
});
/** The seed's forms, some of them, in any order. */
const seedSubset = fc.shuffledSubarray(seedForms(), { minLength: 1 });

describe.each<HostName>(['office', 'xlsx'])('%s host', (hostName) => {
  test('导入 into a random workbook never changes a sheet that was there', async () => {
    await fc.assert(
      fc.asyncProperty(existingSheets, seedSubset, async (sheets, forms) => {
        const fx = fixture(hostName, { sheets, active: sheets[0].name, selection: 'A1' });
        try {
          const before = new Map<string, Map<string, CellValue>>();
          for (const s of sheets) before.set(s.name, await valuesOf(fx.host, s.name));
          const preview = planImport(forms.map((text, i) => ({ kind: 'text' as const, source: `${i + 1}.txt`, text })));
          const result = await importForms(fx.host, preview);
          const wb = await fx.host.read({ sheets: [] });
          const names = wb.sheets.map((s) => s.name);
          // Every sheet that was there is there, with the same contents; the new ones come after.
          expect(names.slice(0, sheets.length)).toEqual(sheets.map((s) => s.name));
          for (const s of sheets) expect([s.name, await valuesOf(fx.host, s.name)]).toEqual([s.name, before.get(s.name)]);
          const added = [...result.sheets, ...(result.notesSheet ? [result.notesSheet] : [])];
          expect(names.slice(sheets.length)).toEqual(added);
          expect(added).toHaveLength(forms.length + (result.notesSheet ? 1 : 0));
          for (const n of added) expect(sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())).toBe(false);
        } finally {
          fx.cleanup();
        }
      }),
      { numRuns: hostName === 'office' ? 40 : 20 },
    );
  }, 120_000);
});
