/**
 * Properties of 汇总 on random workbooks (a department form and one to four project forms with
 * random amounts, levels and indicators; labels merged or not), through the xlsx host:
 * - filling twice changes nothing the second time;
 * - every cell outside the plan's changes keeps its value and formula (rows inserted move them down);
 * - rows the user wrote in the department table survive a re-fill, values as typed.
 */
import fc from 'fast-check';
import { fillSummary } from '../../src/commands/fillSummary';
import { cellA1, formatRange, parseCell } from '../../src/core/address';
import type { EditOp } from '../../src/core/plan';
import {
  cellValue,
  findSheet,
  usedBottomRight,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/core/snapshot';
import { departmentText, projectText, type Row } from '../core/rules/forms';
import { rowOf } from '../core/fill/books';
import type { StartBook } from '../marks/start';
import { harness, pastedSheet } from './hosts';

/** Indicators the forms draw from: [一级, 二级, 三级]. */
const POOL: [string, string, string][] = [
  ['成本指标', '经济成本指标', '项目总成本'],
  ['成本指标', '社会成本指标', '社会成本'],
  ['产出指标', '数量指标', '培训人数'],
  ['产出指标', '数量指标', '新增企业数'],
  ['产出指标', '质量指标', '培训合格率'],
  ['产出指标', '质量指标', '验收合格率'],
  ['产出指标', '时效指标', '完成及时率'],
  ['效益指标', '经济效益指标', '带动产值'],
  ['效益指标', '社会效益指标', '受益人数'],
  ['效益指标', '可持续影响指标', '长效机制'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度'],
];
const VALUES = ['≥90%', '≥95%', '≥100人', '≤10万元', '是', '100%'];

/** Rows of a table in hierarchy order, 一级 and 二级 written once per block. */
function tableRows(picks: { i: number; v: number }[], project: boolean): Row[] {
  const chosen = [...new Map(picks.map((p) => [p.i, p])).values()].sort((a, b) => a.i - b.i);
  let cat = '';
  let sub = '';
  return chosen.map(({ i, v }) => {
    const [c, s, name] = POOL[i];
    const row = [c === cat ? '' : c, s === sub ? '' : s, name, VALUES[v], ...(project ? [VALUES[v]] : [])];
    cat = c;
    sub = s;
    return row;
  });
}

/** Merged label areas of a table written from `header`: 绩效指标, each 一级 and 二级 block of more than one row. */
function labelMerges(header: number, rows: Row[]): string[] {
  const out = [formatRange({ top: header, left: 1, bottom: header + rows.length, right: 1 })];
  for (const col of [1, 2]) {
    let start = -1;
    rows.forEach((r, i) => {
      const starts = r[col - 1] !== '' || (col === 2 && i > 0 && rows[i][0] !== '');
      if (starts) {
        if (start >= 0 && i - 1 > start)
          out.push(formatRange({ top: header + 1 + start, left: col + 1, bottom: header + i, right: col + 1 }));
        start = i;
      }
    });
    if (start >= 0 && rows.length - 1 > start) {
      out.push(formatRange({ top: header + 1 + start, left: col + 1, bottom: header + rows.length, right: col + 1 }));
    }
  }
  return out;
}

const pick = fc.record({ i: fc.nat(POOL.length - 1), v: fc.nat(VALUES.length - 1) });
const project = fc.record({
  amount: fc.integer({ min: 1, max: 5000 }).map((n) => n / 100),
  asText: fc.boolean(),
  first: fc.boolean(),
  picks: fc.array(pick, { minLength: 1, maxLength: 6 }),
});
const book = fc.record({
  department: fc.array(pick, { minLength: 1, maxLength: 6 }),
  merged: fc.boolean(),
  projects: fc.array(project, { minLength: 1, maxLength: 4 }),
});
type Book = typeof book extends fc.Arbitrary<infer T> ? T : never;

function startOf(b: Book): StartBook {
  const rows = tableRows(b.department, false);
  const text = departmentText({ rows, project: '0' });
  const header = rowOf(text, '绩效指标');
  const dept = { ...pastedSheet('部门', text), ...(b.merged ? { merges: labelMerges(header, rows) } : {}) };
  const projects = b.projects.map((p, k) => {
    const amount = p.asText ? `${p.amount}万元` : String(p.amount);
    const level = p.first && k === 0 && b.projects.length > 1 ? '一级项目' : '二级项目';
    return pastedSheet(
      `项目${k + 1}`,
      projectText({
        projectName: `项目${k + 1}`,
        level,
        total: amount,
        annual: amount,
        rows: tableRows(p.picks, true),
      }),
    );
  });
  return { sheets: [dept, ...projects] };
}

/** Where rows of a sheet go after the plan's insertions. */
function rowMap(ops: EditOp[], sheet: string): (row: number) => number {
  const inserts = ops.filter(
    (o): o is Extract<EditOp, { kind: 'insertRows' }> => o.kind === 'insertRows' && o.sheet === sheet,
  );
  return (row) => row + inserts.reduce((n, o) => (o.at <= row ? n + o.count : n), 0);
}

function cells(s: SheetSnapshot): { row: number; col: number }[] {
  const end = usedBottomRight(s);
  const out: { row: number; col: number }[] = [];
  for (let row = s.origin.row; row <= end.row; row++)
    for (let col = s.origin.col; col <= end.col; col++) out.push({ row, col });
  return out;
}

const RUNS = { numRuns: Number(process.env.FILL_RUNS ?? 12), ...(process.env.FILL_RUNS ? {} : { seed: 20250601 }) };

test('filling twice changes nothing the second time', async () => {
  await fc.assert(
    fc.asyncProperty(book, async (b) => {
      const h = await harness('xlsx', startOf(b));
      await fillSummary(h.host);
      const again = await fillSummary(h.host, { preview: true });
      expect(again.changes).toEqual([]);
      expect(again.plan.ops).toEqual([]);
    }),
    RUNS,
  );
}, 60000);

test('every cell outside the plan is unchanged', async () => {
  await fc.assert(
    fc.asyncProperty(book, async (b) => {
      const h = await harness('xlsx', startOf(b));
      const before: WorkbookSnapshot = await h.host.read({ names: true });
      const result = await fillSummary(h.host);
      const after = await h.host.read({ names: true });
      for (const s of before.sheets) {
        const now = findSheet(after, s.name)!;
        const moved = rowMap(result.plan.ops, s.name);
        const changed = new Set(result.changes.filter((c) => c.sheet === s.name).map((c) => c.cell));
        const images = new Set<number>();
        for (const { row, col } of cells(s)) {
          images.add(moved(row));
          const a1 = cellA1(moved(row), col);
          if (changed.has(a1)) continue;
          expect([s.name, a1, cellValue(now, moved(row), col), now.formulas[a1]]).toEqual([
            s.name,
            a1,
            cellValue(s, row, col),
            s.formulas[cellA1(row, col)],
          ]);
        }
        // Inserted rows hold only what the plan lists.
        for (const { row, col } of cells(now)) {
          if (images.has(row) || cellValue(now, row, col) === '') continue;
          expect(changed.has(cellA1(row, col)) ? 'planned' : `${s.name}!${cellA1(row, col)}`).toBe('planned');
        }
      }
      // The changes listed are what the cells hold now.
      for (const c of result.changes) {
        const s = findSheet(after, c.sheet)!;
        const at = parseCell(c.cell);
        const formula = s.formulas[c.cell];
        if (c.result !== undefined)
          expect([c.sheet, c.cell, formula, cellValue(s, at.row, at.col)]).toEqual([
            c.sheet,
            c.cell,
            c.after,
            c.result,
          ]);
        else expect([c.sheet, c.cell, cellValue(s, at.row, at.col)]).toEqual([c.sheet, c.cell, c.after]);
      }
    }),
    RUNS,
  );
}, 60000);

test('rows the user wrote survive a re-fill', async () => {
  await fc.assert(
    fc.asyncProperty(book, fc.nat(), async (b, which) => {
      const h = await harness('xlsx', startOf(b));
      await fillSummary(h.host);
      const dept = findSheet(await h.host.read({ sheets: ['部门'] }), '部门')!;
      const header = rowOf(departmentText({ rows: tableRows(b.department, false), project: '0' }), '绩效指标');
      const names: { row: number; name: string }[] = [];
      for (let row = header + 1; row <= usedBottomRight(dept).row; row++) {
        const name = cellValue(dept, row, 4);
        if (typeof name === 'string' && name !== '' && !name.startsWith('备注')) names.push({ row, name });
      }
      // The user retypes the value of one row (theirs, or one 汇总 wrote: then it becomes theirs),
      // and a project drops all its indicators but the first.
      const target = names[which % names.length];
      await h.type('部门', `E${target.row}`, '用户的值');
      const p = b.projects[0];
      const projectSheet = findSheet(await h.host.read({ sheets: ['项目1'] }), '项目1')!;
      const first = rowOf(projectText({ rows: tableRows(p.picks, true) }), '绩效指标') + 2;
      for (let row = first; row <= usedBottomRight(projectSheet).row; row++) {
        for (const col of ['B', 'C', 'D', 'E', 'F']) await h.type('项目1', `${col}${row}`, '');
      }
      await fillSummary(h.host);
      const now = findSheet(await h.host.read({ sheets: ['部门'] }), '部门')!;
      const end = usedBottomRight(now).row;
      const kept = [];
      for (let row = header + 1; row <= end; row++) {
        if (cellValue(now, row, 4) === target.name) kept.push(cellValue(now, row, 5));
      }
      expect(kept).toEqual(['用户的值']);
      // The department's own rows are all still there.
      const original = tableRows(b.department, false).map((r) => r[2]);
      const present = new Set<string>();
      for (let row = header + 1; row <= end; row++) present.add(String(cellValue(now, row, 4)));
      for (const n of original) expect(present.has(n)).toBe(true);
    }),
    RUNS,
  );
}, 60000);
