/**
 * The one place where the task pane meets the Office host: it builds the Operations the
 * components receive, binding src/commands to the workbook open in Excel.
 */
import { addIndicatorRow } from '../commands/addIndicatorRow';
import { insertTemplate } from '../commands/insertTemplate';
import { OperationUnavailableError } from '../core/errors';
import type { WorkbookHost } from '../core/host';
import { fieldsFromText } from '../core/templates/fieldText';
import { OfficeHost } from '../hosts/office';
import type { Operations } from './operations';

/** The pane's operations over a host; `createOperations` gives the Office one. */
export function operationsOver(host: WorkbookHost): Operations {
  return {
    async insertTemplate(req) {
      const fields = fieldsFromText(req.kind, req.fields);
      const r = await insertTemplate(host, { kind: req.kind, fields, level: req.level, target: req.target });
      return { sheet: r.sheet, address: r.anchor, skipped: r.skipped.map((s) => s.op.kind) };
    },
    addIndicatorRow: () => addIndicatorRow(host),
  };
}

/** The pane's operations, bound to the workbook open in Excel (or refusing when Excel is absent). */
export function createOperations(): Operations {
  if (typeof Excel === 'undefined') {
    return {
      insertTemplate: () => Promise.reject(new OperationUnavailableError('insertTemplate')),
      addIndicatorRow: () => Promise.reject(new OperationUnavailableError('addIndicatorRow')),
    };
  }
  return operationsOver(new OfficeHost());
}
