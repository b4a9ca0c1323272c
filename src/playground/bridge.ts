/**
 * How the page and the pane's frame meet. The page (the "Excel" of the playground) owns the
 * workbook, a fake Excel; the pane runs in an iframe, as an add-in runs in its own web view, and
 * takes that workbook's `Excel` and `Office` from the page before its own script starts. Opening
 * another workbook gives the pane a new frame, as Excel gives each document its own pane.
 */
import type { FakeExcelNamespace, FakeOfficeNamespace, InspectedWorkbook } from '../fake-excel';

/** The global the page sets on its window. */
export const BRIDGE_GLOBAL = 'jixiaoPlayground';

export interface PlaygroundBridge {
  /** The `Excel` and `Office` of the workbook open now. */
  current(): { Excel: FakeExcelNamespace; Office: FakeOfficeNamespace };
  /** The workbook as plain JSON (for tests and the browser console). */
  inspect(): InspectedWorkbook;
}

/** The page's bridge as seen from a frame inside it, or null when the frame is not in the playground. */
export function bridgeFromParent(win: Window): PlaygroundBridge | null {
  try {
    if (win.parent === win) return null;
    const bridge = (win.parent as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    return bridge && typeof (bridge as PlaygroundBridge).current === 'function' ? (bridge as PlaygroundBridge) : null;
  } catch {
    // A parent from another origin cannot be read: not the playground.
    return null;
  }
}
