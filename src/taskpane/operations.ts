/**
 * What the task pane can ask of the workbook. Components receive these as props; only wiring.ts
 * binds them to the Office host, so tests pass plain functions.
 */
import type { FormKind, Level } from '../core/templates';

export { OperationUnavailableError } from '../core/errors';
export { LEVELS, type FormKind, type Level } from '../core/templates';

/** Where a template goes: a new sheet, or the current selection's top-left cell. */
export type InsertTarget = 'newSheet' | 'selection';

export interface InsertTemplateRequest {
  kind: FormKind;
  /** Basic fields by glossary identifier (e.g. `projectName`); empty fields are left out. */
  fields: Record<string, string>;
  level: Level;
  target: InsertTarget;
}

export interface InsertTemplateResult {
  /** The sheet the template was written to. */
  sheet: string;
  /** The area it fills, in local A1 (e.g. "A1:H42"). */
  address: string;
  /** What the host could not write (e.g. notes before ExcelApi 1.18), in words a user can read. */
  skipped: string[];
}

export interface AddIndicatorRowResult {
  sheet: string;
  /** The new row, 1-based. */
  row: number;
}

/** The commands behind the pane's buttons. Each rejects with a typed error from src/core/errors.ts. */
export interface Operations {
  insertTemplate(req: InsertTemplateRequest): Promise<InsertTemplateResult>;
  addIndicatorRow(): Promise<AddIndicatorRowResult>;
}

