import { createFakeExcel } from '../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../src/hosts/office';
import { planImport, buildImportPlan } from '../src/core/import';
import type { EditOp } from '../src/core/plan';
import { officeOpBytes } from '../src/hosts/office/requestBytes';
import { buildTemplatePlan } from '../src/core/templates';
import { projectText } from './workbooks';
async function bytes(ops: EditOp[]) {
  const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] }, payloadLimit: null });
  const host = new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office, batchLimit: 1e12 });
  fake.resetStats();
  await host.apply({ preconditions: [], ops });
  return fake.stats.batches[fake.stats.batches.length - 1].requestBytes;
}
(async () => {
  const inputs = Array.from({ length: 3 }, (_, i) => ({ kind: 'text' as const, source: `p${i}.txt`, text: projectText(i) }));
  const { plan } = buildImportPlan(planImport(inputs, { takenSheets: ['Sheet1'] }), ['Sheet1']);
  const all = [...plan.ops, ...buildTemplatePlan('department', { sheet: '部门整体', newSheet: true }).ops];
  const base = new Map<string, number>();
  let worst = Infinity, worstOp = '', sumA = 0, sumE = 0;
  for (const op of all) {
    if (op.kind === 'addSheet') continue;
    const sheet = (op as { sheet?: string }).sheet ?? 'Sheet1';
    const pre: EditOp[] = [{ kind: 'addSheet', sheet }];
    if (!base.has(sheet)) base.set(sheet, await bytes(pre));
    const a = (await bytes([...pre, op])) - base.get(sheet)!;
    const e = officeOpBytes(op);
    sumA += a; sumE += e;
    if (e / a < worst) { worst = e / a; worstOp = JSON.stringify(op).slice(0, 200) + ` a=${a} e=${e}`; }
  }
  console.log('min est/actual', worst.toFixed(2), worstOp, 'overall', (sumE / sumA).toFixed(2));
  const big = Array.from({ length: 100 }, (_, i) => ({ kind: 'text' as const, source: `p${i}.txt`, text: projectText(i) }));
  const bp = buildImportPlan(planImport(big, { takenSheets: ['Sheet1'] }), ['Sheet1']).plan;
  const est = bp.ops.reduce((n, o) => n + officeOpBytes(o), 0);
  const act = await bytes(bp.ops);
  console.log('100 forms est', est, 'actual', act, (est / act).toFixed(2));
})();
