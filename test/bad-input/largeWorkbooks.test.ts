/**
 * Workbooks too large for one Office request or response. The fake Excel is given a small payload
 * limit (instead of 5 MB) so that a few forms pass it: reading them is done again in parts after
 * Excel refuses the whole, and writing is cut into batches by the host's request estimate, which
 * must never undercount an operation.
 */
import { clearMarks } from '../../src/commands/clearMarks';
import { SheetTooLargeError } from '../../src/core/errors';
import { describeError } from '../../src/i18n/describeError';
import { importForms } from '../../src/commands/importForms';
import { validateAndMark } from '../../src/commands/validate';
import { planImport } from '../../src/core/import';
import type { EditOp } from '../../src/core/plan';
import { buildTemplatePlan } from '../../src/core/templates';
import { createFakeExcel } from '../../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../../src/hosts/office';
import { officeOpBytes } from '../../src/hosts/office/requestBytes';
import { seedForms } from '../fixtures/forms/seedForms';
import { fakeSpec, seedProjectSheets } from '../marks/start';

const LIMIT = 150_000;

function hostOn(fake: ReturnType<typeof createFakeExcel>, batchLimit?: number): OfficeHost {
  // Parts of a read too large for one response aim at 80% of the limit, as they do of 5 MB.
  return new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office, batchLimit, readPartBytes: LIMIT * 0.8 });
}

/** Syncs, refused responses and accepted response bytes of what ran since the last reset. */
function costs(fake: ReturnType<typeof createFakeExcel>) {
  const accepted = fake.stats.batches.filter((b) => b.responseBytes <= LIMIT);
  return {
    syncs: fake.stats.syncs,
    refused: fake.stats.batches.length - accepted.length,
    bytes: accepted.reduce((n, b) => n + b.responseBytes, 0),
  };
}

test('validate and mark, then clear, 24 project forms whose read passes the limit', async () => {
  const fake = createFakeExcel({ workbook: fakeSpec({ sheets: seedProjectSheets(24) }), payloadLimit: LIMIT });
  const pristine = fake.inspect();
  const result = await validateAndMark(hostOn(fake), {}, { mark: true });
  expect(result.recognition.forms).toHaveLength(24);
  expect(result.marked).toBeGreaterThan(24);
  // The whole read is refused once; the sizes are asked (one sync), then parts that fit are read:
  // the syncs follow the bytes.
  const marking = costs(fake);
  expect(marking.refused).toBe(1);
  expect(marking.bytes).toBeGreaterThan(LIMIT);
  expect(marking.syncs).toBeLessThanOrEqual(5 + Math.ceil(marking.bytes / (LIMIT * 0.8)));
  // The same findings as a read without a limit.
  const free = createFakeExcel({ workbook: fakeSpec({ sheets: seedProjectSheets(24) }), payloadLimit: null });
  expect(result.findings).toEqual((await validateAndMark(hostOn(free), {}, { mark: false })).findings);
  fake.resetStats();
  await clearMarks(hostOn(fake));
  expect(fake.inspect()).toEqual(pristine);
  const clearing = costs(fake);
  expect(clearing.refused).toBe(1);
  expect(clearing.syncs).toBeLessThanOrEqual(5 + Math.ceil(clearing.bytes / (LIMIT * 0.8)));
});

test('importing 12 forms writes in batches that each fit the limit', async () => {
  const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] }, payloadLimit: LIMIT });
  const projects = seedForms().slice(1);
  const inputs = Array.from({ length: 12 }, (_, i) => ({ kind: 'text' as const, source: `${i + 1}.txt`, text: projects[i % 3] }));
  const preview = planImport(inputs, { takenSheets: ['Sheet1'] });
  const result = await importForms(hostOn(fake, Math.floor(LIMIT * 0.8)), preview);
  expect(result.sheets).toHaveLength(12);
  const writes = fake.stats.batches.slice(1);
  expect(writes.length).toBeGreaterThan(1);
  for (const b of writes) expect(b.requestBytes).toBeLessThanOrEqual(LIMIT);
  expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['Sheet1', ...result.sheets, ...(result.notesSheet ? [result.notesSheet] : [])]);
});

test('the request estimate never undercounts an operation of the templates or an import', async () => {
  const projects = seedForms().slice(1);
  const imported = await (async () => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] }, payloadLimit: null });
    const preview = planImport([{ kind: 'text', source: 'a.txt', text: projects[0] }], { takenSheets: ['Sheet1'] });
    const ops: EditOp[] = [];
    const host = hostOn(fake);
    const apply = host.apply.bind(host);
    host.apply = (plan, options) => {
      ops.push(...plan.ops);
      return apply(plan, options);
    };
    await importForms(host, preview);
    return ops;
  })();
  const ops = [
    ...buildTemplatePlan('project', { sheet: '项目', newSheet: true }).ops,
    ...buildTemplatePlan('department', { sheet: '部门整体', newSheet: true }).ops,
    ...imported,
  ];
  const bytesOf = async (sheet: string, list: EditOp[]) => {
    const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] }, payloadLimit: null });
    await hostOn(fake, 1e12).apply({ preconditions: [], ops: [{ kind: 'addSheet', sheet }, ...list] });
    return fake.stats.batches.at(-1)!.requestBytes;
  };
  const base = new Map<string, number>();
  let checked = 0;
  for (const op of ops) {
    if (op.kind === 'addSheet' || !('sheet' in op)) continue;
    if (!base.has(op.sheet)) base.set(op.sheet, await bytesOf(op.sheet, []));
    const actual = (await bytesOf(op.sheet, [op])) - base.get(op.sheet)!;
    expect([op.kind, officeOpBytes(op) >= actual]).toEqual([op.kind, true]);
    checked++;
  }
  expect(checked).toBeGreaterThan(150);
}, 30_000);

describe('one sheet past the 5 MB response limit', () => {
  const realLimitHost = (fake: ReturnType<typeof createFakeExcel>) =>
    new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });

  test('a form whose sheet is filled down to row 100,000: marked from the fills of its cells with values', async () => {
    const [form] = seedProjectSheets(1);
    const fills: Record<string, string> = {};
    for (let r = 60; r <= 100_000; r++) fills[`A${r}`] = '#FFFF00';
    const fake = createFakeExcel({ workbook: fakeSpec({ sheets: [{ ...form, fills }] }) });
    const before = fake.inspect().sheets[0];
    const result = await validateAndMark(realLimitHost(fake), {}, { mark: true });
    expect(result.marked).toBeGreaterThan(0);
    // The whole read is refused once; then the sizes, the sheet with its values' fills, the write.
    expect(fake.stats.batches.filter((b) => b.responseBytes > 5 * 1024 * 1024)).toHaveLength(1);
    expect(fake.stats.syncs).toBeLessThanOrEqual(6);
    await clearMarks(realLimitHost(fake));
    const after = fake.inspect().sheets[0];
    expect([after.cells, after.notes]).toEqual([before.cells, before.notes]);
  }, 60_000);

  test('a sheet whose values alone pass the limit: a message naming it, nothing written', async () => {
    const cells: Record<string, string> = {};
    for (let r = 1; r <= 60_000; r++) for (const c of ['A', 'B', 'C']) cells[`${c}${r}`] = `第${r}行的一段很长很长很长很长很长的说明文字`;
    const fake = createFakeExcel({ workbook: fakeSpec({ sheets: [{ name: '大表', cells }] }) });
    const err = await validateAndMark(realLimitHost(fake), {}, { mark: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SheetTooLargeError);
    expect(describeError(err, 'zh-CN')).toContain('工作表「大表」的内容太多，Excel 无法一次读出');
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['大表']);
  }, 60_000);
});
