/**
 * 插入模板 (insertTemplate): puts a department or project form into a new sheet, or into the empty
 * area at the user's selection. Works on any WorkbookHost; in Office it costs at most 3 syncs
 * (read the sheet list and selection; check the target area when inserting at the selection; write).
 */
import { SelectionError } from '../core/errors';
import type { ApplyResult, WorkbookHost } from '../core/host';
import { uniqueSheetName } from '../core/sheetName';
import { buildTemplatePlan, defaultSheetName, type FieldsOf, type FormKind, type Level } from '../core/templates';

export interface InsertTemplateRequest<K extends FormKind = FormKind> {
  kind: K;
  fields?: Partial<FieldsOf<K>>;
  level?: Level;
  /** A new worksheet (default), or the current sheet at the selection's top-left cell. */
  target?: 'newSheet' | 'selection';
  /** Name for the new sheet (made valid and unique); default 部门整体 or the project's name. */
  sheetName?: string;
}

export interface InsertTemplateResult {
  sheet: string;
  /** The form's top-left cell. */
  anchor: string;
  /** Operations the host could not carry out (e.g. notes or print setup on an old Excel). */
  skipped: ApplyResult['skipped'];
}

export async function insertTemplate<K extends FormKind>(
  host: WorkbookHost,
  request: InsertTemplateRequest<K>,
): Promise<InsertTemplateResult> {
  const wb = await host.read({ sheets: [] });
  const fields = request.fields ?? {};
  if ((request.target ?? 'newSheet') === 'newSheet') {
    const sheet = uniqueSheetName(
      request.sheetName ?? defaultSheetName(request.kind, fields),
      wb.sheets.map((s) => s.name),
      defaultSheetName(request.kind, {}),
    );
    const plan = buildTemplatePlan(request.kind, { sheet, newSheet: true, fields, level: request.level });
    const result = await host.apply(plan, { checkedAgainst: wb });
    return { sheet, anchor: 'A1', skipped: result.skipped };
  }
  if (!wb.selection) throw new SelectionError('no-selection');
  const { sheet, address } = wb.selection;
  const anchor = address.split(':')[0];
  const plan = buildTemplatePlan(request.kind, { sheet, anchor, newSheet: false, fields, level: request.level });
  const result = await host.apply(plan);
  return { sheet, anchor, skipped: result.skipped };
}
