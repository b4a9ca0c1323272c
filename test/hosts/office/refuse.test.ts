import { PlanRefusedError } from '../../../src/core/errors';
import type { EditPlan } from '../../../src/core/plan';
import { hostOverFake } from './helpers';

function form() {
  return hostOverFake({
    workbook: {
      sheets: [
        { name: 'Form', cells: { A1: '部门名称', B1: '某局', C9: '已填写', D12: '=1+1' }, merges: ['A1:A2'], fills: { B1: '#FFFF00' }, notes: { B1: 'n' } },
        { name: 'Locked', protected: true, cells: { A1: 'x' } },
      ],
      names: { jx_m_1: '=Form!$B$1' },
    },
  });
}

/** Writes into C8:D12 of Form after checking the area is empty. */
function fillPlan(extra: EditPlan['preconditions'] = []): EditPlan {
  return {
    preconditions: [{ kind: 'areaEmpty', sheet: 'Form', address: 'C8:D12' }, ...extra],
    ops: [
      { kind: 'addSheet', sheet: 'New' },
      { kind: 'values', sheet: 'Form', address: 'C8', values: [['a', 'b']] },
      { kind: 'note', sheet: 'Form', cell: 'C8', text: 'x' },
    ],
  };
}

async function refusal(run: Promise<unknown>): Promise<PlanRefusedError> {
  try {
    await run;
  } catch (e) {
    if (e instanceof PlanRefusedError) return e;
    throw e;
  }
  throw new Error('the plan was not refused');
}

describe('OfficeHost.apply refuses a plan before writing anything', () => {
  test('an occupied target area: the first occupied cell is named, nothing changes', async () => {
    const { fake, host } = form();
    const before = fake.inspect();
    const e = await refusal(host.apply(fillPlan()));
    expect(e.violations).toEqual([{ kind: 'cellOccupied', sheet: 'Form', cell: 'C9', value: '已填写' }]);
    expect(fake.inspect()).toEqual(before);
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.batches[0].log.every((l) => l.statement.includes('.load('))).toBe(true);
  });

  test('a formula counts as occupied even where it shows nothing', async () => {
    const { fake, host } = form();
    const before = fake.inspect();
    const e = await refusal(host.apply({ preconditions: [{ kind: 'areaEmpty', sheet: 'form', address: 'D10:D12' }], ops: [] }));
    expect(e.violations).toEqual([{ kind: 'cellOccupied', sheet: 'Form', cell: 'D12', value: '=1+1' }]);
    expect(fake.inspect()).toEqual(before);
  });

  test('a protected sheet, a protected structure, an existing and a missing sheet: all reported', async () => {
    const { fake, host } = form();
    fake.protectStructure();
    const before = fake.inspect();
    const e = await refusal(
      host.apply({
        preconditions: [
          { kind: 'sheetWritable', sheet: 'Locked' },
          { kind: 'structureWritable' },
          { kind: 'sheetAbsent', sheet: 'FORM' },
          { kind: 'sheetPresent', sheet: 'Gone' },
        ],
        ops: [{ kind: 'values', sheet: 'Locked', address: 'A1', values: [['y']] }],
      }),
    );
    expect(e.violations).toEqual([
      { kind: 'sheetProtected', sheet: 'Locked' },
      { kind: 'structureProtected' },
      { kind: 'sheetExists', sheet: 'FORM' },
      { kind: 'sheetMissing', sheet: 'Gone' },
    ]);
    expect(fake.inspect()).toEqual(before);
  });

  test('an area on a missing sheet: the failed read is followed by the sheet list, and the plan refused', async () => {
    const { fake, host } = form();
    const before = fake.inspect();
    const e = await refusal(
      host.apply({ preconditions: [{ kind: 'sheetPresent', sheet: 'Gone' }, { kind: 'areaEmpty', sheet: 'Gone', address: 'A1:B2' }], ops: [] }),
    );
    expect(e.violations).toEqual([
      { kind: 'sheetMissing', sheet: 'Gone' },
      { kind: 'sheetMissing', sheet: 'Gone' },
    ]);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.inspect()).toEqual(before);
  });

  test('cells changed since the preview', async () => {
    const { fake, host } = form();
    const before = fake.inspect();
    const e = await refusal(
      host.apply({
        preconditions: [
          { kind: 'cellsUnchanged', sheet: 'Form', cells: { B1: { value: '某局' }, D12: { value: 2, formula: '=1+1' } } },
          { kind: 'cellsUnchanged', sheet: 'Form', cells: { A1: { value: '部门' } } },
        ],
        ops: [{ kind: 'values', sheet: 'Form', address: 'B1', values: [['新']] }],
      }),
    );
    expect(e.violations).toEqual([{ kind: 'cellChanged', sheet: 'Form', cell: 'A1' }]);
    expect(fake.inspect()).toEqual(before);
  });

  test('checked against the snapshot just read: refused without any sync', async () => {
    const { fake, host } = form();
    // The plan sets a note on C8: the read asks about that cell too.
    const snapshot = await host.read({ sheets: ['Form'], cellDetails: { Form: ['C8'] } });
    fake.resetStats();
    const e = await refusal(host.apply(fillPlan(), { checkedAgainst: snapshot }));
    expect(e.violations[0]).toMatchObject({ kind: 'cellOccupied', cell: 'C9' });
    expect(fake.stats.syncs).toBe(0);
  });

  test('a snapshot that did not read the sheet an area is on is read again', async () => {
    const { fake, host } = form();
    const snapshot = await host.read({ sheets: [] });
    fake.resetStats();
    const e = await refusal(host.apply(fillPlan(), { checkedAgainst: snapshot }));
    expect(e.violations[0]).toMatchObject({ kind: 'cellOccupied', cell: 'C9' });
    expect(fake.stats.syncs).toBe(1);
  });
});
