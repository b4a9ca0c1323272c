/**
 * Runs in the pane's frame before the task pane's own bundle: gives the pane the playground's
 * workbook as the global `Excel` and `Office`, so that the unchanged production pane talks to the
 * in-memory fake instead of office.js. Outside the playground it does nothing, and the pane shows
 * its "Excel is not available" text.
 */
import { bridgeFromParent } from './bridge';

const bridge = bridgeFromParent(window);
if (bridge) {
  const { Excel, Office } = bridge.current();
  const globals = window as unknown as Record<string, unknown>;
  globals.Excel = Excel;
  globals.Office = Office;
}
