// Just enough XML text handling to patch a few elements of an OOXML part in place.

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function xmlDecode(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return DECODE[e];
  });
}

export function xmlEscapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The attributes of a start tag's text (`<x a="1" b='2'/>`), decoded, in order. */
export function parseAttributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) out.set(m[1], xmlDecode(m[2] ?? m[3] ?? ''));
  return out;
}

/** `<name a="1" b="2"/>` from attributes (undefined values left out). */
export function emptyElement(name: string, attrs: [string, string | undefined][]): string {
  const text = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscapeAttr(v)}"`)
    .join('');
  return `<${name}${text}/>`;
}
