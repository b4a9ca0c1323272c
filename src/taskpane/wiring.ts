/**
 * The one place where the task pane meets the Office host: it builds the Operations the
 * components receive.
 */
import { OperationUnavailableError, type Operations } from './operations';

/** The pane's operations, bound to the workbook open in Excel. */
export function createOperations(): Operations {
  // TODO(wiring): bind to src/commands (insertTemplate, addIndicatorRow) with the Office host from
  // src/hosts/office once they exist. Until then every command rejects with a typed error, which
  // the pane shows as 「此功能尚未接入 Excel」.
  return {
    insertTemplate: () => Promise.reject(new OperationUnavailableError('insertTemplate')),
    addIndicatorRow: () => Promise.reject(new OperationUnavailableError('addIndicatorRow')),
  };
}
