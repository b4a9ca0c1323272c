/**
 * The few ExcelJS 4.4 members the host needs that its typings leave out, in one place. exceljs is
 * pinned to 4.4.0 in package.json; a new version must be checked against this file.
 */
import type { Cell, DataValidation, Row, Workbook, Worksheet } from 'exceljs';

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  /** Rows by number - 1, sparse. */
  _rows: (Row | undefined)[];
  /** Merged areas keyed by their top-left address. */
  _merges: Record<string, MergeRange>;
  /** Validations keyed by a cell ("E12") or range ("E12:E20") address; ExcelJS expands ranges when loading. */
  dataValidations: { model: Record<string, DataValidation | undefined> };
  conditionalFormattings?: ConditionalFormat[];
  rowBreaks?: { id: number }[];
}

export interface ConditionalFormat {
  /** Space-separated areas. */
  ref: string;
  rules: { formulae?: unknown[] }[];
}

interface RowInternals {
  /** Cells by column number - 1, sparse. */
  _cells: (Cell | undefined)[];
}

interface CellInternals {
  /** The cell's note; `note` can set but not remove it. */
  _comment?: unknown;
  /**
   * The value's model; the `model` getter copies the note into it, where it then stays. A cell
   * loaded from a file keeps its `styleId` (the `s` attribute) here, and the writer keeps that id
   * when the cell's new style is the default one (id 0, which it does not set).
   */
  _value?: { model?: { comment?: unknown; styleId?: number } };
}

interface WorkbookInternals {
  /** Theme parts as XML text by name ("theme1"), when the workbook was loaded from a file. */
  _themes?: Record<string, string>;
}

/** The sheet's row array (index = row number - 1); the host truncates it to move rows. */
export function rowsOf(ws: Worksheet): (Row | undefined)[] {
  return (ws as unknown as WorksheetInternals)._rows;
}

/** The row's cells (index = column number - 1), without creating any as `eachCell` would. */
export function cellsOf(row: Row): (Cell | undefined)[] {
  return (row as unknown as RowInternals)._cells;
}

/** The sheet's merged areas, as plain rectangles (ExcelJS keeps Range objects with getters). */
export function mergesOf(ws: Worksheet): MergeRange[] {
  return Object.values((ws as unknown as WorksheetInternals)._merges)
    .filter(Boolean)
    .map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

export function validationModel(ws: Worksheet): Record<string, DataValidation | undefined> {
  return (ws as unknown as WorksheetInternals).dataValidations.model;
}

export function conditionalFormatsOf(ws: Worksheet): ConditionalFormat[] {
  return (ws as unknown as WorksheetInternals).conditionalFormattings ?? [];
}

export function rowBreaksOf(ws: Worksheet): { id: number }[] {
  return (ws as unknown as WorksheetInternals).rowBreaks ?? [];
}

export function removeNote(cell: Cell): void {
  const c = cell as unknown as CellInternals;
  c._comment = undefined;
  if (c._value?.model) delete c._value.model.comment;
}

/** Forgets the style id a cell was loaded with, so that the writer derives it from the cell's style. */
export function forgetLoadedStyleId(cell: Cell): void {
  const c = cell as unknown as CellInternals;
  if (c._value?.model) delete c._value.model.styleId;
}

export function themeXml(wb: Workbook): string | null {
  const themes = (wb as unknown as WorkbookInternals)._themes;
  return themes ? (themes.theme1 ?? Object.values(themes)[0] ?? null) : null;
}
