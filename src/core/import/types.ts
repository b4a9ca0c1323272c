/**
 * 导入 (import): what goes in (pasted text, HTML tables, CSV text, workbook sheets), the forms found
 * in it as they will be written, and the notes on what could not be placed.
 */
import type { WorkbookSnapshot } from '../snapshot';
import type { DepartmentFields, Level, ProjectFields } from '../templates';

/**
 * One input. `source` names it for the user (a file name, 剪贴板). Text and CSV are decoded
 * already (the CLI reads UTF-8, UTF-16 with a BOM, or GB18030); `workbook` is a snapshot of an
 * .xlsx file's sheets (read with their contents).
 */
export type ImportInput =
  | { kind: 'text'; source: string; text: string }
  | { kind: 'html'; source: string; html: string }
  | { kind: 'csv'; source: string; text: string }
  | { kind: 'workbook'; source: string; workbook: WorkbookSnapshot };

/**
 * Why an input's text is listed in 导入说明:
 * - `no-field`: a labelled value the standard form has no place for (其中：财政资金, 项目性质…).
 * - `extra-value`: a value beyond the form's value columns.
 * - `kept-whole`: a cell that seems to hold several indicators whose parts do not pair one to one
 *   with the values; it was imported whole, to be split by hand.
 * - `unknown-subcategory`: an indicator (its name or a value) under a 一级/二级 that is not in the
 *   indicator framework; not imported.
 * - `unknown-hierarchy-name`: a 一级/二级 cell that is no known name.
 * - `single-value-column`: a multi-year project whose source had a single value column: its values
 *   went to the column it names (当年度 for 年度(/项目)指标值); the other column is left to fill in.
 * - `too-many-rows`: a key task or indicator past what one form holds (200 key tasks, 1,000
 *   indicators under one 二级).
 * - `title`: the source's title, replaced by the standard one.
 * - `remark`: a 备注 line other than the standard form's own.
 * - `unlabelled`: text inside a form that belongs to no label or table.
 * - `outside-form`: text of the input outside every form.
 * - `no-form`: an input or a sheet in which no form was found (its text is not listed cell by cell).
 * - `sheet-skipped`: a hidden sheet, or a sheet the add-in made (项目支出汇总, 导入说明), not read.
 */
export type ImportNoteReason =
  | 'no-field'
  | 'extra-value'
  | 'kept-whole'
  | 'unknown-subcategory'
  | 'unknown-hierarchy-name'
  | 'single-value-column'
  | 'too-many-rows'
  | 'title'
  | 'remark'
  | 'unlabelled'
  | 'outside-form'
  | 'no-form'
  | 'sheet-skipped';

/** Something of the input that is not in the created forms as it was, and why. */
export interface ImportNote {
  /** The input's name. */
  source: string;
  /** Where in the input: `第12行第3列` (text, CSV), `表格1第3行第2列` (HTML), `Sheet1!C3` (workbook). */
  location: string;
  /** The same in English: `line 12, column 3`, `table 1 row 3, column 2`, `Sheet1!C3`. */
  locationEn: string;
  /** The sheet of the created form it belongs to, or null. */
  form: string | null;
  /** The label or heading the text stood under ('' when none). */
  label: string;
  /** The text as it was in the input (markup removed). */
  text: string;
  reason: ImportNoteReason;
  /** More to say, in Chinese (e.g. 金额单位：元), and in English (present with `detail`). */
  detail?: string;
  detailEn?: string;
}

interface ImportedFormBase {
  /** 部门名称 or 项目名称 ('' when the form has none). */
  name: string;
  /** The sheet the form will be created on (unique among the forms and the names given). */
  sheet: string;
  source: string;
  /** Where the form was in the input (e.g. `第3行至第55行`, `Sheet1!1:44`), and in English (`lines 3–55`). */
  location: string;
  locationEn: string;
  indicatorCount: number;
  /** Field cells filled (key-task cells included, indicators not). */
  fieldCount: number;
}

export interface ImportedDepartmentForm extends ImportedFormBase {
  kind: 'department';
  /** 本级, from the title (市级…) or 市本级使用资金; 市 when neither says. */
  level: Level;
  fields: Partial<DepartmentFields>;
}

export interface ImportedProjectForm extends ImportedFormBase {
  kind: 'project';
  fields: Partial<ProjectFields>;
}

/** A form found in the input, shaped as the standard form it becomes. */
export type ImportedForm = ImportedDepartmentForm | ImportedProjectForm;

/** What an import will create, for a preview before anything is written. */
export interface ImportPreview {
  forms: ImportedForm[];
  unplaced: ImportNote[];
}
