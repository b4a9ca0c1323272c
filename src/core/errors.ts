/**
 * One typed error per failure, carrying the data to explain it. Core and hosts throw these; only the
 * task pane and the CLI turn them into text (see messages.ts).
 */
import type { EditOp, Precondition } from './plan';

export abstract class JixiaoError extends Error {
  abstract readonly code: string;
}

/** Why one precondition of a plan does not hold. */
export type Violation =
  | { kind: 'sheetExists'; sheet: string }
  | { kind: 'sheetMissing'; sheet: string }
  | { kind: 'sheetProtected'; sheet: string }
  | { kind: 'structureProtected' }
  /** The first occupied cell of an area that had to be empty. */
  | { kind: 'cellOccupied'; sheet: string; cell: string; value: string }
  /** A cell changed since the preview. */
  | { kind: 'cellChanged'; sheet: string; cell: string };

/** A plan was refused before anything was written. */
export class PlanRefusedError extends JixiaoError {
  readonly code = 'plan-refused';
  constructor(
    readonly violations: Violation[],
    readonly failed: Precondition[] = [],
  ) {
    super(`plan refused: ${violations.map((v) => v.kind).join(', ')}`);
  }
}

/**
 * The command that finishes or undoes what a failed write left, when the command recorded it:
 * 汇总 again (its record names what landed), 清除标记 (the mark store holds every original), or
 * 清除标记 again (the store still holds what was not restored).
 */
export type WriteRecovery = 'fill-again' | 'clear-marks' | 'clear-again';

/** Writing failed part way; `applied` operations landed, the rest did not. */
export class WriteFailedError extends JixiaoError {
  readonly code = 'write-failed';
  /** What the user can do about what landed; null when it must be checked by hand. */
  recovery: WriteRecovery | null = null;
  constructor(
    readonly applied: number,
    readonly total: number,
    readonly failedOp: EditOp | null,
    /** Sheets the plan created that are still in the workbook, incomplete. */
    readonly leftSheets: string[],
    /** Sheets the plan created that were removed again after the failure. */
    readonly removedSheets: string[],
    readonly causeMessage: string,
    /** The host's error code of the cause (Office's "AccessDenied" …), when it has one. */
    readonly causeCode: string | null = null,
  ) {
    super(`write failed after ${applied} of ${total} operations: ${causeMessage}`);
  }

  /** This error, saying which command finishes or undoes what landed. */
  recoverableBy(recovery: WriteRecovery): this {
    this.recovery = recovery;
    return this;
  }
}

/** Runs a command's write; a write failing part way says which command recovers from it. */
export async function recoverableWrite<T>(recovery: WriteRecovery, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw e instanceof WriteFailedError ? e.recoverableBy(recovery) : e;
  }
}

/** A sheet name the user gave cannot be used. */
export class SheetNameError extends JixiaoError {
  readonly code = 'sheet-name';
  constructor(
    readonly sheetName: string,
    readonly reason: 'empty' | 'too-long' | 'bad-char' | 'quote-edge' | 'reserved',
  ) {
    super(`bad sheet name "${sheetName}": ${reason}`);
  }
}

/** The selection cannot take the command (e.g. 添加指标行 outside an indicator table). */
export class SelectionError extends JixiaoError {
  readonly code = 'selection';
  constructor(
    readonly reason: 'not-in-indicator-table' | 'no-selection' | 'no-subcategory',
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(`selection: ${reason}`);
  }
}

/** A file cannot be read as a workbook. */
export class FileFormatError extends JixiaoError {
  readonly code = 'file-format';
  constructor(
    readonly file: string,
    readonly reason: 'legacy-xls' | 'wps-et' | 'docx' | 'not-xlsx' | 'truncated' | 'too-large' | 'unreadable',
    readonly detail = '',
  ) {
    super(`cannot read ${file}: ${reason}${detail ? ` (${detail})` : ''}`);
  }
}

/** The output file exists and overwriting was not asked for (the CLI's --force). */
export class OutputExistsError extends JixiaoError {
  readonly code = 'output-exists';
  constructor(readonly file: string) {
    super(`output exists: ${file}`);
  }
}

/** Writing a workbook file failed (no space, no permission…); the output was left as it was. */
export class FileWriteError extends JixiaoError {
  readonly code = 'file-write';
  constructor(
    readonly file: string,
    /** The system's error code when there is one (ENOSPC, EACCES, …), else ''. */
    readonly errno: string,
    readonly causeMessage: string,
  ) {
    super(`cannot write ${file}: ${causeMessage}`);
  }
}

/** One sheet holds more than Excel returns in one response (5 MB on the web), even read narrowly. */
export class SheetTooLargeError extends JixiaoError {
  readonly code = 'sheet-too-large';
  constructor(readonly sheet: string) {
    super(`sheet too large to read at once: ${sheet}`);
  }
}

/** A command is not available here (e.g. the pane opened outside Excel). */
export class OperationUnavailableError extends JixiaoError {
  readonly code = 'operation-unavailable';
  constructor(readonly operation: 'insertTemplate' | 'addIndicatorRow' | (string & {})) {
    super(`operation not available: ${operation}`);
  }
}

/** A typed field value cannot be used (an amount or year that does not parse). */
export class FieldValueError extends JixiaoError {
  readonly code = 'field-value';
  constructor(
    readonly field: string,
    readonly text: string,
    readonly expected: 'amount' | 'year' | 'count',
  ) {
    super(`field ${field}: not a valid ${expected}: ${text}`);
  }
}

/**
 * The mark store (the very hidden `jixiao_marks` sheet that 审核 writes) cannot be used: written by
 * a newer version of the add-in, or damaged. Nothing was changed.
 */
export class MarkStoreError extends JixiaoError {
  readonly code = 'mark-store';
  constructor(
    readonly sheet: string,
    readonly reason: 'newer-version' | 'unreadable',
    /** The row (1-based) that could not be read, when one could not. */
    readonly row: number | null = null,
  ) {
    super(`mark store ${sheet}: ${reason}${row === null ? '' : ` (row ${row})`}`);
  }
}

/**
 * 汇总 (fillSummary) cannot run on this workbook: it needs exactly one department form and at least
 * one project form, and a readable record of what an earlier 汇总 wrote. Nothing was changed.
 */
export class FillRefusedError extends JixiaoError {
  readonly code = 'fill-refused';
  constructor(
    readonly reason: 'no-department' | 'several-departments' | 'no-projects' | 'store-newer-version' | 'store-unreadable',
    /** The department forms' sheets (several-departments), or the record sheet (store-…); else []. */
    readonly sheets: string[] = [],
  ) {
    super(`fill refused: ${reason}${sheets.length > 0 ? ` (${sheets.join(', ')})` : ''}`);
  }
}

/** Saving the document settings failed (e.g. the workbook is read-only); nothing changed in the file. */
export class SettingsSaveError extends JixiaoError {
  readonly code = 'settings-save';
  constructor(readonly causeMessage: string) {
    super(`cannot save settings: ${causeMessage}`);
  }
}
