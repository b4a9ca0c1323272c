/**
 * Turns anything a command throws into text for the user. The only place the task pane reads an
 * error: components show what this returns.
 */
import {
  FieldValueError,
  FileFormatError,
  SettingsSaveError,
  SheetTooLargeError,
  FileWriteError,
  FillRefusedError,
  MarkStoreError,
  OutputExistsError,
  OperationUnavailableError,
  PlanRefusedError,
  SelectionError,
  SheetNameError,
  WriteFailedError,
  type Violation,
} from '../core/errors';
import { stringsFor, type Lang, type Strings } from '.';

/** Longest cell content quoted in a message, in characters. */
const MAX_QUOTED = 20;

/** A clear sentence (or a few, one per line) naming the sheet and cell where one is known. */
export function describeError(err: unknown, lang: Lang): string {
  const s = stringsFor(lang);
  const e = s.errors;
  if (err instanceof PlanRefusedError) return describeRefusal(err.violations, s);
  if (err instanceof WriteFailedError) return describeWriteFailure(err, s);
  if (err instanceof SheetNameError) return e.sheetName[err.reason](err.sheetName);
  if (err instanceof SelectionError) {
    const at = err.sheet && err.cell ? e.selectionAt(err.sheet, err.cell) : '';
    return e.selection[err.reason] + at;
  }
  if (err instanceof FileFormatError) {
    const cause = err.reason === 'unreadable' ? e.fileReadCause[err.detail] : undefined;
    return cause ? e.unreadableBecause(err.file, cause) : e.fileFormat[err.reason](err.file);
  }
  if (err instanceof MarkStoreError) return e.markStore[err.reason](err.sheet, err.row);
  if (err instanceof FillRefusedError) return e.fillRefused[err.reason](err.sheets.map(s.quoted).join(s.listSeparator));
  if (err instanceof FieldValueError) {
    const labels = s.fields as Record<string, string>;
    return e.fieldValue[err.expected](labels[err.field] ?? err.field, err.text);
  }
  if (err instanceof OutputExistsError) return e.outputExists(err.file);
  if (err instanceof FileWriteError) return e.fileWrite(err.file, e.fileWriteCause[err.errno] ?? (err.errno || err.causeMessage));
  if (err instanceof OperationUnavailableError) return e.unavailable(e.operations[err.operation] ?? err.operation);
  if (err instanceof SheetTooLargeError) return e.sheetTooLarge(err.sheet);
  if (err instanceof SettingsSaveError) return e.settingsSave(err.causeMessage.trim());
  const office = officeReason(err, s);
  if (office) return office;
  const message = messageOf(err);
  return message ? e.unknown(message) : e.unknownNoMessage;
}

/** Excel's error codes the user can do something about, explained; null for others. */
function officeReason(err: unknown, s: Strings): string | null {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
  return explainedCode(code, messageOf(err), s);
}

function explainedCode(code: string, message: string, s: Strings): string | null {
  const reason = (s.errors.office as Record<string, string | undefined>)[code];
  if (!reason) return null;
  return message.trim() ? s.errors.officeWithDetail(reason, message.trim()) : reason;
}

function describeRefusal(violations: Violation[], s: Strings): string {
  const lines = [...new Set(violations.map((v) => describeViolation(v, s)))];
  if (lines.length === 0) return s.errors.untouched;
  if (lines.length === 1) return lines[0];
  return [s.errors.refusedIntro, ...lines.map((l) => `• ${l}`)].join('\n');
}

function describeViolation(v: Violation, s: Strings): string {
  const e = s.errors;
  switch (v.kind) {
    case 'sheetExists':
      return e.sheetExists(v.sheet);
    case 'sheetMissing':
      return e.sheetMissing(v.sheet);
    case 'sheetProtected':
      return e.sheetProtected(v.sheet);
    case 'structureProtected':
      return e.structureProtected;
    case 'cellOccupied':
      return e.cellOccupied(v.sheet, v.cell, shorten(v.value));
    case 'cellChanged':
      return e.cellChanged(v.sheet, v.cell);
  }
}

function describeWriteFailure(err: WriteFailedError, s: Strings): string {
  const e = s.errors;
  const cause = (err.causeCode && explainedCode(err.causeCode, err.causeMessage, s)) || err.causeMessage.trim() || s.errors.unknownNoMessage;
  const lines = [e.writeFailed(err.applied, err.total, cause)];
  // What landed is recorded: the command that finishes or undoes it is the advice.
  if (err.recovery !== null && err.applied > 0) return [...lines, e.recovery[err.recovery]].join('\n');
  const list = (names: string[]) => names.map(s.quoted).join(s.listSeparator);
  if (err.leftSheets.length > 0) lines.push(e.leftSheets(list(err.leftSheets)));
  if (err.removedSheets.length > 0) lines.push(e.removedSheets(list(err.removedSheets)));
  if (err.leftSheets.length === 0 && err.removedSheets.length === 0 && err.applied > 0) {
    const sheet = err.failedOp && 'sheet' in err.failedOp ? err.failedOp.sheet : null;
    if (sheet) lines.push(e.partialWriteOn(sheet));
  }
  return lines.join('\n');
}

/** Cuts long cell content so the message stays readable; line breaks become spaces. */
function shorten(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : flat;
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  return '';
}
