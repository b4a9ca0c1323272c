import { WriteFailedError } from '../../../src/core/errors';
import type { EditPlan } from '../../../src/core/plan';
import { hostOverFake } from './helpers';

const plan: EditPlan = {
  preconditions: [{ kind: 'sheetAbsent', sheet: 'New' }],
  ops: [
    { kind: 'addSheet', sheet: 'New' },
    { kind: 'values', sheet: 'New', address: 'A1', values: [['标题']] },
    { kind: 'values', sheet: 'Main', address: 'B2', values: [['written']] },
    { kind: 'style', sheet: 'New', address: 'A1:B2', style: { fill: '#FFC7CE', font: { bold: true } } },
    { kind: 'merge', sheet: 'New', address: 'A1:B1' },
    { kind: 'note', sheet: 'Main', cell: 'A1', text: '请核实' },
    { kind: 'addName', name: 'jx_n', ref: 'Main!$B$2' },
    { kind: 'sheetVisibility', sheet: 'New', visibility: 'veryHidden' },
    { kind: 'activate', sheet: 'Main', select: 'B2' },
  ],
};

async function setUp() {
  const { fake, host } = hostOverFake({ workbook: { sheets: [{ name: 'Main', cells: { A1: '部门' } }] } });
  const snapshot = await host.read({ sheets: [], names: true, cellDetails: { Main: ['A1'] } });
  fake.resetStats();
  return { fake, host, snapshot };
}

async function failure(run: Promise<unknown>): Promise<WriteFailedError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof WriteFailedError) return e;
    throw e;
  }
  throw new Error('the write did not fail');
}

/** For each command of the write batch, how many operations had fully landed before it. */
async function opsBeforeEachCommand(): Promise<number[]> {
  const { fake, host, snapshot } = await setUp();
  await host.apply(plan, { checkedAgainst: snapshot });
  const out: number[] = [];
  let traces = 0;
  for (const entry of fake.stats.batches[0].log) {
    if (entry.kind === 'trace') traces++;
    else out.push(traces);
  }
  return out;
}

describe('a write that fails part way', () => {
  test('at every command of the batch: what landed stays, the error says what, added sheets are removed', async () => {
    const before = await opsBeforeEachCommand();
    expect(before).toHaveLength(11);
    for (let k = 0; k < before.length; k++) {
      const { fake, host, snapshot } = await setUp();
      fake.failAt({ command: k, code: 'GeneralException', message: `boom at ${k}` });
      const e = await failure(host.apply(plan, { checkedAgainst: snapshot }));
      const done = before[k];
      expect([k, e.applied, e.total]).toEqual([k, done, 9]);
      expect(e.failedOp).toEqual(plan.ops[done]);
      expect(e.causeMessage).toBe(`boom at ${k}`);
      const sheetAdded = done >= 1;
      expect(e.removedSheets).toEqual(sheetAdded ? ['New'] : []);
      expect(e.leftSheets).toEqual([]);
      expect(fake.stats.syncs).toBe(sheetAdded ? 2 : 1);
      const wb = fake.inspect();
      expect(wb.sheets.map((s) => s.name)).toEqual(['Main']);
      // Commands on the existing sheet before the failing one stay applied, as in Excel.
      const main = wb.sheets[0];
      expect(main.cells.B2?.value).toBe(k > 2 ? 'written' : undefined);
      expect(main.notes).toEqual(k > 6 ? { A1: '请核实' } : {});
      // The name refers to Main, which stays.
      expect(Object.keys(wb.names)).toEqual(k > 7 ? ['jx_n'] : []);
    }
  });

  test('when removing the added sheet fails too, the error says it was left', async () => {
    const { fake, host, snapshot } = await setUp();
    fake.failAt({ command: 4 });
    fake.failAt({ batch: 2, command: 0, code: 'AccessDenied' });
    const e = await failure(host.apply(plan, { checkedAgainst: snapshot }));
    expect([e.applied, e.leftSheets, e.removedSheets]).toEqual([3, ['New'], []]);
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['Main', 'New']);
  });

  test('an added sheet already very hidden is hidden normally before it is removed', async () => {
    const { fake, host, snapshot } = await setUp();
    const lastBeforeActivate = (await opsBeforeEachCommand()).indexOf(8);
    fake.failAt({ command: lastBeforeActivate });
    const e = await failure(host.apply(plan, { checkedAgainst: snapshot }));
    expect([e.applied, e.removedSheets, e.leftSheets]).toEqual([8, ['New'], []]);
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['Main']);
  });

  test('a request over the payload limit lands nothing', async () => {
    const { fake, host } = hostOverFake({ payloadLimit: 2000, workbook: { sheets: [{ name: 'Main' }] } }, { batchLimit: 100_000 });
    const big: EditPlan = {
      preconditions: [],
      ops: [
        { kind: 'addSheet', sheet: 'New' },
        { kind: 'values', sheet: 'New', address: 'A1', values: [['长'.repeat(1000)]] },
      ],
    };
    const e = await failure(host.apply(big));
    expect([e.applied, e.failedOp, e.removedSheets, e.leftSheets]).toEqual([0, big.ops[0], [], []]);
    expect(e.causeMessage).toMatch(/payload/);
    expect(fake.inspect().sheets.map((s) => s.name)).toEqual(['Main']);
  });
});
