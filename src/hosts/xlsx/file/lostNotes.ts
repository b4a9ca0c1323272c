/**
 * ExcelJS 4.4 attaches a note only to a cell present in the sheet data, so a note on an empty,
 * unformatted cell (Excel writes no cell for it) is lost on load. This puts those notes back, as
 * plain text, from the comments parts.
 */
import { posix } from 'path';
import type { Workbook } from 'exceljs';
import { noteText } from '../excel/cellValues';
import { parseAttributes, xmlDecode } from '../xml/xmlText';

const REL_RE = /<Relationship\b([^>]*?)\/?>/g;

/** Whether a part may be needed to recover notes. */
export function isNotesPart(name: string): boolean {
  return name === 'xl/_rels/workbook.xml.rels' || /^xl\/[^/]*comments[^/]*\.xml$/i.test(name);
}

function resolve(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), target));
}

function relTargets(relsXml: string | undefined, fromPart: string, typeSuffix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (relsXml ?? '').matchAll(REL_RE)) {
    const a = parseAttributes(m[1]);
    if ((a.get('Type') ?? '').endsWith(typeSuffix) && a.get('TargetMode') !== 'External') {
      out.set(a.get('Id') ?? '', resolve(fromPart, a.get('Target') ?? ''));
    }
  }
  return out;
}

/** The plain text of each comment of a comments part, by cell address. */
function commentTexts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<comment\b([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const ref = parseAttributes(m[1]).get('ref');
    if (!ref) continue;
    const text = [...m[2].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => xmlDecode(t[1])).join('');
    out.set(ref, text);
  }
  return out;
}

/** Gives back the notes ExcelJS dropped. `text(name)` returns a part's text, or undefined. */
export function restoreLostNotes(wb: Workbook, text: (part: string) => string | undefined): void {
  const workbookXml = text('xl/workbook.xml') ?? '';
  const sheetParts = relTargets(text('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml', '/worksheet');
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = parseAttributes(m[1]);
    const sheetPart = sheetParts.get(a.get('r:id') ?? '');
    const ws = wb.getWorksheet(a.get('name') ?? '');
    if (!sheetPart || !ws) continue;
    const relsPart = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
    for (const commentsPart of relTargets(text(relsPart), sheetPart, '/comments').values()) {
      for (const [ref, note] of commentTexts(text(commentsPart) ?? '')) {
        if (noteText(ws.getCell(ref)) === null) ws.getCell(ref).note = note;
      }
    }
  }
}
