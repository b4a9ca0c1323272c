/**
 * What the task pane can ask of the workbook. Components receive these as props; only wiring.ts
 * binds them to the Office host, so tests pass plain functions.
 */
import type { FillChange, FillNotice, FillPlanResult } from '../core/fill';
import type { Finding } from '../core/findings';
import type { OtherSheet } from '../core/forms';
import type { ImportInput, ImportPreview } from '../core/import/types';
import type { CellAt, MarkSkipReason } from '../core/marks';
import type { Message, RuleSettings } from '../core/rules';
import type { FormKind, Level } from '../core/templates';

export { OperationUnavailableError } from '../core/errors';
export { LEVELS, type FormKind, type Level } from '../core/templates';
export type { Finding, Severity } from '../core/findings';
export type { OtherSheet, OtherSheetReason } from '../core/forms';
export type { CellAt, MarkSkipReason } from '../core/marks';
export type { RuleSettings, LevelSplitBase } from '../core/rules';
export type { FillChange, FillChangeKind, FillNotice } from '../core/fill';
export type { ImportInput, ImportPreview, ImportedForm, ImportNote, ImportNoteReason } from '../core/import/types';

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

/** A form 审核 recognised; `Finding.form` indexes the outcome's `forms`. */
export interface FoundForm {
  sheet: string;
  kind: FormKind;
  /** Its 部门名称 or 项目名称 as written ("" when not filled in). */
  name: string;
  /** Its area, local A1. */
  range: string;
}

/** A mark that could not be removed: on a protected sheet, or a note this Excel cannot change. */
export interface KeptCell extends CellAt {
  reason: 'protected' | 'notes-unsupported';
}

export interface ValidateOutcome {
  /** Forms in sheet order, then top to bottom. */
  forms: FoundForm[];
  /** Sheets that hold no form (the add-in's hidden mark store left out). */
  otherSheets: OtherSheet[];
  findings: Finding[];
  /** Cells marked (errors and warnings; 提示 are listed only). */
  marked: number;
  /** Cells with an error or warning on a protected sheet: listed, not marked. */
  unmarkedProtected: CellAt[];
  /** Cells not marked for another reason. */
  skipped: (CellAt & { reason: MarkSkipReason })[];
  /** Marks carry notes; false where this Excel has none (fill only). */
  notes: boolean;
  /** Marks of an earlier 审核 the user changed since: left as they are. */
  leftAsUserChanged: CellAt[];
  /** Marks of an earlier 审核 that stay. */
  kept: KeptCell[];
}

export interface ClearMarksOutcome {
  /** Cells given back their original fill and note. */
  restored: number;
  /** Cells the user recoloured or re-noted since they were marked: left as they are. */
  leftAsUserChanged: CellAt[];
  /** True when nothing of the add-in's is left in the workbook. */
  storeRemoved: boolean;
  kept: KeptCell[];
  /** Marks whose rows or sheets were deleted since. */
  gone: number;
}

/** The stored 审核设置 and what was wrong with them (wrong values fall back to their defaults). */
export interface LoadedSettings {
  settings: RuleSettings;
  /** Problems in the stored value, in Chinese (from parseSettings); empty when all was well. */
  problems: Message[];
}

/** What 汇总 will change, before anything is written. */
export interface FillPreview {
  /** Every cell the fill changes, in plan order (empty when the workbook is already filled). */
  changes: FillChange[];
  /** fill.value-conflict findings, then what validation still finds once the fill is written. */
  findings: Finding[];
  /** The forms as they will be after the fill (`Finding.form` indexes this list). */
  forms: FoundForm[];
  /** What 汇总 leaves undone, and why. */
  notices: FillNotice[];
  departmentSheet: string;
  /** The 项目支出汇总 sheet's name. */
  summarySheet: string;
  /** True when the fill adds the summary sheet; false when it refreshes one of an earlier 汇总. */
  summaryIsNew: boolean;
  /** Rows inserted into the department form's indicator table. */
  rowsInserted: number;
  /** What applyFill writes: hand the preview back unchanged. */
  readonly plan: FillPlanResult;
}

export interface FillApplied {
  /** False when there was nothing to write. */
  applied: boolean;
  /** Cells changed. */
  cells: number;
  /** What the host could not write (EditOp kinds, e.g. "printSetup"). */
  skipped: string[];
}

export interface ImportOutcome {
  /** The sheet created for each form of the preview, in its order. */
  sheets: string[];
  /** The 导入说明 sheet created, or null. */
  notesSheet: string | null;
  /** What the host could not write (EditOp kinds). */
  skipped: string[];
}

/** Stops a watch started by `watchChanges`. */
export type StopWatching = () => void;

/** The commands behind the pane's buttons. Each rejects with a typed error from src/core/errors.ts. */
export interface Operations {
  insertTemplate(req: InsertTemplateRequest): Promise<InsertTemplateResult>;
  addIndicatorRow(): Promise<AddIndicatorRowResult>;
  /** 审核: validates every form with these settings and marks the findings in place. */
  validate(settings: RuleSettings): Promise<ValidateOutcome>;
  /** 清除标记: restores what the marks replaced. */
  clearMarks(): Promise<ClearMarksOutcome>;
  /** Shows the sheet and selects the cell (local A1). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The 审核设置 kept in this workbook (defaults when none). */
  loadSettings(): Promise<LoadedSettings>;
  /** Keeps the 审核设置 in this workbook's document settings. */
  saveSettings(settings: RuleSettings): Promise<void>;
  /** 审核 without marks: the findings only; writes nothing (for 自动审核). */
  validateOnly(settings: RuleSettings): Promise<ValidateOutcome>;
  /**
   * Calls `onChange` whenever the user (or a co-author) changes cells, never for the add-in's own
   * writes. Resolves to a function that stops watching, or null where this Excel reports no changes.
   */
  watchChanges(onChange: () => void): Promise<StopWatching | null>;
  /** 汇总 preview: reads the workbook and plans the fill; writes nothing. */
  previewFill(settings: RuleSettings): Promise<FillPreview>;
  /**
   * Writes a preview. Refuses (PlanRefusedError with cellChanged, nothing written) when a cell the
   * preview read or plans to write changed since.
   */
  applyFill(preview: FillPreview): Promise<FillApplied>;
  /** 导入 preview: the forms found in the inputs, with sheet names free in this workbook. Writes nothing. */
  previewImport(inputs: ImportInput[]): Promise<ImportPreview>;
  /**
   * Creates the preview's forms as new sheets (and 导入说明). When `signal` is aborted before the
   * write, rejects with its reason and writes nothing; the write itself is one batch.
   */
  importForms(preview: ImportPreview, signal?: AbortSignal): Promise<ImportOutcome>;
}
