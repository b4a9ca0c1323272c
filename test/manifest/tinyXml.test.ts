import { parseXml, XmlSyntaxError } from './tinyXml';

describe('tinyXml', () => {
  test('reads elements, attributes, text, entities, comments and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2" y=\'&#x4E2D;\'>t&lt;<b/><c z="&#65;">in<![CDATA[<raw>]]></c></a>\n',
    );
    expect(root).toMatchObject({ name: 'a', attrs: { x: '1 & 2', y: '中' }, text: 't<', line: 3 });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[1]).toMatchObject({ attrs: { z: 'A' }, text: 'in<raw>' });
  });

  test.each([
    ['<a><b></a></b>', /closes <b>/],
    ['<a>', /never closed/],
    ['<a/><b/>', /more than one root/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a x=1/>', /quoted value/],
    ['<a>&nbsp;</a>', /unknown entity/],
    ['<a>fish & chips</a>', /bare '&'/],
    ['<a><!-- a -- b --></a>', /'--' inside a comment/],
    ['text<a/>', /text outside/],
    ['<a/>\n<?xml version="1.0"?>', /must come first/],
    ['<a x="1"y="2"/>', /separated by whitespace/],
    ['', /no root element/],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlSyntaxError);
    expect(() => parseXml(xml)).toThrow(message);
  });
});
