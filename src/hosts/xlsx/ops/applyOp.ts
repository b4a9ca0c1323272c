// Carries out one EditOp on an ExcelJS workbook. Throws (a plain Error) when it cannot.
import type { Workbook } from 'exceljs';
import { parseRange } from '../../../core/address';
import type { EditOp } from '../../../core/plan';
import { mergeRange, unmergeRange } from '../excel/merges';
import { isSheetProtected } from '../readSnapshot';
import { isStructureProtected } from '../workbookExtras';
import { writeFormula, writeLink, writeNote, writeValues } from './cellOps';
import { addDefinedName, deleteDefinedName } from './definedNames';
import { insertRows } from './insertRows';
import { setColumnWidth, setPrintSetup, setRowHeight } from './layoutOps';
import { activate, addSheet, deleteSheet, findWorksheet, setVisibility } from './sheetOps';
import { applyStyle } from './styleOp';
import { clearValidation, setListValidation } from './validations';

const STRUCTURE_OPS = new Set<EditOp['kind']>(['addSheet', 'deleteSheet', 'sheetVisibility']);
/** Operations Excel allows on a protected sheet. */
const ALLOWED_ON_PROTECTED = new Set<EditOp['kind']>(['activate', 'printSetup', 'sheetVisibility', 'deleteSheet']);

/** Refuses what Excel would refuse: ExcelJS itself does not enforce protection. */
function checkProtection(wb: Workbook, op: EditOp): void {
  if (STRUCTURE_OPS.has(op.kind) && isStructureProtected(wb))
    throw new Error(`${op.kind}: the workbook structure is protected`);
  if ('sheet' in op && op.kind !== 'addSheet' && !ALLOWED_ON_PROTECTED.has(op.kind)) {
    const ws = findWorksheet(wb, op.sheet);
    if (isSheetProtected(ws)) throw new Error(`${op.kind}: the sheet ${ws.name} is protected`);
  }
}

export function applyOp(wb: Workbook, op: EditOp): void {
  checkProtection(wb, op);
  switch (op.kind) {
    case 'addSheet':
      return addSheet(wb, op.sheet);
    case 'deleteSheet':
      return deleteSheet(wb, op.sheet);
    case 'sheetVisibility':
      return setVisibility(wb, op.sheet, op.visibility);
    case 'insertRows':
      return insertRows(wb, findWorksheet(wb, op.sheet), op.at, op.count);
    case 'values':
      return writeValues(findWorksheet(wb, op.sheet), op.address, op.values);
    case 'formula':
      return writeFormula(findWorksheet(wb, op.sheet), op.cell, op.formula, op.result);
    case 'style':
      return applyStyle(findWorksheet(wb, op.sheet), parseRange(op.address), op.style);
    case 'merge':
      return mergeRange(findWorksheet(wb, op.sheet), parseRange(op.address));
    case 'unmerge':
      return unmergeRange(findWorksheet(wb, op.sheet), parseRange(op.address));
    case 'columnWidth':
      return setColumnWidth(findWorksheet(wb, op.sheet), op.col, op.width);
    case 'rowHeight':
      return setRowHeight(findWorksheet(wb, op.sheet), op.row, op.height);
    case 'listValidation':
      return setListValidation(findWorksheet(wb, op.sheet), parseRange(op.address), op.items, op.strict);
    case 'clearValidation':
      return clearValidation(findWorksheet(wb, op.sheet), parseRange(op.address));
    case 'note':
      return writeNote(findWorksheet(wb, op.sheet), op.cell, op.text);
    case 'link':
      return writeLink(findWorksheet(wb, op.sheet), op.cell, op.target, op.text);
    case 'printSetup':
      return setPrintSetup(findWorksheet(wb, op.sheet), op.setup);
    case 'addName':
      return addDefinedName(wb, op.name, op.ref);
    case 'deleteName':
      return deleteDefinedName(wb, op.name);
    case 'activate':
      return activate(wb, op.sheet, op.select);
    default: {
      const never: never = op;
      throw new Error(`unknown operation ${(never as { kind: string }).kind}`);
    }
  }
}
