/**
 * A small, strict XML parser for checking the manifest offline: elements, attributes, text,
 * comments, CDATA and the XML declaration; anything not well-formed throws with its line number.
 * No DTDs, no namespaces resolution (names keep their prefixes).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (character data between its child elements), entities decoded. */
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
  }
}

export function parseXml(source: string): XmlElement {
  let pos = 0;
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];

  const lineAt = (at: number) => {
    let line = 1;
    for (let i = 0; i < at && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
  const fail = (message: string, at = pos): never => {
    throw new XmlSyntaxError(message, lineAt(at));
  };
  const startsWith = (s: string) => source.startsWith(s, pos);
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const isNameStart = (c: string) =>
    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':' || c.charCodeAt(0) > 0x7f;
  const isNameChar = (c: string) => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
  const skipSpace = () => {
    while (pos < source.length && isSpace(source[pos])) pos++;
  };
  const readName = () => {
    const start = pos;
    if (pos >= source.length || !isNameStart(source[pos])) fail('expected a name');
    while (pos < source.length && isNameChar(source[pos])) pos++;
    return source.slice(start, pos);
  };
  const indexOrFail = (needle: string, what: string, from = pos) => {
    const at = source.indexOf(needle, from);
    if (at < 0) fail(`unterminated ${what}`);
    return at;
  };
  const decode = (raw: string, at: number) => {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '<') fail("'<' not allowed here", at + i);
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', i);
      if (end < 0) fail("bare '&'", at + i);
      const ref = raw.slice(i + 1, end);
      if (ref.startsWith('#x')) out += String.fromCodePoint(parseHex(ref.slice(2), at + i));
      else if (ref.startsWith('#')) out += String.fromCodePoint(parseDec(ref.slice(1), at + i));
      else if (ref in ENTITIES) out += ENTITIES[ref];
      else fail(`unknown entity &${ref};`, at + i);
      i = end;
    }
    return out;
  };
  const parseHex = (digits: string, at: number) => {
    if (digits.length === 0 || [...digits].some((d) => !'0123456789abcdefABCDEF'.includes(d))) fail('bad character reference', at);
    return Number.parseInt(digits, 16);
  };
  const parseDec = (digits: string, at: number) => {
    if (digits.length === 0 || [...digits].some((d) => d < '0' || d > '9')) fail('bad character reference', at);
    return Number(digits);
  };
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
    else if (text.trim() !== '') fail('text outside the root element');
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  while (pos < source.length) {
    if (startsWith('<?')) {
      const end = indexOrFail('?>', 'processing instruction');
      if (source.slice(pos + 2, pos + 5).toLowerCase() === 'xml' && pos > (source.charCodeAt(0) === 0xfeff ? 1 : 0)) {
        fail('the XML declaration must come first');
      }
      pos = end + 2;
    } else if (startsWith('<!--')) {
      const end = indexOrFail('-->', 'comment');
      if (source.slice(pos + 4, end).includes('--')) fail("'--' inside a comment");
      pos = end + 3;
    } else if (startsWith('<![CDATA[')) {
      if (stack.length === 0) fail('CDATA outside the root element');
      const end = indexOrFail(']]>', 'CDATA section');
      addText(source.slice(pos + 9, end));
      pos = end + 3;
    } else if (startsWith('<!')) {
      fail('DOCTYPE and declarations are not supported');
    } else if (startsWith('</')) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      if (source[pos] !== '>') fail("expected '>'");
      pos++;
      const open = stack.pop();
      if (!open) fail(`closing tag </${name}> without an open element`, at);
      else if (open.name !== name) fail(`</${name}> closes <${open.name}> (line ${open.line})`, at);
    } else if (startsWith('<')) {
      const at = pos;
      pos++;
      const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '', line: lineAt(at) };
      for (;;) {
        const hadSpace = pos < source.length && isSpace(source[pos]);
        skipSpace();
        if (startsWith('/>') || startsWith('>')) break;
        if (pos >= source.length) fail(`unterminated tag <${el.name}>`, at);
        if (!hadSpace) fail('attributes must be separated by whitespace');
        const attr = readName();
        skipSpace();
        if (source[pos] !== '=') fail(`expected '=' after ${attr}`);
        pos++;
        skipSpace();
        const quote = source[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} needs a quoted value`);
        const end = indexOrFail(quote, 'attribute value', pos + 1);
        if (attr in el.attrs) fail(`duplicate attribute ${attr}`);
        el.attrs[attr] = decode(source.slice(pos + 1, end), pos + 1);
        pos = end + 1;
      }
      const selfClosing = startsWith('/>');
      pos += selfClosing ? 2 : 1;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(el);
      else if (root) fail('more than one root element', at);
      else root = el;
      if (!selfClosing) stack.push(el);
    } else {
      const end = source.indexOf('<', pos);
      const stop = end < 0 ? source.length : end;
      const raw = source.slice(pos, stop);
      if (raw.includes(']]>')) fail("']]>' in text");
      addText(decode(raw, pos));
      pos = stop;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) fail('no root element');
  return root as XmlElement;
}

/** Every element in document order, the root first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (el: XmlElement) => {
    out.push(el);
    el.children.forEach(visit);
  };
  visit(root);
  return out;
}
