/**
 * The one place where the task pane meets the Office host: it builds the Operations the
 * components receive, binding src/commands to the workbook open in Excel.
 */
import { addIndicatorRow } from '../commands/addIndicatorRow';
import { clearMarks } from '../commands/clearMarks';
import { insertTemplate } from '../commands/insertTemplate';
import { validateAndMark } from '../commands/validate';
import { OperationUnavailableError } from '../core/errors';
import type { WorkbookHost } from '../core/host';
import { fieldsFromText } from '../core/templates/fieldText';
import { OfficeHost } from '../hosts/office';
import { readStoredSettings, storeSettings, type DocumentSettingsLike } from './documentSettings';
import type { Operations } from './operations';
import { clearMarksOutcome, validateOutcome } from './outcomes';

/** The pane's operations over a host and a document's settings; `createOperations` gives the Office ones. */
export function operationsOver(host: WorkbookHost, documentSettings: DocumentSettingsLike): Operations {
  return {
    async insertTemplate(req) {
      const fields = fieldsFromText(req.kind, req.fields);
      const r = await insertTemplate(host, { kind: req.kind, fields, level: req.level, target: req.target });
      return { sheet: r.sheet, address: r.anchor, skipped: r.skipped.map((s) => s.op.kind) };
    },
    addIndicatorRow: () => addIndicatorRow(host),
    validate: async (settings) => validateOutcome(await validateAndMark(host, settings, { mark: true })),
    clearMarks: async () => clearMarksOutcome(await clearMarks(host)),
    async selectCell(sheet, cell) {
      await host.apply({ preconditions: [{ kind: 'sheetPresent', sheet }], ops: [{ kind: 'activate', sheet, select: cell }] });
    },
    loadSettings: async () => readStoredSettings(documentSettings),
    saveSettings: (settings) => storeSettings(documentSettings, settings),
  };
}

/** The pane's operations, bound to the workbook open in Excel (or refusing when Excel is absent). */
export function createOperations(): Operations {
  if (typeof Excel === 'undefined' || typeof Office === 'undefined') {
    const unavailable = (operation: string) => () => Promise.reject(new OperationUnavailableError(operation));
    return {
      insertTemplate: unavailable('insertTemplate'),
      addIndicatorRow: unavailable('addIndicatorRow'),
      validate: unavailable('validate'),
      clearMarks: unavailable('clearMarks'),
      selectCell: unavailable('selectCell'),
      loadSettings: unavailable('loadSettings'),
      saveSettings: unavailable('saveSettings'),
    };
  }
  return operationsOver(new OfficeHost(), Office.context.document.settings);
}
