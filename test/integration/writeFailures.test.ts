/**
 * 插入模板 through the Office host when Excel fails part way through the write batch (the fake's
 * failAt, at the first command, at the start of several operations, at the last command): the error
 * is WriteFailedError saying how many operations landed; those stay (Excel does not undo them), a
 * half-built new sheet is removed again, nothing else changes, and the active sheet and selection
 * are the user's (activate comes last).
 */
import { insertTemplate } from '../../src/commands/insertTemplate';
import { WriteFailedError } from '../../src/core/errors';
import type { EditOp } from '../../src/core/plan';
import { buildTemplatePlan } from '../../src/core/templates';
import type { FormKind } from '../../src/core/templates/fields';
import type { InspectedWorkbook } from '../../src/fake-excel';
import { INSERT_START as START, officeFixture, type OfficeFixture } from './hosts';

type Target = 'newSheet' | 'selection';

function targetSheet(kind: FormKind, target: Target): string {
  if (target === 'selection') return 'Sheet1';
  return kind === 'department' ? '部门整体' : '项目';
}

interface WriteBatch {
  /** Commands of the write batch. */
  commands: number;
  /** For each command, the operations wholly landed before it. */
  opsBefore: number[];
  /** The plan's operations. */
  ops: EditOp[];
}

/** The write batch of a run that does not fail: its commands and where each operation starts. */
async function writeBatch(kind: FormKind, target: Target): Promise<WriteBatch> {
  const fx = officeFixture(START);
  fx.fake.resetStats();
  await insertTemplate(fx.host, { kind, target });
  const batch = fx.fake.stats.batches[fx.fake.stats.batches.length - 1];
  const opsBefore: number[] = [];
  let traces = 0;
  for (const entry of batch.log) {
    if (entry.kind === 'trace') traces++;
    else opsBefore.push(traces);
  }
  const ops = buildTemplatePlan(kind, {
    sheet: targetSheet(kind, target),
    newSheet: target === 'newSheet',
    anchor: target === 'newSheet' ? 'A1' : 'C5',
  }).ops;
  return { commands: batch.commands, opsBefore, ops };
}

/** The state after the first `n` operations of the plan alone, written without a failure. */
async function afterOps(ops: EditOp[], n: number): Promise<InspectedWorkbook> {
  const fx = officeFixture(START);
  if (n > 0) await fx.host.apply({ preconditions: [], ops: ops.slice(0, n) });
  return fx.fake.inspect();
}

async function failing(fx: OfficeFixture, kind: FormKind, target: Target): Promise<WriteFailedError> {
  try {
    await insertTemplate(fx.host, { kind, target });
  } catch (e) {
    if (e instanceof WriteFailedError) return e;
    throw e;
  }
  throw new Error('the write did not fail');
}

/** The commands to fail at: the first, the first of some operations in between, the last. */
function failurePoints(b: WriteBatch): number[] {
  const starts = b.opsBefore.flatMap((n, k) => (k > 0 && n !== b.opsBefore[k - 1] ? [k] : []));
  const pick = [1, 2, 3, Math.floor(starts.length / 2), starts.length - 2, starts.length - 1].map((i) => starts[i]);
  return [...new Set([0, ...pick, b.commands - 1])].sort((x, y) => x - y);
}

describe.each([
  ['department', 'newSheet'],
  ['project', 'newSheet'],
  ['department', 'selection'],
  ['project', 'selection'],
] as [FormKind, Target][])('%s form, %s: a failure in the write batch', (kind, target) => {
  test('WriteFailedError; landed operations stay, the new sheet goes, the rest and the active sheet are as before', async () => {
    const batch = await writeBatch(kind, target);
    expect(batch.opsBefore).toHaveLength(batch.commands);
    const points = failurePoints(batch);
    expect(points.length).toBeGreaterThanOrEqual(6);
    const before = officeFixture(START).fake.inspect();

    for (const k of points) {
      const fx = officeFixture(START);
      // The read is the first sync of the command (and, at the selection, the area check the
      // second); the write batch comes after.
      fx.fake.failAt({ batch: target === 'newSheet' ? 2 : 3, command: k, message: `失败于第${k}条` });
      const e = await failing(fx, kind, target);
      const landed = batch.opsBefore[k];
      expect([k, e.applied, e.total, e.failedOp]).toEqual([k, landed, batch.ops.length, batch.ops[landed]]);
      expect(e.causeMessage).toBe(`失败于第${k}条`);

      const after = fx.fake.inspect();
      if (target === 'newSheet') {
        // The new sheet was added by the first operation: removed again if it landed.
        expect([k, e.removedSheets, e.leftSheets]).toEqual([k, landed > 0 ? [targetSheet(kind, target)] : [], []]);
        expect([k, after]).toEqual([k, before]);
      } else {
        // Excel does not undo: the operations that landed are there, nothing more.
        expect([k, e.removedSheets, e.leftSheets]).toEqual([k, [], []]);
        const partial = await afterOps(batch.ops, landed);
        // A failure inside an operation may leave its first commands applied: compare whole
        // operations only where the failing command starts one.
        const startsOp = k === 0 || batch.opsBefore[k - 1] !== landed;
        if (startsOp) expect([k, after.sheets]).toEqual([k, partial.sheets]);
        expect([k, after.sheets.map((s) => s.name)]).toEqual([k, ['Sheet1', '其他']]);
        expect([k, after.sheets[1]]).toEqual([k, before.sheets[1]]);
        expect([k, after.names, after.structureProtected]).toEqual([k, before.names, before.structureProtected]);
      }
      // The activate operation is the last: the user's sheet and selection stay.
      expect([k, after.activeSheet, after.selection]).toEqual([k, before.activeSheet, before.selection]);
    }
  });
});
