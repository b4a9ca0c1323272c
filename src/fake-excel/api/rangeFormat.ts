/**
 * Excel.RangeFormat and its children RangeFill, RangeFont, RangeBorderCollection and RangeBorder.
 * A property read over several cells gives their common value, or null when they differ.
 * Column widths and row heights are in points.
 */
import { MAX_COLS } from '../../core/address';
import { ModelError } from '../model/errors';
import type { BorderLine, CellFormat } from '../model/types';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FONT, DEFAULT_ROW_HEIGHT } from '../model/types';
import { FakeClientObject } from './clientObject';
import { normalizeColor } from './color';
import type { FakeRequestContext } from './context';
import { assertWritable, eachCell, requireApi, uniform, type RangeTarget } from './targets';

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

abstract class RangePart extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly parent: () => RangeTarget | null,
  ) {
    super(context, path);
  }

  protected resolveTarget(): RangeTarget | null {
    return this.parent();
  }

  /** Queues a change of the format of every cell. */
  protected setCells(name: string, value: unknown, change: (f: CellFormat, row: number, col: number) => void): void {
    this.write(name, value, (t) => {
      assertWritable(t.sheet);
      eachCell(t.rect, (r, c) => t.sheet.updateFormat(r, c, (f) => change(f, r, c)));
      this.context.env.wb.touch();
    });
  }

  protected common<V>(t: RangeTarget, pick: (f: CellFormat) => V, fallback: V): V | null {
    return uniform(t.sheet, t.rect, (r, c) => pick(t.sheet.format(r, c)), fallback);
  }
}

export class RangeFillProxy extends RangePart {
  protected readonly typeName = 'RangeFill';

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      // A cell without fill reads as white: Office.js cannot tell "no fill" from white by colour.
      color: (t) => this.common(t, (f) => f.fill ?? '#FFFFFF', '#FFFFFF'),
      // null for no fill, a number for a solid colour (ExcelApi 1.9).
      tintAndShade: (t) => {
        requireApi(this.context, '1.9', 'RangeFill.tintAndShade');
        return this.common(t, (f) => (f.fill === undefined ? null : 0), null);
      },
    };
  }

  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setCells('color', v, (f) => {
      f.fill = normalizeColor(v);
    });
  }

  get tintAndShade(): number | null {
    return this.read('tintAndShade');
  }

  /** Removes the fill. */
  clear(): void {
    this.invoke('clear', [], (t) => {
      assertWritable(t.sheet);
      eachCell(t.rect, (r, c) =>
        t.sheet.updateFormat(r, c, (f) => {
          delete f.fill;
        }),
      );
      this.context.env.wb.touch();
    });
  }
}

export class RangeFontProxy extends RangePart {
  protected readonly typeName = 'RangeFont';

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      name: (t) => this.common(t, (f) => f.fontName ?? DEFAULT_FONT.name, DEFAULT_FONT.name),
      size: (t) => this.common(t, (f) => f.fontSize ?? DEFAULT_FONT.size, DEFAULT_FONT.size),
      bold: (t) => this.common(t, (f) => f.fontBold ?? DEFAULT_FONT.bold, DEFAULT_FONT.bold),
      color: (t) => this.common(t, (f) => f.fontColor ?? DEFAULT_FONT.color, DEFAULT_FONT.color),
    };
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.setCells('name', v, (f) => {
      f.fontName = String(v);
    });
  }
  get size(): number {
    return this.read('size');
  }
  set size(v: number) {
    this.setCells('size', v, (f) => {
      if (typeof v !== 'number' || v < 1 || v > 409) throw new ModelError('InvalidArgument', `bad font size ${v}`);
      f.fontSize = v;
    });
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(v: boolean) {
    this.setCells('bold', v, (f) => {
      f.fontBold = !!v;
    });
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setCells('color', v, (f) => {
      f.fontColor = normalizeColor(v);
    });
  }
}

type Side = 'borderTop' | 'borderBottom' | 'borderLeft' | 'borderRight';
const NO_LINE: BorderLine = { style: 'None', weight: 'Thin', color: '#000000' };

/** Which cell sides an edge of a range covers. */
function sidesOf(edge: string, t: RangeTarget): { row: number; col: number; side: Side }[] {
  const out: { row: number; col: number; side: Side }[] = [];
  const { top, bottom, left, right } = t.rect;
  const addRow = (row: number, side: Side) => {
    for (let c = left; c <= right; c++) out.push({ row, col: c, side });
  };
  const addCol = (col: number, side: Side) => {
    for (let r = top; r <= bottom; r++) out.push({ row: r, col, side });
  };
  switch (edge) {
    case 'EdgeTop':
      addRow(top, 'borderTop');
      break;
    case 'EdgeBottom':
      addRow(bottom, 'borderBottom');
      break;
    case 'EdgeLeft':
      addCol(left, 'borderLeft');
      break;
    case 'EdgeRight':
      addCol(right, 'borderRight');
      break;
    case 'InsideHorizontal':
      for (let r = top; r < bottom; r++) {
        addRow(r, 'borderBottom');
        addRow(r + 1, 'borderTop');
      }
      break;
    case 'InsideVertical':
      for (let c = left; c < right; c++) {
        addCol(c, 'borderRight');
        addCol(c + 1, 'borderLeft');
      }
      break;
    default:
      throw new ModelError('NotImplemented', `the fake does not draw ${edge} borders`);
  }
  return out;
}

export class RangeBorderProxy extends RangePart {
  protected readonly typeName = 'RangeBorder';

  constructor(
    context: FakeRequestContext,
    path: string,
    parent: () => RangeTarget | null,
    private readonly edge: string,
  ) {
    super(context, path, parent);
  }

  private line(t: RangeTarget): BorderLine | null {
    const sides = sidesOf(this.edge, t);
    if (sides.length === 0) return NO_LINE;
    const first = JSON.stringify(t.sheet.format(sides[0].row, sides[0].col)[sides[0].side] ?? NO_LINE);
    for (const s of sides) {
      if (JSON.stringify(t.sheet.format(s.row, s.col)[s.side] ?? NO_LINE) !== first) return null;
    }
    return JSON.parse(first) as BorderLine;
  }

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      sideIndex: () => this.edge,
      style: (t) => this.line(t)?.style ?? null,
      weight: (t) => this.line(t)?.weight ?? null,
      color: (t) => this.line(t)?.color ?? null,
    };
  }

  private setLine(name: string, value: unknown, change: (l: BorderLine) => BorderLine | undefined): void {
    this.write(name, value, (t) => {
      assertWritable(t.sheet);
      for (const s of sidesOf(this.edge, t)) {
        t.sheet.updateFormat(s.row, s.col, (f) => {
          f[s.side] = change({ ...(f[s.side] ?? { ...NO_LINE, style: 'Continuous' }) });
        });
      }
      this.context.env.wb.touch();
    });
  }

  get sideIndex(): string {
    return this.read('sideIndex');
  }
  get style(): string {
    return this.read('style');
  }
  set style(v: string) {
    this.setLine('style', v, (l) => (v === 'None' ? undefined : { ...l, style: v }));
  }
  get weight(): string {
    return this.read('weight');
  }
  set weight(v: string) {
    this.setLine('weight', v, (l) => ({ ...l, weight: v }));
  }
  get color(): string {
    return this.read('color');
  }
  set color(v: string) {
    this.setLine('color', v, (l) => ({ ...l, color: normalizeColor(v) }));
  }
}

export class RangeBorderCollectionProxy extends RangePart {
  protected readonly typeName = 'RangeBorderCollection';
  private readonly edges = new Map<string, RangeBorderProxy>();

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {};
  }

  getItem(index: string): RangeBorderProxy {
    let b = this.edges.get(index);
    if (!b) {
      b = new RangeBorderProxy(this.context, `${this.path}.getItem("${index}")`, () => this.target(), index);
      this.edges.set(index, b);
    }
    return b;
  }
}

export class RangeFormatProxy extends RangePart {
  protected readonly typeName = 'RangeFormat';
  private fillProxy?: RangeFillProxy;
  private fontProxy?: RangeFontProxy;
  private bordersProxy?: RangeBorderCollectionProxy;

  protected scalarReaders(): Record<string, (t: RangeTarget) => unknown> {
    return {
      horizontalAlignment: (t) => this.common(t, (f) => f.horizontal ?? 'General', 'General'),
      verticalAlignment: (t) => this.common(t, (f) => f.vertical ?? 'Bottom', 'Bottom'),
      wrapText: (t) => this.common(t, (f) => f.wrap ?? false, false),
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (t) => {
        const heights = new Set<number>();
        if (t.rect.bottom - t.rect.top > 100_000) return null;
        for (let r = t.rect.top; r <= t.rect.bottom; r++) heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT);
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  protected override navigations(): Record<string, FakeClientObject<unknown>> {
    return {
      fill: this.fill as FakeClientObject<unknown>,
      font: this.font as FakeClientObject<unknown>,
    };
  }

  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.context, `${this.path}.fill`, () => this.target());
    return this.fillProxy;
  }
  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.context, `${this.path}.font`, () => this.target());
    return this.fontProxy;
  }
  get borders(): RangeBorderCollectionProxy {
    this.bordersProxy ??= new RangeBorderCollectionProxy(this.context, `${this.path}.borders`, () => this.target());
    return this.bordersProxy;
  }

  get horizontalAlignment(): string {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setCells('horizontalAlignment', v, (f) => {
      if (!HORIZONTAL.includes(v)) throw new ModelError('InvalidArgument', `bad horizontal alignment ${v}`);
      f.horizontal = v === 'General' ? undefined : v;
    });
  }
  get verticalAlignment(): string {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setCells('verticalAlignment', v, (f) => {
      if (!VERTICAL.includes(v)) throw new ModelError('InvalidArgument', `bad vertical alignment ${v}`);
      f.vertical = v === 'Bottom' ? undefined : v;
    });
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(v: boolean) {
    this.setCells('wrapText', v, (f) => {
      f.wrap = v ? true : undefined;
    });
  }

  /** Width of every column of the range, in points. */
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(v: number) {
    this.write('columnWidth', v, (t) => {
      assertWritable(t.sheet);
      if (typeof v !== 'number' || v < 0 || v > 255 * 7.5) throw new ModelError('InvalidArgument', `bad column width ${v}`);
      for (let c = t.rect.left; c <= Math.min(t.rect.right, MAX_COLS); c++) t.sheet.columnWidths.set(c, v);
      this.context.env.wb.touch();
    });
  }

  /** Height of every row of the range, in points (at most 409). */
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(v: number) {
    this.write('rowHeight', v, (t) => {
      assertWritable(t.sheet);
      if (typeof v !== 'number' || v < 0 || v > 409) throw new ModelError('InvalidArgument', `bad row height ${v}`);
      if (t.rect.bottom - t.rect.top > 100_000) throw new ModelError('NotImplemented', 'the fake sets heights of at most 100,000 rows');
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, v);
      this.context.env.wb.touch();
    });
  }
}
