/**
 * The fake workbook: its sheets in order, workbook-scope names, protection, the active sheet and
 * selection, and the document settings of Office.context.document.settings.
 */
import type { RangeRef } from '../../core/address';
import { SheetModel } from './sheet';
import type { NameModel } from './types';

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Keyed by the lower-case name: Excel compares names case-insensitively. */
  readonly names = new Map<string, NameModel>();
  structureProtected = false;
  activeSheetId: string | null = null;
  /** False while something other than cells is selected (getSelectedRange then fails). */
  rangeSelected = true;
  readonly settings = new Map<string, unknown>();
  /** Bumped on every change; formula results are cached per version. */
  version = 0;
  private nextId = 1;

  addSheet(name: string): SheetModel {
    const s = new SheetModel(`{S${String(this.nextId++).padStart(4, '0')}}`, name);
    this.sheets.push(s);
    if (this.activeSheetId === null) this.activeSheetId = s.id;
    this.touch();
    return s;
  }

  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  activeSheet(): SheetModel {
    const s = (this.activeSheetId && this.sheetById(this.activeSheetId)) || this.sheets[0];
    return s;
  }

  selection(): { sheet: SheetModel; rect: RangeRef } {
    const sheet = this.activeSheet();
    return { sheet, rect: sheet.selection };
  }

  touch(): void {
    this.version++;
  }
}
