import { detectDelimiter, parseCsv } from '../../../src/core/import/csv';

describe('parseCsv', () => {
  test.each<[string, string, string[][]]>([
    ['plain rows, LF', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF and a lone CR', 'a,b\r\nc,d\re,f', [['a', 'b'], ['c', 'd'], ['e', 'f']]],
    ['a byte-order mark is dropped', '\uFEFF项目名称,业务工作经费', [['项目名称', '业务工作经费']]],
    ['quotes: commas, doubled quotes, line breaks inside', '"a,b","say ""hi""","line1\nline2"\nx', [['a,b', 'say "hi"', 'line1\nline2'], ['x']]],
    ['empty fields kept, trailing empty field too', ',a,,\n', [['', 'a', '', '']]],
    ['a quote inside an unquoted field is text', '5"寸,b', [['5"寸', 'b']]],
    ['an unterminated quote runs to the end', '"abc,def\nghi', [['abc,def\nghi']]],
    ['a blank line is an empty row', 'a\n\nb', [['a'], [''], ['b']]],
    ['amounts with thousands separators are quoted by Excel', '总金额,"182,400.00"', [['总金额', '182,400.00']]],
    ['nothing', '', []],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test('semicolon and tab files (European Excel, tab-separated export)', () => {
    expect(parseCsv('a;b;"c;d"\n1;2;3')).toEqual([['a', 'b', 'c;d'], ['1', '2', '3']]);
    expect(parseCsv('a\tb,c\t"d,e"\n1\t2')).toEqual([['a', 'b,c', 'd,e'], ['1', '2']]);
  });
});

test.each<[string, string]>([
  ['a,b,c', ','],
  ['a;b;c', ';'],
  ['a\tb\tc,d', '\t'],
  ['"x;y;z",b\nq;r;s;t', ','],
  ['只有一列', ','],
])('detectDelimiter(%j) = %j', (text, d) => {
  expect(detectDelimiter(text)).toBe(d);
});
