/**
 * The one place where the task pane meets the Office host: it builds the Operations the
 * components receive, binding src/commands to the workbook open in Excel. 汇总 and 导入 are loaded
 * on first use (dynamic import), so the pane's first paint does not wait for their engines.
 */
import { addIndicatorRow } from '../commands/addIndicatorRow';
import { clearMarks } from '../commands/clearMarks';
import { insertTemplate } from '../commands/insertTemplate';
import { validateAndMark } from '../commands/validate';
import { OperationUnavailableError } from '../core/errors';
import type { WorkbookHost } from '../core/host';
import { fieldsFromText } from '../core/templates/fieldText';
import { OfficeHost } from '../hosts/office';
import { watchWorksheetChanges, type StopWatching, type WorksheetChange } from '../hosts/office/changeEvents';
import { readStoredSettings, storeSettings, type DocumentSettingsLike } from './documentSettings';
import type { Operations } from './operations';
import { clearMarksOutcome, fillPreview, validateOutcome } from './outcomes';
import { OwnWrites } from './ownWrites';

/** Starts reporting cell changes; null where the host cannot. */
export type ChangeWatcher = (onChange: (change: WorksheetChange) => void) => Promise<StopWatching | null>;

const noWatcher: ChangeWatcher = () => Promise.resolve(null);

/** The host, with every write refused once `signal` is aborted (checked right before the write). */
function abortableHost(host: WorkbookHost, signal: AbortSignal | undefined): WorkbookHost {
  if (!signal) return host;
  return {
    read: (request) => host.read(request),
    apply: (plan, options) => {
      signal.throwIfAborted();
      return host.apply(plan, options);
    },
  };
}

/**
 * The pane's operations over a host, a document's settings and a source of change events;
 * `createOperations` gives the Office ones. `ownWrites` tells 自动审核 which changes are the add-in's.
 */
export function operationsOver(
  host: WorkbookHost,
  documentSettings: DocumentSettingsLike,
  watch: ChangeWatcher = noWatcher,
  ownWrites: OwnWrites = new OwnWrites(),
): Operations {
  const own = <T>(work: () => Promise<T>) => ownWrites.run(work);
  return {
    insertTemplate: (req) =>
      own(async () => {
        const fields = fieldsFromText(req.kind, req.fields);
        const r = await insertTemplate(host, { kind: req.kind, fields, level: req.level, target: req.target });
        return { sheet: r.sheet, address: r.anchor, skipped: r.skipped.map((s) => s.op.kind) };
      }),
    addIndicatorRow: () => own(() => addIndicatorRow(host)),
    validate: (settings) => own(async () => validateOutcome(await validateAndMark(host, settings, { mark: true }))),
    validateOnly: async (settings) => validateOutcome(await validateAndMark(host, settings, { mark: false })),
    clearMarks: () => own(async () => clearMarksOutcome(await clearMarks(host))),
    async selectCell(sheet, cell) {
      await host.apply({ preconditions: [{ kind: 'sheetPresent', sheet }], ops: [{ kind: 'activate', sheet, select: cell }] });
    },
    loadSettings: async () => readStoredSettings(documentSettings),
    saveSettings: (settings) => storeSettings(documentSettings, settings),
    async watchChanges(onChange) {
      const stop = await watch((change) => {
        // From ExcelApi 1.14 Excel says whose change it is; before, a change during (or just after)
        // one of our writes is taken for ours. A co-author's change is never ours.
        if (change.byThisAddin === true) return;
        if (change.byThisAddin === null && !change.remote && ownWrites.writing()) return;
        onChange();
      });
      if (!stop) return null;
      return () => {
        // The handler is quiet from here on; should Excel fail to remove it, nothing more happens.
        stop().catch(() => undefined);
      };
    },
    async previewFill(settings) {
      const { fillSummary } = await import('../commands/fillSummary');
      return fillPreview(await fillSummary(host, { preview: true, settings }));
    },
    applyFill: (preview) =>
      own(async () => {
        const { applyFill } = await import('../commands/fillSummary');
        const r = await applyFill(host, preview.plan);
        return { applied: r.applied, cells: r.applied ? r.changes.length : 0, skipped: r.skippedOps.map((s) => s.op.kind) };
      }),
    async previewImport(inputs) {
      const [{ planImport }, wb] = await Promise.all([import('../core/import/planImport'), host.read({ sheets: [] })]);
      return planImport(inputs, { takenSheets: wb.sheets.map((s) => s.name) });
    },
    importForms: (preview, signal) =>
      own(async () => {
        signal?.throwIfAborted();
        const { importForms } = await import('../commands/importForms');
        const r = await importForms(abortableHost(host, signal), preview);
        return { sheets: r.sheets, notesSheet: r.notesSheet, skipped: r.skipped.map((s) => s.op.kind) };
      }),
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
      validateOnly: unavailable('validate'),
      clearMarks: unavailable('clearMarks'),
      selectCell: unavailable('selectCell'),
      loadSettings: unavailable('loadSettings'),
      saveSettings: unavailable('saveSettings'),
      watchChanges: () => Promise.resolve(null),
      previewFill: unavailable('fillSummary'),
      applyFill: unavailable('fillSummary'),
      previewImport: unavailable('importForms'),
      importForms: unavailable('importForms'),
    };
  }
  return operationsOver(new OfficeHost(), Office.context.document.settings, (onChange) => watchWorksheetChanges(onChange));
}
