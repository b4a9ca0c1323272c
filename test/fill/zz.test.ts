import { planFill, simulatePlan } from '../../src/core/fill';
import { partialBook } from '../core/fill/books';
test('partial', () => {
  const { wb, header } = partialBook();
  const r = planFill(wb);
  console.log(header, JSON.stringify(r.changes.filter((c) => c.kind !== 'summary')));
  const after = simulatePlan(wb, r.plan);
  const s = after.sheets.find((x) => x.name === '部门')!;
  for (let i = header; i <= header + 9; i++) console.log(i, JSON.stringify(s.values[i - s.origin.row]));
  console.log(JSON.stringify(s.merges));
  console.log(
    r.findings
      .filter((f) => f.rule.startsWith('fill') || f.rule.startsWith('amount'))
      .map((f) => `${f.rule} ${f.cell} ${f.message}`)
      .join('\n'),
  );
  console.log(
    r.plan.ops
      .filter((o) => o.kind === 'unmerge' || o.kind === 'merge' || o.kind === 'insertRows')
      .map((o) => JSON.stringify(o))
      .join('\n'),
  );
  const again = planFill(after);
  console.log('again', JSON.stringify(again.changes), again.plan.ops.length);
});
