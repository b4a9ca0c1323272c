/**
 * In-document hyperlinks ("#'项目1'!A1"). Excel stores them as `<hyperlink ref location>` with no
 * relationship; ExcelJS 4.4 reads only hyperlinks that have a relationship, and writes an in-document
 * link both as an external relationship "#…" and as a location, which Excel joins into a broken
 * "#…##…". These two rewrites translate between the forms around ExcelJS's load and write.
 */
import { emptyElement, parseAttributes } from './xmlText';

export interface SheetParts {
  sheetXml: string;
  /** The sheet's relationships part, or null when it has none. */
  relsXml: string | null;
}

const HYPERLINK_RE = /<hyperlink\b([^>]*?)(?:\/>|>\s*<\/hyperlink>)/g;
const REL_RE = /<Relationship\b([^>]*?)(?:\/>|>\s*<\/Relationship>)/g;
const HYPERLINK_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

function relIds(relsXml: string | null): Set<string> {
  const ids = new Set<string>();
  if (relsXml) for (const m of relsXml.matchAll(REL_RE)) ids.add(parseAttributes(m[1]).get('Id') ?? '');
  return ids;
}

/** Excel's form → ExcelJS's: each location-only link gets a relationship with target "#location". */
export function internalLinksForExcelJs(parts: SheetParts): SheetParts | null {
  const taken = relIds(parts.relsXml);
  const added: string[] = [];
  let n = 0;
  const sheetXml = parts.sheetXml.replace(HYPERLINK_RE, (whole, attrText: string) => {
    const attrs = parseAttributes(attrText);
    const location = attrs.get('location');
    if (attrs.has('r:id') || location === undefined) return whole;
    let id: string;
    do id = `rIdJx${++n}`;
    while (taken.has(id));
    added.push(
      emptyElement('Relationship', [
        ['Id', id],
        ['Type', HYPERLINK_TYPE],
        ['Target', `#${location}`],
        ['TargetMode', 'External'],
      ]),
    );
    return emptyElement('hyperlink', [...attrs.entries(), ['r:id', id]]);
  });
  if (added.length === 0) return null;
  const rels = parts.relsXml ?? EMPTY_RELS;
  return { sheetXml, relsXml: rels.replace(/<\/Relationships>\s*$/, `${added.join('')}</Relationships>`) };
}

/** ExcelJS's form → Excel's: links whose relationship targets "#…" become location-only. */
export function internalLinksForExcel(parts: SheetParts): SheetParts | null {
  if (!parts.relsXml) return null;
  const targets = new Map<string, string>();
  for (const m of parts.relsXml.matchAll(REL_RE)) {
    const a = parseAttributes(m[1]);
    const target = a.get('Target') ?? '';
    if (a.get('Type') === HYPERLINK_TYPE && target.startsWith('#')) targets.set(a.get('Id') ?? '', target.slice(1));
  }
  const dropped = new Set<string>();
  const sheetXml = parts.sheetXml.replace(HYPERLINK_RE, (whole, attrText: string) => {
    const attrs = parseAttributes(attrText);
    const id = attrs.get('r:id');
    const location = id === undefined ? undefined : targets.get(id);
    if (id === undefined || location === undefined) return whole;
    dropped.add(id);
    return emptyElement('hyperlink', [
      ['ref', attrs.get('ref')],
      ['location', location],
      ['tooltip', attrs.get('tooltip')],
      ['display', attrs.get('display')],
    ]);
  });
  if (dropped.size === 0) return null;
  const relsXml = parts.relsXml.replace(REL_RE, (whole, attrText: string) =>
    dropped.has(parseAttributes(attrText).get('Id') ?? '') ? '' : whole,
  );
  return { sheetXml, relsXml };
}
