/**
 * 导入 through the Office host on the fake Excel: the sync budget (at most 3 whatever the number of
 * forms), the user's sheets left alone, refusals that write nothing.
 */
import { importForms } from '../../src/commands/importForms';
import { PlanRefusedError } from '../../src/core/errors';
import { recognizeWorkbook } from '../../src/core/forms';
import { planImport, type ImportPreview } from '../../src/core/import';
import { readFixture, seedForms } from '../fixtures/forms/seedForms';
import { officeFixture, type StartSheet } from '../integration/hosts';

const seed = (): ImportPreview => planImport([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]);

const USER_SHEETS: StartSheet[] = [
  { name: '部门整体', cells: { A1: '我的草稿', B2: 42 } },
  { name: '导入说明', cells: { A1: '用户自己的说明' } },
  { name: 'Sheet3' },
];

describe.each(['1.18', '1.8'])('ExcelApi %s', (apiVersion) => {
  test('the seed’s four forms and 导入说明 cost 2 syncs; the user’s sheets are untouched', async () => {
    const fx = officeFixture({ sheets: USER_SHEETS }, { apiVersion });
    const result = await importForms(fx.host, seed());
    // Read the sheet list; write everything.
    expect(fx.fake.stats.syncs).toBe(2);
    expect(result.sheets).toEqual(['部门整体 (2)', '业务工作经费', '非转经工作经费（当年）', '科技月活动经费']);
    expect(result.notesSheet).toBe('导入说明 (2)');

    const state = fx.fake.inspect();
    expect(state.sheets.map((s) => s.name)).toEqual([...USER_SHEETS.map((s) => s.name), ...result.sheets, '导入说明 (2)']);
    const cells = (name: string) => Object.fromEntries(Object.entries(state.sheets.find((s) => s.name === name)!.cells).map(([a1, c]) => [a1, c.value]));
    expect(cells('部门整体')).toEqual({ A1: '我的草稿', B2: 42 });
    expect(cells('导入说明')).toEqual({ A1: '用户自己的说明' });
    expect(cells('Sheet3')).toEqual({});

    fx.fake.resetStats();
    const { forms } = recognizeWorkbook(await fx.host.read());
    expect(forms.map((f) => [f.sheet, f.kind, f.indicators.length])).toEqual([
      ['部门整体 (2)', 'department', 25],
      ['业务工作经费', 'project', 22],
      ['非转经工作经费（当年）', 'project', 8],
      ['科技月活动经费', 'project', 6],
    ]);
  });

  test('forty forms still cost 2 syncs', async () => {
    const fx = officeFixture({ sheets: [{ name: 'Sheet1' }] }, { apiVersion });
    const text = Array.from({ length: 10 }, () => readFixture('seed.txt')).join('\n');
    const preview = planImport([{ kind: 'text', source: 'many.txt', text }]);
    expect(preview.forms).toHaveLength(40);
    const result = await importForms(fx.host, preview);
    expect(fx.fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(fx.fake.stats.syncs).toBe(2);
    expect(result.sheets.slice(0, 5)).toEqual(['部门整体', '业务工作经费', '非转经工作经费（当年）', '科技月活动经费', '部门整体 (2)']);
    expect(fx.fake.inspect().sheets).toHaveLength(42);
  });
});

test('a protected workbook structure: refused before anything is written', async () => {
  const fx = officeFixture({ sheets: [{ name: 'Sheet1', cells: { A1: 'x' } }] });
  fx.fake.protectStructure();
  const before = fx.fake.inspect();
  await expect(importForms(fx.host, seed())).rejects.toBeInstanceOf(PlanRefusedError);
  expect(fx.fake.inspect()).toEqual(before);
});

test('a preview without forms writes nothing and costs no sync', async () => {
  const fx = officeFixture({ sheets: [{ name: 'Sheet1' }] });
  const preview = planImport([{ kind: 'text', source: 'memo.txt', text: '会议纪要' }]);
  expect(await importForms(fx.host, preview)).toEqual({ sheets: [], notesSheet: null, skipped: [] });
  expect(fx.fake.stats.syncs).toBe(0);
});

test('a name taken between the preview and the import gets the next free name', async () => {
  const preview = planImport([{ kind: 'text', source: 'p.txt', text: seedForms()[3] }]);
  expect(preview.forms[0].sheet).toBe('科技月活动经费');
  const fx = officeFixture({ sheets: [{ name: '科技月活动经费', cells: { A1: '别人先建的' } }] });
  const result = await importForms(fx.host, preview);
  expect(result.sheets).toEqual(['科技月活动经费 (2)']);
  expect(fx.fake.inspect().sheets.find((s) => s.name === '科技月活动经费')!.cells.A1.value).toBe('别人先建的');
});
