/**
 * The Office round-trip budget: a command costs at most 3 `context.sync()` calls, and the count
 * does not grow with the number of sheets in the workbook. The counts asserted are the ones
 * measured on the fake Excel, which counts every sync (Excel.run's closing flush included).
 */
import { addIndicatorRow } from '../../src/commands/addIndicatorRow';
import { insertTemplate } from '../../src/commands/insertTemplate';
import { templateLayout } from '../../src/core/templates/layout';
import type { FormKind } from '../../src/core/templates/fields';
import { officeFixture, type StartSheet } from './hosts';

function sheets(count: number): StartSheet[] {
  return Array.from({ length: count }, (_, i) => ({ name: `表${i + 1}`, cells: { A1: `第${i + 1}张`, B2: i } }));
}

const KINDS: FormKind[] = ['department', 'project'];
/** Sheets already in the workbook, and the ExcelApi version (1.8: Excel 2019, the floor). */
const SETUPS: [number, string][] = [
  [1, '1.18'],
  [50, '1.18'],
  [1, '1.8'],
  [50, '1.8'],
];

describe.each(SETUPS)('a workbook with %i existing sheets, ExcelApi %s', (count, apiVersion) => {
  test.each(KINDS)('插入模板 (%s) into a new sheet: 2 syncs', async (kind) => {
    const fx = officeFixture({ sheets: sheets(count) }, { apiVersion });
    await insertTemplate(fx.host, { kind });
    // Read the sheet list and selection; write everything.
    expect(fx.fake.stats.syncs).toBe(2);
    expect(fx.fake.inspect().sheets).toHaveLength(count + 1);
  });

  test.each(KINDS)('插入模板 (%s) at the selection: 3 syncs', async (kind) => {
    const fx = officeFixture({ sheets: [...sheets(count), { name: '目标' }], active: '目标', selection: 'C5' }, { apiVersion });
    await insertTemplate(fx.host, { kind, target: 'selection' });
    // Read the sheet list and selection; read the target area to check it is empty; write.
    expect(fx.fake.stats.syncs).toBe(3);
    expect(fx.fake.inspect().sheets.find((s) => s.name === '目标')?.cells.C5.value).toMatch(/申报表$/);
  });

  test.each(KINDS)('添加指标行 (%s): 3 syncs', async (kind) => {
    const fx = officeFixture({ sheets: sheets(count) }, { apiVersion });
    const { sheet } = await insertTemplate(fx.host, { kind });
    const ind = templateLayout(kind, 'A1').indicators;
    await fx.select(sheet, `D${ind.firstRow}`);
    fx.fake.resetStats();
    const result = await addIndicatorRow(fx.host);
    expect(result).toEqual({ sheet, row: ind.firstRow + 1 });
    // Read the selection and its sheet (list, then contents); write.
    expect(fx.fake.stats.syncs).toBe(3);
  });
});
