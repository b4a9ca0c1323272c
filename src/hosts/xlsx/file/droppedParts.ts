/**
 * Parts of an .xlsx that ExcelJS 4.4 drops when it reads and writes a workbook: a copy written by
 * the CLI lacks them, so the CLI warns when the input had any.
 */
import { hasNamesExcelJsDrops } from '../xml/workbookXml';

export type DroppedPart =
  | 'charts'
  | 'pivotTables'
  /** Shapes, text boxes and form controls drawn on sheets (pictures are kept). */
  | 'drawings'
  | 'customXml'
  /** docProps/custom.xml: custom document properties. */
  | 'customProperties'
  /** xl/vbaProject.bin: the copy is written as .xlsx, without macros. */
  | 'macros'
  /** Links to other workbooks: formulas using them lose their source. */
  | 'externalLinks'
  | 'slicers'
  /** Threaded comments of Excel 365 (legacy notes are kept). */
  | 'threadedComments'
  /** Defined names that are formulas, constants, whole rows or columns, or scoped to one sheet. */
  | 'definedNames';

const BY_PREFIX: [string, DroppedPart][] = [
  ['xl/charts/', 'charts'],
  ['xl/chartsheets/', 'charts'],
  ['xl/pivotTables/', 'pivotTables'],
  ['xl/pivotCache/', 'pivotTables'],
  ['customXml/', 'customXml'],
  ['docProps/custom.xml', 'customProperties'],
  ['xl/vbaProject.bin', 'macros'],
  ['xl/externalLinks/', 'externalLinks'],
  ['xl/slicers/', 'slicers'],
  ['xl/slicerCaches/', 'slicers'],
  ['xl/timelines/', 'slicers'],
  ['xl/threadedComments/', 'threadedComments'],
  ['xl/ctrlProps/', 'drawings'],
];

export const DRAWING_PART = /^xl\/drawings\/drawing\d+\.xml$/;

/** What would be lost, from the zip's entry names, its workbook.xml and its drawing parts. */
export function droppedPartsOf(names: string[], contents: Map<string, Buffer>): DroppedPart[] {
  const found = new Set<DroppedPart>();
  for (const name of names) {
    for (const [prefix, part] of BY_PREFIX) if (name.startsWith(prefix)) found.add(part);
  }
  // vmlDrawingN.vml holds the legacy notes ExcelJS keeps; drawingN.xml holds pictures (kept) and
  // shapes, connectors and chart frames (dropped).
  for (const [name, data] of contents) {
    if (DRAWING_PART.test(name) && /<(?:\w+:)?(?:sp|grpSp|cxnSp|graphicFrame)[\s>]/.test(data.toString('utf8'))) {
      found.add('drawings');
    }
  }
  const workbookXml = contents.get('xl/workbook.xml');
  if (workbookXml && hasNamesExcelJsDrops(workbookXml.toString('utf8'))) found.add('definedNames');
  return [...found];
}
