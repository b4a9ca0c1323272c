/**
 * What the task pane can ask of the workbook. Components receive these as props; only wiring.ts
 * binds them to the Office host, so tests pass plain functions.
 */
import { JixiaoError } from '../core/errors';

export type FormKind = 'department' | 'project';

/** 本级: the level of government the forms are for (省级…申报表, 市本级使用资金 …). */
export type Level = '省' | '市' | '县' | '区';

export const LEVELS: readonly Level[] = ['省', '市', '县', '区'];

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

/** A command the pane offers is not connected to Excel in this build. */
export class OperationUnavailableError extends JixiaoError {
  readonly code = 'operation-unavailable';
  constructor(readonly operation: keyof Operations) {
    super(`operation not available: ${operation}`);
  }
}
