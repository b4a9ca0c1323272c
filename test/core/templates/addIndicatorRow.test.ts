import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellA1, offsetA1, parseRange, type RangeRef } from '../../../src/core/address';
import { SelectionError } from '../../../src/core/errors';
import type { EditOp, EditPlan } from '../../../src/core/plan';
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { planAddIndicatorRow } from '../../../src/core/templates/addIndicatorRow';
import { buildTemplatePlan } from '../../../src/core/templates/buildPlan';
import type { FormKind } from '../../../src/core/templates/fields';
import { templateLayout } from '../../../src/core/templates/layout';
import { TARGET_FORMAT } from './expected';
import { byAddress, SimSheet, type SimOptions } from './simulate';

const EXCEL: SimOptions = { growStraddling: true };
const EXCELJS: SimOptions = { growStraddling: false };
/** Office before ExcelApi 1.13: merges cannot be read; `unmerge` clears every area it touches. */
const OFFICE_OLD: SimOptions = { growStraddling: true, unmergeTouching: true };

function form(kind: FormKind, anchor: string): SimSheet {
  const sim = new SimSheet('表');
  sim.apply(buildTemplatePlan(kind, { sheet: '表', newSheet: true, anchor }), EXCEL);
  return sim;
}

function clone(sim: SimSheet): SimSheet {
  const c = new SimSheet(sim.name);
  c.cells = new Map(sim.cells);
  c.merges = sim.merges.map((m) => ({ ...m }));
  c.validations = sim.validations.map((v) => ({ ...v }));
  c.styles = [...sim.styles];
  return c;
}

function opsOf<K extends EditOp['kind']>(plan: EditPlan, kind: K): Extract<EditOp, { kind: K }>[] {
  return plan.ops.filter((o): o is Extract<EditOp, { kind: K }> => o.kind === kind);
}

const fmt = (r: RangeRef) => (r.top === r.bottom && r.left === r.right ? cellA1(r.top, r.left) : `${cellA1(r.top, r.left)}:${cellA1(r.bottom, r.right)}`);

/**
 * The merges expected after one row is inserted at the end of the 二级 block at `row` (one row
 * long in a fresh form), worked out from the template's own merges: the 绩效指标 label and the
 * block's 一级 grow by one, everything below moves down one, the 二级 becomes a two-row merge, and a
 * one-row 一级 (满意度指标) becomes a two-row merge.
 */
function expectedMerges(before: RangeRef[], labelCol: number, categoryCol: number, subCol: number, catTop: number, row: number): string[] {
  const out: RangeRef[] = [];
  let categoryMerged = false;
  for (const m of before) {
    const grows = m.top <= row && m.bottom >= row && (m.left === labelCol || m.left === categoryCol) && m.right === m.left;
    if (grows) {
      out.push({ ...m, bottom: m.bottom + 1 });
      if (m.left === categoryCol) categoryMerged = true;
    } else if (m.top > row) out.push({ ...m, top: m.top + 1, bottom: m.bottom + 1 });
    else out.push(m);
  }
  out.push({ top: row, bottom: row + 1, left: subCol, right: subCol });
  if (!categoryMerged) out.push({ top: catTop, bottom: row + 1, left: categoryCol, right: categoryCol });
  return out.map(fmt).sort(byAddress);
}

describe.each([
  ['department', 'A1'],
  ['department', 'C5'],
  ['project', 'A1'],
  ['project', 'C5'],
] as [FormKind, string][])('添加指标行 in a new %s form at %s', (kind, anchor) => {
  const base = form(kind, anchor);
  const ind = templateLayout(kind, anchor).indicators;
  const blocks = ind.blocks.flatMap((b) => b.subcategories.map((s) => ({ category: b, sub: s })));

  test.each(blocks.map((b) => [b.sub.name, b]))('under %s: insert point, merges, drop-downs, style', (_name, b) => {
    const row = b.sub.firstRow;
    const plan = planAddIndicatorRow(base.snapshot(), { row, col: ind.indicatorCol });
    expect(plan.preconditions).toEqual([{ kind: 'sheetWritable', sheet: '表' }]);
    expect(opsOf(plan, 'insertRows')).toEqual([{ kind: 'insertRows', sheet: '表', at: row + 1, count: 1 }]);
    // Everything unmerged is unmerged before the insertion and merged again after it.
    const kinds = plan.ops.map((o) => o.kind);
    expect(kinds.lastIndexOf('unmerge')).toBeLessThan(kinds.indexOf('insertRows'));
    expect(kinds.indexOf('merge')).toBeGreaterThan(kinds.indexOf('insertRows'));

    const expected = expectedMerges(base.merges, ind.labelCol, ind.categoryCol, ind.subcategoryCol, b.category.firstRow, row);
    const results = [EXCEL, EXCELJS].map((opts) => {
      const sim = clone(base);
      sim.apply(plan, opts);
      return sim;
    });
    for (const sim of results) expect(sim.mergeList()).toEqual(expected);

    const sim = results[0];
    const newRow = row + 1;
    const at = (col: number) => cellA1(newRow, col);
    expect(sim.validationAt(at(ind.categoryCol))).toEqual({ items: ['成本指标', '产出指标', '效益指标', '满意度指标'], strict: true });
    expect(sim.validationAt(at(ind.subcategoryCol))?.items).toEqual(
      ind.blocks.find((x) => x.category === b.category.category)!.subcategories.map((s) => s.name),
    );
    for (let col = ind.left; col <= ind.right; col++) {
      const style = sim.styleAt(at(col));
      expect([style.border, style.font?.name, style.font?.size, style.wrap]).toEqual(['thin', 'SimSun', 11, true]);
    }
    expect(sim.styleAt(at(ind.indicatorCol)).horizontal).toBe('left');
    // Its 指标值 cells are text (a typed 95% stays 95%); its 三级 cell is not.
    expect(ind.valueCols.map((v) => sim.styleAt(at(v.col)).numberFormat)).toEqual(ind.valueCols.map(() => TARGET_FORMAT));
    expect(sim.styleAt(at(ind.indicatorCol)).numberFormat).toBeUndefined();
    // The row below the new one still holds what was there (the next 二级, or the 备注 line).
    const below = base.get(cellA1(newRow, ind.subcategoryCol)) || base.get(cellA1(newRow, ind.labelCol));
    expect(sim.get(cellA1(newRow + 1, ind.subcategoryCol)) || sim.get(cellA1(newRow + 1, ind.labelCol))).toBe(below);
    expect(sim.selected).toBe(at(ind.indicatorCol));
  });

  test('any cell of the row selects the same block: 一级, 二级, 三级, value, label column', () => {
    const row = ind.blocks[1].subcategories[0].firstRow; // 数量指标
    const plans = [ind.labelCol, ind.categoryCol, ind.subcategoryCol, ind.indicatorCol, ind.right].map((col) =>
      planAddIndicatorRow(base.snapshot(), { row, col }),
    );
    for (const p of plans) expect(p).toEqual(plans[0]);
  });

  test('three rows in a row under 数量指标, each at the end of the grown block', () => {
    const sim = clone(base);
    const first = ind.blocks[1].subcategories[0].firstRow;
    for (let i = 0; i < 3; i++) {
      // Select the block's last row each time (the row just added).
      const plan = planAddIndicatorRow(sim.snapshot(), { row: first + i, col: ind.indicatorCol });
      expect(opsOf(plan, 'insertRows')[0].at).toBe(first + i + 1);
      sim.apply(plan, i % 2 ? EXCELJS : EXCEL);
    }
    const col = (c: number) => cellA1(1, c).replace('1', '');
    expect(sim.mergeList()).toContain(`${col(ind.subcategoryCol)}${first}:${col(ind.subcategoryCol)}${first + 3}`);
    expect(sim.mergeList()).toContain(`${col(ind.categoryCol)}${first}:${col(ind.categoryCol)}${first + 5}`);
    expect(sim.mergeList()).toContain(`${col(ind.labelCol)}${ind.headerRow}:${col(ind.labelCol)}${ind.lastRow + 3}`);
    // Selecting the first row of the grown block also adds at its end.
    const again = planAddIndicatorRow(sim.snapshot(), { row: first, col: ind.right });
    expect(opsOf(again, 'insertRows')[0].at).toBe(first + 4);
  });

  test('without merge information the result is the same', () => {
    for (const b of [ind.blocks[0].subcategories[2], ind.blocks[3].subcategories[0], ind.blocks[2].subcategories[1]]) {
      const withMerges = clone(base);
      withMerges.apply(planAddIndicatorRow(base.snapshot(), { row: b.firstRow, col: ind.indicatorCol }), EXCEL);
      const blind = clone(base);
      blind.apply(planAddIndicatorRow(base.snapshot(false), { row: b.firstRow, col: ind.indicatorCol }), OFFICE_OLD);
      expect([b.name, blind.mergeList()]).toEqual([b.name, withMerges.mergeList()]);
    }
  });

  test('a selection outside the table body is refused with a reason', () => {
    const outside = [
      [ind.headerRow, ind.indicatorCol], // the header row
      [ind.headerRow - 1, ind.indicatorCol], // above the table
      [ind.lastRow + 1, ind.labelCol], // the 备注 line
      [ind.firstRow, ind.right + 1], // right of the table
      [ind.firstRow - 5, ind.left], // a field above
    ];
    for (const [row, col] of outside) {
      let error: unknown;
      try {
        planAddIndicatorRow(base.snapshot(), { row, col });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SelectionError);
      expect([row, col, (error as SelectionError).reason]).toEqual([row, col, 'not-in-indicator-table']);
    }
  });
});

/** A sheet snapshot from tab-separated lines (one line per row, starting at A1). */
function sheetFrom(lines: string[], merges: RangeRef[] | null): SheetSnapshot {
  const values: CellValue[][] = lines.map((l) => l.split('\t'));
  const width = Math.max(...values.map((v) => v.length));
  return {
    name: '项目',
    index: 0,
    visibility: 'visible',
    protected: false,
    read: true,
    origin: { row: 1, col: 1 },
    values: values.map((v) => [...v, ...new Array<CellValue>(width - v.length).fill('')]),
    formulas: {},
    merges,
  };
}

function simFrom(snapshot: SheetSnapshot): SimSheet {
  const sim = new SimSheet(snapshot.name);
  snapshot.values.forEach((line, i) => line.forEach((v, j) => sim.set(i + 1, j + 1, v)));
  sim.merges = (snapshot.merges ?? []).map((m) => ({ ...m }));
  return sim;
}

/** The lines of the seed's n-th form (0-based), from its heading to its last 备注 line. */
function seedForm(n: number): string[] {
  const text = readFileSync(join(__dirname, '../../fixtures/seed.txt'), 'utf8');
  const forms = text.split(/^#+ .*$/m).slice(1);
  return forms[n].split('\n').filter((l) => l.trim() !== '');
}

describe('添加指标行 in forms shaped like ours (values only, as in the seed)', () => {
  test('the seed\'s last project form, no merges: the 二级, the 一级 and the 绩效指标 label are merged down', () => {
    const lines = seedForm(3);
    const snapshot = sheetFrom(lines, []);
    const header = lines.findIndex((l) => l.startsWith('绩效指标\t')) + 1;
    const quality = lines.findIndex((l) => l.includes('\t质量指标\t')) + 1;
    expect([header, quality]).toEqual([10, 15]);
    const plan = planAddIndicatorRow(snapshot, { row: quality, col: 4 });
    expect(opsOf(plan, 'unmerge')).toEqual([]);
    expect(opsOf(plan, 'insertRows')[0].at).toBe(quality + 1);
    // 产出指标 runs from row 14 to 16 (数量, 质量, 时效); the table ends at row 21 (满意度).
    expect(opsOf(plan, 'merge').map((m) => m.address)).toEqual(['A10:A22', 'B14:B17', 'C15:C16']);
    const sim = simFrom(snapshot);
    sim.apply(plan, EXCELJS);
    expect(sim.get('C17')).toBe('时效指标');
    expect(sim.get('D17')).toBe('年度资金支出进度（%）');
    expect(sim.validationAt('C16')?.items).toEqual(['数量指标', '质量指标', '时效指标']);
  });

  test('the seed\'s department form: a 三级 name typed in the 二级 column does not start a block', () => {
    const lines = seedForm(0);
    const snapshot = sheetFrom(lines, []);
    const row = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const displaced = row('本年全市新增工业企业上规模数量(个)');
    const plan = planAddIndicatorRow(snapshot, { row: row('高新企业认定数量'), col: 4 });
    // The 数量指标 block runs through the displaced line, up to the line before 质量指标.
    expect(displaced + 1).toBe(row('\t质量指标\t'));
    expect(opsOf(plan, 'insertRows')[0].at).toBe(displaced + 1);
    // The 二级 cells below 数量指标 are not empty (the displaced name), so the 二级 is not merged.
    expect(opsOf(plan, 'merge').map((m) => m.address)).not.toContainEqual(expect.stringMatching(/^C/));
  });

  test('the Shanghai example (no 绩效指标 label column): the table is found by its header alone', () => {
    const lines = readFileSync(join(__dirname, '../../fixtures/example-shanghai-putuo.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const snapshot = sheetFrom(lines, null);
    const social = lines.findIndex((l) => l.includes('\t社会效益指标\t')) + 1;
    const plan = planAddIndicatorRow(snapshot, { row: social + 1, col: 3 });
    // 社会效益指标 has three rows; the block's end is the row before 可持续影响指标.
    expect(opsOf(plan, 'insertRows')[0].at).toBe(social + 3);
    expect(opsOf(plan, 'unmerge').map((m) => m.address)).toEqual([`A${social}:A${social + 3}`, `B${social}:B${social + 2}`]);
    expect(opsOf(plan, 'merge').map((m) => m.address)).toEqual([`A${social}:A${social + 4}`, `B${social}:B${social + 3}`]);
    expect(opsOf(plan, 'listValidation').map((v) => [v.address, v.items.length])).toEqual([
      [`A${social + 3}`, 4],
      [`B${social + 3}`, 4],
    ]);
  });

  test('another merged area across the insertion point grows the same on every host', () => {
    const lines = [
      '绩效指标\t一级指标\t二级指标\t三级指标\t指标值',
      '\t产出指标\t数量指标\t产品数量\t见附件',
      '\t\t质量指标\t合格率\t',
      '\t\t时效指标\t完成时间\t年底前',
    ];
    // 指标值 E2:E3 merged across the 数量 / 质量 boundary; 一级 B2:B4 and 绩效指标 A1:A4 merged.
    const merges = ['A1:A4', 'B2:B4', 'E2:E3'].map(parseRange);
    const snapshot = sheetFrom(lines, merges);
    const plan = planAddIndicatorRow(snapshot, { row: 2, col: 4 });
    expect(opsOf(plan, 'unmerge').map((m) => m.address)).toEqual(['A1:A4', 'B2:B4', 'E2:E3']);
    expect(opsOf(plan, 'merge').map((m) => m.address)).toEqual(['A1:A5', 'B2:B5', 'E2:E4', 'C2:C3']);
    const results = [EXCEL, EXCELJS].map((opts) => {
      const sim = simFrom(snapshot);
      sim.apply(plan, opts);
      return sim.mergeList();
    });
    expect(results).toEqual([
      ['A1:A5', 'B2:B5', 'C2:C3', 'E2:E4'],
      ['A1:A5', 'B2:B5', 'C2:C3', 'E2:E4'],
    ]);
  });

  test('a row with no 二级 above it in its 一级 block is refused', () => {
    const snapshot = sheetFrom(['绩效指标\t一级指标\t二级指标\t三级指标\t指标值', '\t产出指标\t\t产品数量\t10个', '\t\t数量指标\t产品种类\t3种'], []);
    expect(() => planAddIndicatorRow(snapshot, { row: 2, col: 4 })).toThrow(expect.objectContaining({ reason: 'no-subcategory' }));
    expect(opsOf(planAddIndicatorRow(snapshot, { row: 3, col: 4 }), 'insertRows')[0].at).toBe(4);
  });

  test('a sheet whose contents were not read is refused', () => {
    const snapshot = { ...sheetFrom(['x'], []), read: false, values: [] };
    expect(() => planAddIndicatorRow(snapshot, { row: 1, col: 1 })).toThrow(SelectionError);
  });
});

test('helpers used above agree with the address module', () => {
  expect(fmt(parseRange('B3:B5'))).toBe('B3:B5');
  expect(offsetA1('A1', 4, 2)).toBe('C5');
});
