/**
 * 审核 (validate): recognise the forms of a workbook and run every rule over them.
 */
import type { Finding } from '../findings';
import { recognizeWorkbook, type WorkbookRecognition } from '../forms';
import type { WorkbookSnapshot } from '../snapshot';
import { entriesOf } from './entries';
import { sortFindings } from './finding';
import { RULES } from './registry';
import { resolveSettings, type RuleSettings } from './settings';
import type { RuleContext } from './types';

/** The findings of every enabled rule, in the rules' order. */
function findingsOf(recognition: WorkbookRecognition, settings: Partial<RuleSettings>): Finding[] {
  const resolved = resolveSettings(settings);
  const ctx: RuleContext = { recognition, settings: resolved, entries: entriesOf(recognition, resolved) };
  const disabled = new Set(resolved.disabled);
  return RULES.filter((r) => !disabled.has(r.id)).flatMap((r) => r.check(ctx));
}

/**
 * The findings of every enabled rule over already recognised forms, in reading order: workbook-level
 * findings first, then by sheet (in the recognition's order), row and column.
 */
export function validateForms(recognition: WorkbookRecognition, settings: Partial<RuleSettings> = {}): Finding[] {
  return sortFindings(
    findingsOf(recognition, settings),
    recognition.forms.map((f) => f.sheet),
  );
}

/**
 * Recognises the workbook's forms and validates them. The findings are in reading order by the
 * workbook's sheet order (sorted once: the forms' sheets come in that order too).
 */
export function validateWorkbook(
  wb: WorkbookSnapshot,
  settings: Partial<RuleSettings> = {},
): { recognition: WorkbookRecognition; findings: Finding[] } {
  const recognition = recognizeWorkbook(wb);
  const sheetOrder = [...wb.sheets].sort((a, b) => a.index - b.index).map((s) => s.name);
  const findings = sortFindings(findingsOf(recognition, settings), sheetOrder);
  return { recognition, findings };
}
