/**
 * HTML character references: numeric ones (`&#8805;`, `&#x2265;`) and the named ones that occur in
 * forms copied from budget systems, Excel and Word. An unknown name is left as written.
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ge: '≥',
  le: '≤',
  ne: '≠',
  plusmn: '±',
  times: '×',
  divide: '÷',
  middot: '·',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  yen: '¥',
  permil: '‰',
  deg: '°',
  sup2: '²',
  sup3: '³',
  copy: '©',
  reg: '®',
  shy: '',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function fromCodePoint(cp: number): string | null {
  if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  // A no-break space is a space in a cell.
  if (cp === 0xa0) return ' ';
  return String.fromCodePoint(cp);
}

/** The text with its character references decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined) return fromCodePoint(Number(dec)) ?? whole;
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16)) ?? whole;
    const key = name!;
    const value = NAMED[key] ?? NAMED[key.toLowerCase()];
    return value ?? whole;
  });
}
