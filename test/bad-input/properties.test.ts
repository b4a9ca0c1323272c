/**
 * Properties over random workbooks, on the Office host (fake Excel) and the xlsx host (ExcelJS):
 * 插入模板 at the selection never changes a cell that held something (it writes, or refuses and
 * writes nothing); marking findings and then clearing them gives every cell back its fill and note.
 * Modest run counts keep the suite fast.
 */
import fc from 'fast-check';
import { clearMarks } from '../../src/commands/clearMarks';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { markFindings } from '../../src/commands/validate';
import { cellA1, parseCell } from '../../src/core/address';
import { PlanRefusedError } from '../../src/core/errors';
import type { WorkbookHost } from '../../src/core/host';
import { findSheet, type CellValue } from '../../src/core/snapshot';
import { fixture, type HostName } from '../integration/hosts';
import { harness, type HostKind } from '../marks/harness';
import { finding } from '../marks/start';

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
