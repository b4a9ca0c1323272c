import fc from 'fast-check';
import { FillRefusedError } from '../../../src/core/errors';
import { planFill, simulatePlan } from '../../../src/core/fill';
import { cellValue, findSheet, type CellValue } from '../../../src/core/snapshot';
import { departmentText, projectText, type Row } from '../rules/forms';
import { bookOf, rowOf, seedBook, sheet } from './books';

const DEPT_ROWS: Row[] = [
  ['产出指标', '数量指标', '', ''],
  ['', '质量指标', '验收合格率', '≥95%'],
  ['效益指标', '社会效益指标', '受益人数', '≥100人'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
];

describe('the department table', () => {
  test('an empty 三级 row of the block is filled first: no row inserted', () => {
    const text = departmentText({ rows: DEPT_ROWS, project: '0' });
    const h = rowOf(text, '绩效指标');
    const rows: Row[] = [['产出指标', '数量指标', '培训人数', '≥100人', '≥100人']];
    const wb = bookOf([sheet('部门', text, []), sheet('甲', projectText({ projectName: '甲', rows }), [])]);
    const r = planFill(wb);
    expect(r.plan.ops.some((o) => o.kind === 'insertRows')).toBe(false);
    expect(r.changes.filter((c) => c.sheet === '部门' && c.kind === 'indicator').map((c) => [c.cell, c.after])).toEqual(
      [
        [`D${h + 1}`, '培训人数'],
        [`E${h + 1}`, '≥100人'],
      ],
    );
    // Filled in place, it is ours: a later 汇总 empties it again when no project gives it.
    const after = simulatePlan(wb, r.plan);
    const gone = simulatePlan(after, {
      preconditions: [],
      ops: [
        {
          kind: 'values',
          sheet: '甲',
          address: `D${rowOf(projectText({ rows }), '绩效指标') + 1}`,
          values: [['', '', '']],
        },
      ],
    });
    const again = planFill(gone);
    expect(again.changes.filter((c) => c.sheet === '部门').map((c) => [c.cell, c.before, c.after, c.kind])).toEqual([
      [`D${h + 1}`, '培训人数', '', 'indicator-removed'],
      [`E${h + 1}`, '≥100人', '', 'indicator-removed'],
    ]);
  });

  test('an indicator under a 二级 the hierarchy does not know is not placed, and said so', () => {
    const rows: Row[] = [['产出指标', '其他指标', '自定义指标', '≥1个', '≥1个']];
    const wb = bookOf([
      sheet('部门', departmentText({ rows: DEPT_ROWS, project: '0' })),
      sheet('甲', projectText({ projectName: '甲', rows })),
    ]);
    const r = planFill(wb);
    expect(r.notices).toEqual([{ kind: 'indicator-not-placed', sheet: '甲', cell: 'D12', indicator: '自定义指标' }]);
    expect(r.changes.some((c) => c.after === '自定义指标')).toBe(false);
  });

  test('a department form without an indicator table: amounts filled, indicators not, said so', () => {
    const text = departmentText({ project: '0' });
    const withoutTable = text
      .split('\n')
      .slice(0, rowOf(text, '绩效指标') - 1)
      .join('\n');
    const wb = bookOf([sheet('部门', withoutTable), sheet('甲', projectText({ projectName: '甲' }))]);
    const r = planFill(wb);
    expect(r.notices).toEqual([{ kind: 'indicators-not-added', reason: 'no-table' }]);
    expect(r.changes.find((c) => c.kind === 'project-expenditure')).toMatchObject({ result: 10 });
  });
});

// Values and names dropped into random cells of the seed.
const TOKENS: CellValue[] = [
  '',
  '/',
  '无',
  '待定',
  'XX',
  '18.24万元',
  '182,400元',
  '3万元',
  '一级项目',
  '二级项目',
  '数量指标',
  '效益指标',
  '时效指标',
  '成本指标',
  '满意度指标',
  '其他指标',
  '企业满意度',
  '高新企业认定数量',
  '95%以上',
  2025,
  0,
  -3,
  12.5,
  true,
];

describe('汇总 never crashes', () => {
  test('on the seed with random cells changed: a plan whose changes are what it writes, or a typed refusal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ sheet: fc.nat(3), row: fc.nat(55), col: fc.nat(6), value: fc.constantFrom(...TOKENS) }), {
          maxLength: 25,
        }),
        (edits) => {
          const wb = seedBook();
          for (const e of edits) {
            const line = wb.sheets[e.sheet].values[Math.min(e.row, wb.sheets[e.sheet].values.length - 1)];
            if (line && e.col < line.length) line[e.col] = e.value;
          }
          let r;
          try {
            r = planFill(wb);
          } catch (err) {
            expect(err).toBeInstanceOf(FillRefusedError);
            return;
          }
          const after = simulatePlan(wb, r.plan);
          for (const c of r.changes) {
            const s = findSheet(after, c.sheet)!;
            const m = /^([A-Z]+)(\d+)$/.exec(c.cell)!;
            const v = cellValue(s, Number(m[2]), m[1].charCodeAt(0) - 64);
            expect([c.cell, v]).toEqual([c.cell, c.result ?? c.after]);
          }
          expect(planFill(after).changes).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.FILL_RUNS ?? 30), ...(process.env.FILL_RUNS ? {} : { seed: 7 }) },
    );
  });
});
