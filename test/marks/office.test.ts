/**
 * The Office host's side of marks: the sync budget on a workbook of 50 project forms, older
 * Excel versions, and a failure at every command of the write.
 */
import { clearMarks } from '../../src/commands/clearMarks';
import { markFindings, validateAndMark } from '../../src/commands/validate';
import { WriteFailedError } from '../../src/core/errors';
import { locateMark, readMarkStore } from '../../src/core/marks';
import { createFakeExcel, type FakeExcel, type InspectedWorkbook } from '../../src/fake-excel';
import { officeHarness, officeHost } from './harness';
import { fakeSpec, finding, seedProjectSheets, smallBook, smallFindings } from './start';

function fiftyProjects(apiVersion?: string): FakeExcel {
  return createFakeExcel({ workbook: fakeSpec({ sheets: seedProjectSheets(50) }), apiVersion });
}

/** Cells whose format or note differ between two inspections, as "sheet!A1". */
function changedCells(a: InspectedWorkbook, b: InspectedWorkbook): string[] {
  const out: string[] = [];
  for (const sa of a.sheets) {
    const sb = b.sheets.find((s) => s.name === sa.name);
    if (!sb) continue;
    const cells = new Set([
      ...Object.keys(sa.cells),
      ...Object.keys(sb.cells),
      ...Object.keys(sa.notes),
      ...Object.keys(sb.notes),
    ]);
    for (const a1 of cells) {
      const same =
        JSON.stringify(sa.cells[a1]?.format ?? {}) === JSON.stringify(sb.cells[a1]?.format ?? {}) &&
        sa.notes[a1] === sb.notes[a1] &&
        (sa.cells[a1]?.value ?? '') === (sb.cells[a1]?.value ?? '');
      if (!same) out.push(`${sa.name}!${a1}`);
    }
  }
  return out;
}

describe('Office host: round trips', () => {
  test('validate and mark 50 project forms in 3 syncs; clear in 3; the workbook is as before', async () => {
    const fake = fiftyProjects();
    const host = officeHost(fake);
    const before = fake.inspect();
    fake.resetStats();
    const result = await validateAndMark(host, {}, { mark: true });
    expect(fake.stats.syncs).toBe(3);
    const marking = result.findings.filter((f) => f.severity !== 'info');
    expect(marking.length).toBeGreaterThanOrEqual(100);
    const cells = new Set(marking.map((f) => `${f.sheet}!${f.cell}`));
    expect(result.marked).toBe(cells.size);
    expect(result.unmarkedProtected).toEqual([]);
    const marked = fake.inspect();
    expect(changedCells(before, marked).sort()).toEqual([...cells].sort());
    expect(marked.sheets.at(-1)).toMatchObject({ name: 'jixiao_marks', visibility: 'VeryHidden' });
    expect(Object.keys(marked.names)).toHaveLength(cells.size);
    // The three batches stay well under Excel on the web's 5 MB.
    for (const b of fake.stats.batches) expect(Math.max(b.requestBytes, b.responseBytes)).toBeLessThan(2_000_000);

    fake.resetStats();
    expect(await clearMarks(host)).toEqual({
      restored: cells.size,
      leftAsUserChanged: [],
      storeRemoved: true,
      kept: [],
      gone: 0,
    });
    expect(fake.stats.syncs).toBe(3);
    expect(fake.inspect()).toEqual(before);
  });

  test('validating without marking reads in 2 syncs and writes nothing', async () => {
    const fake = fiftyProjects();
    const before = fake.inspect();
    fake.resetStats();
    const result = await validateAndMark(officeHost(fake));
    expect(fake.stats.syncs).toBe(2);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.marked).toBe(0);
    expect(fake.inspect()).toEqual(before);
  });

  test('validating again with marks in place: still 3 syncs, and the store holds only the new marks', async () => {
    const fake = fiftyProjects();
    const host = officeHost(fake);
    const before = fake.inspect();
    const first = await validateAndMark(host, {}, { mark: true });
    fake.resetStats();
    const second = await validateAndMark(host, {}, { mark: true });
    expect(fake.stats.syncs).toBe(3);
    expect(second.marked).toBe(first.marked);
    expect(second.leftAsUserChanged).toEqual([]);
    expect(Object.keys(fake.inspect().names)).toHaveLength(first.marked);
    await clearMarks(host);
    expect(fake.inspect()).toEqual(before);
  });
});

describe('Office host: older Excel', () => {
  test('ExcelApi 1.12 (no notes): fill only, 3 syncs; clear restores', async () => {
    const h = officeHarness(smallBook(), '1.12');
    const before = h.fake.inspect();
    h.fake.resetStats();
    const result = await markFindings(h.host, smallFindings());
    expect(h.fake.stats.syncs).toBe(3);
    expect(result).toMatchObject({ marked: 5, notes: false });
    const after = h.fake.inspect();
    expect(after.sheets[0].cells.C4.format).toEqual({ fill: '#FFC7CE' });
    expect(after.sheets[0].notes).toEqual(before.sheets[0].notes);
    expect(await clearMarks(h.host)).toMatchObject({ restored: 5, storeRemoved: true });
    expect(h.fake.inspect()).toEqual(before);
  });

  test('ExcelApi 1.8 (fills not readable at once): one more sync, 4 in all; clear likewise', async () => {
    const h = officeHarness(smallBook(), '1.8');
    const before = h.fake.inspect();
    h.fake.resetStats();
    const result = await markFindings(h.host, smallFindings());
    expect(h.fake.stats.syncs).toBe(4);
    expect(result).toMatchObject({ marked: 5, notes: false });
    expect(h.fake.inspect().sheets[0].cells.E5.format).toEqual({ fill: '#FFC7CE' });
    h.fake.resetStats();
    expect(await clearMarks(h.host)).toMatchObject({ restored: 5, storeRemoved: true });
    expect(h.fake.stats.syncs).toBe(4);
    expect(h.fake.inspect()).toEqual(before);
  });

  test('marks with notes made on a newer Excel stay when cleared on one without notes, for a later clear', async () => {
    const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
    const before = fake.inspect();
    await markFindings(officeHost(fake), smallFindings());
    fake.setApiVersion('1.12');
    const old = await clearMarks(officeHost(fake));
    expect(old.restored).toBe(0);
    expect(old.storeRemoved).toBe(false);
    expect(old.kept.map((k) => k.reason)).toEqual(new Array(5).fill('notes-unsupported'));
    fake.setApiVersion('1.18');
    expect(await clearMarks(officeHost(fake))).toMatchObject({ restored: 5, storeRemoved: true });
    expect(fake.inspect()).toEqual(before);
  });
});

/** The statements of the mark write, for a run without failure. */
async function writeCommands(findingsFor: () => ReturnType<typeof smallFindings>, premark: boolean): Promise<string[]> {
  const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
  if (premark) await markFindings(officeHost(fake), smallFindings());
  fake.resetStats();
  await markFindings(officeHost(fake), findingsFor());
  return fake.stats.batches[2].log.filter((e) => e.kind === 'command').map((e) => e.statement);
}

describe.each([
  ['a first 审核', false, smallFindings],
  [
    '审核 again over earlier marks',
    true,
    () => [finding('项目1', 'C4', 'warning', '指标值不明确。'), finding('项目1', 'D6', 'error', '必须填写。')],
  ],
])('a failure at every command of the mark write: %s', (_label, premark, findingsFor) => {
  test('leaves no mark without its record, and 清除标记 then restores the workbook exactly', async () => {
    const commands = await writeCommands(findingsFor, premark);
    expect(commands.length).toBeGreaterThan(10);
    let cutWithChanges = 0;
    for (let k = 0; k < commands.length; k++) {
      const fake = createFakeExcel({ workbook: fakeSpec(smallBook()) });
      const host = officeHost(fake);
      const pristine = fake.inspect();
      if (premark) await markFindings(host, smallFindings());
      fake.failAt({ batch: 3, command: k, message: `boom at ${commands[k]}` });
      await expect(markFindings(host, findingsFor())).rejects.toBeInstanceOf(WriteFailedError);

      // Every cell that differs from before the first mark is recorded, with its true original.
      const now = fake.inspect();
      const changed = changedCells(pristine, now).filter((c) => !c.startsWith('jixiao_marks!'));
      if (changed.length > 0) {
        cutWithChanges++;
        const wb = await host.read({ names: true, cellDetails: 'all' });
        const store = readMarkStore(wb)!;
        for (const c of changed) {
          const [sheet, cell] = c.split('!');
          const mark = store.marks.find((m) => {
            const at = locateMark(wb, m.name);
            return at?.sheet.name === sheet && at.cell === cell;
          });
          expect([k, c, mark !== undefined]).toEqual([k, c, true]);
          const original = pristine.sheets.find((s) => s.name === sheet)!;
          expect([k, c, mark!.originalFill, mark!.note?.original]).toEqual([
            k,
            c,
            original.cells[cell]?.format?.fill ?? null,
            original.notes[cell] ?? null,
          ]);
        }
      }
      await clearMarks(host);
      expect([k, fake.inspect()]).toEqual([k, pristine]);
    }
    // Most cuts leave cells changed: the check above is not vacuous.
    expect(cutWithChanges).toBeGreaterThan(commands.length / 3);
  });
});
