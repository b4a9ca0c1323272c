/**
 * Placing indicators in the department form's 绩效指标 table, as 添加指标行 adds one row: an empty
 * 三级 row of the right 二级 block is filled first; otherwise rows are inserted at the end of the
 * block (a block the table lacks is inserted where the fixed 一级/二级 order puts it, with its
 * label). Merged 一级/二级/绩效指标 labels are unmerged before the insertions and merged again over
 * their grown rows (hosts grow merges differently on insertion); new rows get the table's styles
 * and drop-downs. Rows are inserted bottom-up, so each insertion's row number is the one read.
 */
import { cellA1, formatRange, type RangeRef } from '../address';
import { CATEGORY_NAMES, categorySpec } from '../hierarchy';
import type { EditOp } from '../plan';
import { displayValue, type CellValue, type SheetSnapshot } from '../snapshot';
import { canMergeDown, newRowStyles, type Group } from '../templates/addIndicatorRow';
import { mergeAt } from '../templates/indicatorTable';
import type { UnionIndicator } from './indicatorUnion';
import { categoryIndex, subcategoryIndex, type CategoryBlock, type SubBlock, type TableBlocks } from './tableBlocks';
import type { FillChange } from './types';
import type { WatchedCells } from './watch';

/** A row of the table an earlier 汇总 wrote and this one changes (rows as read, before insertions). */
export interface RowEdit {
  row: number;
  /** New 三级 name or 指标值; undefined leaves the cell as it is. */
  name?: CellValue;
  value?: CellValue;
}

export interface PlacementInput {
  sheet: SheetSnapshot;
  blocks: TableBlocks;
  /** The 指标值 column. */
  valueCol: number;
  additions: UnionIndicator[];
  /** Rows of ours to update in place. */
  edits: RowEdit[];
  /** Rows of ours no project gives any more: emptied. */
  clears: number[];
}

export interface PlacementResult {
  ops: EditOp[];
  changes: FillChange[];
  /** Where a row read at `row` is after the insertions. */
  finalRow: (row: number) => number;
  /** The rows (after the insertions) the additions were written on. */
  written: { entry: UnionIndicator; row: number }[];
}

interface NewRow {
  entry: UnionIndicator;
  catIdx: number;
  subIdx: number;
  seq: number;
  /** a: into an existing 二级 block; b: a new 二级 block in an existing 一级; c: a new 一级 block. */
  kind: 'a' | 'b' | 'c';
  sub?: SubBlock;
  cat?: CategoryBlock;
  /** The first new block of its 一级 goes above the 一级's first row: the 一级 label moves up to it. */
  labelMove?: boolean;
}

interface Point {
  at: number;
  rows: NewRow[];
}

export function planPlacement(input: PlacementInput, watched: WatchedCells): PlacementResult {
  const { sheet, blocks, valueCol } = input;
  const t = blocks.table;
  const s = sheet.name;
  const fills: { entry: UnionIndicator; row: number }[] = [];
  const points = new Map<number, Point>();
  const usedEmpty = new Set<number>();
  const addAt = (at: number, row: NewRow) => {
    const p = points.get(at) ?? { at, rows: [] };
    p.rows.push(row);
    points.set(at, p);
  };

  input.additions.forEach((entry, seq) => {
    const catIdx = categoryIndex(entry.category);
    const subIdx = subcategoryIndex(entry.category, entry.subcategory);
    const base = { entry, catIdx, subIdx, seq };
    const cat = blocks.categories.find((c) => c.name === entry.category);
    const sub = cat?.subs.find((b) => b.name === entry.subcategory);
    if (cat && sub) {
      const empty = sub.emptyRows.find((r) => !usedEmpty.has(r));
      if (empty !== undefined) {
        usedEmpty.add(empty);
        fills.push({ entry, row: empty });
      } else addAt(sub.bottom + 1, { ...base, kind: 'a', sub, cat });
    } else if (cat) {
      const before = cat.subs.filter((b) => b.name !== null && subcategoryIndex(entry.category, b.name) < subIdx);
      const prev = before[before.length - 1];
      addAt(prev ? prev.bottom + 1 : cat.top, { ...base, kind: 'b', cat, labelMove: !prev });
    } else {
      const before = blocks.categories.filter((c) => c.name !== null && categoryIndex(c.name) < catIdx);
      const prev = before[before.length - 1];
      addAt(prev ? prev.bottom + 1 : t.firstRow, { ...base, kind: 'c' });
    }
  });

  const sorted = [...points.values()].sort((a, b) => a.at - b.at);
  for (const p of sorted) p.rows.sort((a, b) => a.catIdx - b.catIdx || a.subIdx - b.subIdx || a.seq - b.seq);
  const shiftBefore = (row: number) => sorted.reduce((n, p) => (p.at <= row ? n + p.rows.length : n), 0);
  const finalRow = (row: number) => row + shiftBefore(row);
  /** Final row of the first new row of a point. */
  const firstNew = (p: Point) => p.at + sorted.reduce((n, q) => (q.at < p.at ? n + q.rows.length : n), 0);

  const changes: FillChange[] = [];
  const writes: {
    row: number;
    col: number;
    value: CellValue;
    before: CellValue;
    kind: FillChange['kind'];
    /** Written after the others: the name of a row emptied (see below). */
    last?: boolean;
  }[] = [];
  const written: PlacementResult['written'] = [];

  // Watch what the plan relies on, as read.
  const watch = (row: number, col: number) => watched.add(sheet, cellA1(row, col));
  for (const p of sorted) {
    for (const col of [t.categoryCol, t.subcategoryCol, t.indicatorCol]) {
      if (p.at - 1 >= t.headerRow) watch(p.at - 1, col);
      if (p.at <= t.lastRow) watch(p.at, col);
    }
  }

  // Rows filled in place, edited, emptied.
  for (const f of fills) {
    watch(f.row, t.indicatorCol);
    watch(f.row, valueCol);
    const row = finalRow(f.row);
    writes.push({ row, col: t.indicatorCol, value: f.entry.name, before: '', kind: 'indicator' });
    if (f.entry.value !== '') writes.push({ row, col: valueCol, value: f.entry.value, before: '', kind: 'indicator' });
    written.push({ entry: f.entry, row });
  }
  for (const e of input.edits) {
    const row = finalRow(e.row);
    for (const [col, v] of [
      [t.indicatorCol, e.name],
      [valueCol, e.value],
    ] as const) {
      if (v === undefined) continue;
      watch(e.row, col);
      writes.push({ row, col, value: v, before: displayValue(sheet, e.row, col), kind: 'indicator' });
    }
  }
  for (const r of input.clears) {
    const row = finalRow(r);
    for (const col of [t.indicatorCol, valueCol]) {
      watch(r, col);
      const before = displayValue(sheet, r, col);
      if (before !== '') {
        writes.push({ row, col, value: '', before, kind: 'indicator-removed', last: col === t.indicatorCol });
      }
    }
  }

  // New rows: names, values, labels of new blocks.
  const newRows: { row: NewRow; at: number }[] = [];
  const moves: { cat: CategoryBlock; newTop: number }[] = [];
  for (const p of sorted) {
    let prev: NewRow | null = null;
    p.rows.forEach((nr, i) => {
      const row = firstNew(p) + i;
      newRows.push({ row: nr, at: row });
      writes.push({ row, col: t.indicatorCol, value: nr.entry.name, before: '', kind: 'indicator' });
      if (nr.entry.value !== '')
        writes.push({ row, col: valueCol, value: nr.entry.value, before: '', kind: 'indicator' });
      written.push({ entry: nr.entry, row });
      const newCategory = !prev || prev.entry.category !== nr.entry.category;
      const newSub = newCategory || prev!.entry.subcategory !== nr.entry.subcategory;
      if (nr.kind === 'c' && newCategory) {
        writes.push({ row, col: t.categoryCol, value: nr.entry.category, before: '', kind: 'indicator-label' });
      }
      if (nr.kind === 'b' && nr.labelMove && newCategory && nr.cat) {
        writes.push({ row, col: t.categoryCol, value: nr.cat.text, before: '', kind: 'indicator-label' });
        watch(nr.cat.top, t.categoryCol);
        writes.push({
          row: finalRow(nr.cat.top),
          col: t.categoryCol,
          value: '',
          before: nr.cat.text,
          kind: 'indicator-label',
        });
        moves.push({ cat: nr.cat, newTop: row });
      }
      if (nr.kind !== 'a' && newSub) {
        writes.push({ row, col: t.subcategoryCol, value: nr.entry.subcategory, before: '', kind: 'indicator-label' });
      }
      prev = nr;
    });
  }

  const { unmerge, merge } = planMerges(input, sorted, newRows, moves, finalRow);

  const ops: EditOp[] = [];
  for (const r of unmerge) ops.push({ kind: 'unmerge', sheet: s, address: formatRange(r) });
  for (const p of [...sorted].reverse()) ops.push({ kind: 'insertRows', sheet: s, at: p.at, count: p.rows.length });
  for (const n of newRows) ops.push(...newRowStyles(s, t, n.at));
  // The names of rows emptied go last: a write cut before them leaves our name over an empty
  // value, which the next 汇总 still knows as its row and empties again.
  for (const w of [...writes.filter((x) => !x.last), ...writes.filter((x) => x.last)]) {
    ops.push({ kind: 'values', sheet: s, address: cellA1(w.row, w.col), values: [[w.value]] });
  }
  for (const w of writes) {
    changes.push({ sheet: s, cell: cellA1(w.row, w.col), before: w.before, after: w.value, kind: w.kind });
  }
  for (const r of merge) ops.push({ kind: 'merge', sheet: s, address: formatRange(r) });
  for (const n of newRows) {
    ops.push({
      kind: 'listValidation',
      sheet: s,
      address: cellA1(n.at, t.categoryCol),
      items: [...CATEGORY_NAMES],
      strict: true,
    });
    const spec = categorySpec(n.row.entry.category);
    if (spec) {
      ops.push({
        kind: 'listValidation',
        sheet: s,
        address: cellA1(n.at, t.subcategoryCol),
        items: [...spec.subcategories],
        strict: true,
      });
    }
  }
  return { ops, changes, finalRow, written };
}

/**
 * Merged areas to undo before the insertions and to make after them. With merges known: every area
 * straddling an insertion, and the label areas (绩效指标, 一级, 二级) the new rows join; a label
 * column that uses merges gets its unmerged grown labels and its new blocks merged too. Without
 * merge information: the label groups that grow are unmerged whole and merged again from the values.
 */
function planMerges(
  input: PlacementInput,
  points: Point[],
  newRows: { row: NewRow; at: number }[],
  moves: { cat: CategoryBlock; newTop: number }[],
  finalRow: (row: number) => number,
): { unmerge: RangeRef[]; merge: RangeRef[] } {
  const { sheet, blocks } = input;
  const t = blocks.table;
  const unmerge: RangeRef[] = [];
  const merge: RangeRef[] = [];
  if (points.length === 0) return { unmerge, merge };
  const labelCols = [t.labelCol, t.categoryCol, t.subcategoryCol].filter((c): c is number => c !== null);
  const pointAt = (at: number) => points.find((p) => p.at === at);
  const catAt = (top: number) => blocks.categories.find((c) => c.top === top);
  const subAt = (top: number) => blocks.categories.flatMap((c) => c.subs).find((b) => b.top === top);
  const moveOf = (top: number) => moves.find((m) => m.cat.top === top);

  /** New rows inserted right below `bottom` that join the label group starting at `top` in `col`. */
  const joining = (col: number, top: number, bottom: number): number => {
    const p = pointAt(bottom + 1);
    if (!p) return 0;
    if (col === t.labelCol) return p.rows.length;
    if (col === t.categoryCol) {
      const cat = catAt(top);
      return cat && cat.name !== null
        ? p.rows.filter((r) => r.kind !== 'c' && r.entry.category === cat.name).length
        : 0;
    }
    if (col === t.subcategoryCol) {
      const sub = subAt(top);
      return sub ? p.rows.filter((r) => r.kind === 'a' && r.sub === sub).length : 0;
    }
    return 0;
  };
  const grownRange = (col: number, top: number, bottom: number, right = col): RangeRef => ({
    top: col === t.categoryCol ? (moveOf(top)?.newTop ?? finalRow(top)) : finalRow(top),
    left: col,
    bottom: finalRow(bottom) + joining(col, top, bottom),
    right,
  });

  // Label groups that gain rows: the 绩效指标 column, the 一级 and 二级 blocks new rows join.
  const groups: Group[] = [];
  if (t.labelCol !== null) groups.push({ col: t.labelCol, top: t.headerRow, bottom: t.lastRow });
  for (const cat of blocks.categories) {
    const gains = newRows.some((n) => n.row.kind !== 'c' && n.row.cat === cat);
    if (gains) groups.push({ col: t.categoryCol, top: cat.top, bottom: cat.bottom });
    for (const sub of cat.subs) {
      if (newRows.some((n) => n.row.kind === 'a' && n.row.sub === sub))
        groups.push({ col: t.subcategoryCol, top: sub.top, bottom: sub.bottom });
    }
  }

  const known = sheet.merges !== null;
  if (known) {
    const merges = sheet.merges!;
    const usesMerges = (col: number) =>
      merges.some(
        (m) => m.left === col && m.right === col && m.bottom > m.top && m.top >= t.headerRow && m.bottom <= t.lastRow,
      );
    for (const m of merges) {
      const inLabel = m.left === m.right && labelCols.includes(m.left) && m.top >= t.headerRow && m.bottom <= t.lastRow;
      const straddled = points.some((p) => p.at - 1 >= m.top && p.at - 1 < m.bottom);
      const joins = inLabel && joining(m.left, m.top, m.bottom) > 0;
      const moved = inLabel && m.left === t.categoryCol && moveOf(m.top) !== undefined;
      if (!straddled && !joins && !moved) continue;
      unmerge.push(m);
      merge.push(
        inLabel ? grownRange(m.left, m.top, m.bottom) : { ...m, top: finalRow(m.top), bottom: finalRow(m.bottom) },
      );
    }
    // Labels not merged, in columns whose labels are: merged over their grown rows, as 添加指标行 does.
    for (const g of groups) {
      if (mergeAt(sheet, g.top, g.col) || !usesMerges(g.col) || !canMergeDown(sheet, g)) continue;
      merge.push(grownRange(g.col, g.top, g.bottom));
    }
    merge.push(...newBlockMerges(newRows, t.categoryCol, t.subcategoryCol, usesMerges));
  } else {
    for (const g of groups) {
      unmerge.push({ top: g.top, left: g.col, bottom: g.bottom, right: g.col });
      if (canMergeDown(sheet, g)) merge.push(grownRange(g.col, g.top, g.bottom));
    }
    merge.push(...newBlockMerges(newRows, t.categoryCol, t.subcategoryCol, () => true));
  }
  return { unmerge, merge: merge.filter((r) => r.bottom > r.top || r.right > r.left) };
}

/** The labels of new blocks merged over their rows (blocks of one row stay as they are). */
function newBlockMerges(
  newRows: { row: NewRow; at: number }[],
  categoryCol: number,
  subcategoryCol: number,
  usesMerges: (col: number) => boolean,
): RangeRef[] {
  const out: RangeRef[] = [];
  const runs = (col: number, keyOf: (n: NewRow) => string | null) => {
    let start: { key: string; top: number; bottom: number } | null = null;
    const flush = () => {
      if (start && start.bottom > start.top) out.push({ top: start.top, left: col, bottom: start.bottom, right: col });
    };
    for (const n of newRows) {
      const key = keyOf(n.row);
      if (start && key !== null && key === start.key && n.at === start.bottom + 1) start.bottom = n.at;
      else {
        flush();
        start = key === null ? null : { key, top: n.at, bottom: n.at };
      }
    }
    flush();
  };
  if (usesMerges(categoryCol)) runs(categoryCol, (r) => (r.kind === 'c' ? r.entry.category : null));
  if (usesMerges(subcategoryCol))
    runs(subcategoryCol, (r) => (r.kind === 'a' ? null : `${r.entry.category}|${r.entry.subcategory}`));
  return out;
}
