/**
 * The grid's behaviour: a click selects a cell (shift-click a range from the active cell), the
 * arrow keys move, a double-click, Enter or F2 opens an input over the cell (a printable key opens
 * it with that character), Enter or Tab commits, Escape cancels, Delete empties the cell. The
 * name box and content box show the active cell. Redraws wait while a cell is being edited.
 */
import { cellA1, parseCell, type RangeRef } from '../../core/address';
import type { InspectedSheet, InspectedWorkbook } from '../../fake-excel';
import type { PlaygroundStrings } from '../strings';
import { displayText } from './displayText';
import { renderGrid } from './renderGrid';

export interface GridActions {
  select(sheet: string, range: RangeRef): Promise<void>;
  type(sheet: string, a1: string, text: string): Promise<void>;
  /** A write the workbook refused (e.g. a protected sheet). */
  failed(a1: string, err: unknown): void;
}

export interface GridElements {
  table: HTMLTableElement;
  /** The scrolling box around the table. */
  scroller: HTMLElement;
  nameBox: HTMLOutputElement;
  contentBox: HTMLOutputElement;
}

interface Editing {
  sheet: string;
  a1: string;
  input: HTMLInputElement;
  initial: string;
}

const single = (row: number, col: number): RangeRef => ({ top: row, left: col, bottom: row, right: col });

/** What the content box and the editor show for a cell: its formula, or its value as typed. */
function editText(sheet: InspectedSheet, a1: string): string {
  const cell = sheet.cells[a1];
  if (!cell) return '';
  if (cell.formula) return cell.formula;
  const format = cell.format?.numberFormat ?? '';
  if (typeof cell.value === 'number' && /%|y/i.test(format)) return displayText(cell.value, format);
  return typeof cell.value === 'boolean' ? (cell.value ? 'TRUE' : 'FALSE') : String(cell.value);
}

export class GridView {
  private state: InspectedWorkbook | null = null;
  private editing: Editing | null = null;
  private redrawPending = false;
  private lastSelection = '';

  constructor(
    private readonly el: GridElements,
    private readonly actions: GridActions,
    private readonly strings: PlaygroundStrings,
  ) {
    el.table.addEventListener('click', (e) => this.onClick(e));
    el.table.addEventListener('keydown', (e) => this.onKeyDown(e));
  }

  private get sheet(): InspectedSheet | null {
    const s = this.state;
    return s ? (s.sheets.find((x) => x.name === s.activeSheet) ?? null) : null;
  }

  private get selection(): RangeRef | null {
    const s = this.state;
    if (!s?.selection || s.selection.sheet !== s.activeSheet) return null;
    const [a, b] = s.selection.address.split(':');
    const tl = parseCell(a);
    const br = parseCell(b ?? a);
    return { top: tl.row, left: tl.col, bottom: br.row, right: br.col };
  }

  /** Shows the workbook's active sheet (after the editor closes, when a cell is being edited). */
  show(state: InspectedWorkbook): void {
    this.state = state;
    if (this.editing) {
      this.redrawPending = true;
      return;
    }
    this.draw();
  }

  private draw(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    const hadFocus = this.el.table.contains(document.activeElement);
    const selection = this.selection;
    renderGrid(this.el.table, sheet, selection, { caption: this.strings.grid(sheet.name), corner: this.strings.nameBox });
    const active = selection ? cellA1(selection.top, selection.left) : '';
    const shown = selection && (selection.top !== selection.bottom || selection.left !== selection.right) ? this.state?.selection?.address ?? active : active;
    this.el.nameBox.value = shown;
    this.el.contentBox.value = active ? editText(sheet, active) : '';
    const td = active ? this.cellElement(active) : null;
    const key = `${sheet.name}!${shown}`;
    if (td && key !== this.lastSelection) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.lastSelection = key;
    if (td && hadFocus) td.focus({ preventScroll: true });
  }

  private cellElement(a1: string): HTMLTableCellElement | null {
    return this.el.table.querySelector<HTMLTableCellElement>(`td[data-address="${a1}"]`);
  }

  private run(a1: string, action: Promise<void>): void {
    action.catch((err: unknown) => this.actions.failed(a1, err));
  }

  private onClick(e: MouseEvent): void {
    const td = (e.target as HTMLElement).closest<HTMLTableCellElement>('td[data-address]');
    const sheet = this.sheet;
    if (!td || !sheet || this.editing) return;
    const a1 = td.dataset.address!;
    const { row, col } = parseCell(a1);
    if (e.detail >= 2) {
      this.startEdit(a1, editText(sheet, a1));
      return;
    }
    const from = this.selection;
    const range =
      e.shiftKey && from
        ? { top: Math.min(from.top, row), left: Math.min(from.left, col), bottom: Math.max(from.top, row), right: Math.max(from.left, col) }
        : single(row, col);
    td.focus({ preventScroll: true });
    this.run(a1, this.actions.select(sheet.name, range));
  }

  private move(rows: number, cols: number): void {
    const sheet = this.sheet;
    const sel = this.selection;
    if (!sheet || !sel) return;
    const row = Math.max(1, sel.top + rows);
    const col = Math.max(1, sel.left + cols);
    this.run(cellA1(row, col), this.actions.select(sheet.name, single(row, col)));
  }

  private onKeyDown(e: KeyboardEvent): void {
    const sheet = this.sheet;
    const sel = this.selection;
    if (this.editing || !sheet || !sel || e.ctrlKey || e.metaKey || e.altKey || e.target instanceof HTMLInputElement) return;
    const a1 = cellA1(sel.top, sel.left);
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      this.move(...moves[e.key]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.startEdit(a1, editText(sheet, a1));
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.run(a1, this.actions.type(sheet.name, a1, ''));
    } else if (e.key.length === 1 && e.key !== ' ') {
      e.preventDefault();
      this.startEdit(a1, e.key, '');
    }
  }

  /** Opens the editor over a cell with `text`; `initial` is what counts as unchanged. */
  private startEdit(a1: string, text: string, initial = text): void {
    const sheet = this.sheet;
    const td = this.cellElement(a1);
    if (!sheet || !td) return;
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'cell-editor';
    input.value = text;
    input.setAttribute('aria-label', this.strings.edit(a1));
    this.editing = { sheet: sheet.name, a1, input, initial };
    td.replaceChildren(input);
    td.classList.add('editing');
    input.addEventListener('keydown', (e) => {
      // The grid's own keys (Enter opens the editor) must not see the editor's.
      e.stopPropagation();
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        this.finishEdit(true, e.key === 'Enter' ? [1, 0] : [0, 1]);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        this.finishEdit(false, null);
      }
    });
    input.addEventListener('blur', () => this.finishEdit(true, null));
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  private finishEdit(commit: boolean, then: [number, number] | null): void {
    const editing = this.editing;
    if (!editing) return;
    this.editing = null;
    const text = editing.input.value;
    const write = commit && text !== editing.initial ? this.actions.type(editing.sheet, editing.a1, text) : Promise.resolve();
    this.draw();
    this.redrawPending = false;
    this.cellElement(editing.a1)?.focus({ preventScroll: true });
    this.run(
      editing.a1,
      write.then(() => {
        if (then) this.move(...then);
      }),
    );
  }
}
