/**
 * Checks one input of `jixiao validate`: loads it, validates it, and with `--mark` writes a marked
 * copy into the output folder. Never throws: whatever goes wrong with this file is reported and the
 * other files are still checked.
 */
import * as path from 'path';
import { validateAndMark, type ValidateResult } from '../../commands/validate';
import { FileFormatError, OutputExistsError } from '../../core/errors';
import type { OutputLang } from '../../core/report';
import type { RuleSettings } from '../../core/rules';
import type { FileOutcome } from '../../core/report';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost, type LoadedWorkbook } from '../../hosts/xlsx';
import { describeError } from '../../i18n/describeError';
import { i18nLang } from '../lang';
import { cellList, cliMessages } from '../messages';
import type { Input } from './inputs';

export interface MarkRequest {
  /** Absolute folder the marked copies go to. */
  outDir: string;
  /** The folder as the user named it, for messages. */
  shownDir: string;
  force: boolean;
}

export interface FileCheck {
  outcome: FileOutcome;
  /** The file could not be read, or its marked copy could not be written. */
  failed: boolean;
}

/** Receives a line for the user when it happens: a warning, or news of what was written. */
export type Notify = (line: string, kind: 'warning' | 'info') => void;

/** The marked copy's name: the input's, as .xlsx (an .xlsm read here is written without macros). */
export function markedCopyPath(input: Input, outDir: string): string {
  const base = path.basename(input.path);
  return path.join(outDir, /\.xlsx$/i.test(base) ? base : `${base.replace(/\.[^.]*$/, '')}.xlsx`);
}

export async function checkFile(
  input: Input,
  settings: RuleSettings,
  mark: MarkRequest | null,
  lang: OutputLang,
  notify: Notify,
): Promise<FileCheck> {
  const m = cliMessages(lang);
  // Errors name the file as the user named it, not by its absolute path.
  const unreadable = (err: unknown): FileCheck => ({
    outcome: { file: input.file, error: describeError(asNamed(err, input), i18nLang(lang)) },
    failed: true,
  });
  if (input.refused) return unreadable(input.refused);
  let loaded: LoadedWorkbook;
  try {
    loaded = await loadWorkbookFile(input.path);
  } catch (err) {
    return unreadable(err);
  }
  const host = new XlsxHost(loaded.workbook);
  if (!mark) {
    try {
      const result = await validateAndMark(host, settings, { mark: false });
      return { outcome: outcomeOf(input, result), failed: false };
    } catch (err) {
      return unreadable(err);
    }
  }

  const out = markedCopyPath(input, mark.outDir);
  const shownOut = path.join(mark.shownDir, path.basename(out));
  let result: ValidateResult;
  try {
    result = await validateAndMark(host, settings, { mark: true });
  } catch (err) {
    // Marking refused (a damaged mark record…): still report the findings.
    notify(m.markFailed(input.file, describeError(err, i18nLang(lang))), 'warning');
    try {
      const findingsOnly = await validateAndMark(new XlsxHost((await loadWorkbookFile(input.path)).workbook), settings, {
        mark: false,
      });
      return { outcome: outcomeOf(input, findingsOnly), failed: true };
    } catch (again) {
      return unreadable(again);
    }
  }
  const outcome = outcomeOf(input, result);
  if (loaded.droppedParts.length > 0) {
    notify(m.droppedParts(input.file, m.list(loaded.droppedParts.map((p) => m.parts[p])), shownOut), 'warning');
  }
  try {
    await saveWorkbookFile(loaded.workbook, out, { force: mark.force });
  } catch (err) {
    const named = err instanceof OutputExistsError ? new OutputExistsError(shownOut) : err;
    notify(m.markFailed(input.file, describeError(named, i18nLang(lang))), 'warning');
    return { outcome, failed: true };
  }
  notify(m.marked(input.file, shownOut, result.marked), 'info');
  if (result.unmarkedProtected.length > 0) notify(m.unmarkedProtected(cellList(m, result.unmarkedProtected)), 'warning');
  if (result.skipped.length > 0) {
    const cells = result.skipped.map((s) => ({ sheet: s.sheet, cell: m.withReason(s.cell, m.skipReasons[s.reason] ?? s.reason) }));
    notify(m.notMarked(cellList(m, cells)), 'warning');
  }
  if (result.leftAsUserChanged.length > 0) notify(m.leftAsUserChanged(cellList(m, result.leftAsUserChanged)), 'warning');
  if (result.kept.length > 0) notify(m.kept(cellList(m, result.kept)), 'warning');
  return { outcome, failed: false };
}

function asNamed(err: unknown, input: Input): unknown {
  return err instanceof FileFormatError ? new FileFormatError(input.file, err.reason, err.detail) : err;
}

function outcomeOf(input: Input, result: ValidateResult): FileOutcome {
  return { file: input.file, recognition: result.recognition, findings: result.findings };
}
