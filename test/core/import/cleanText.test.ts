import { cleanCellText } from '../../../src/core/import/cleanText';

test.each<[string, string]>([
  ['<p>本年度我局主要是严格按照财政要求。</p>', '本年度我局主要是严格按照财政要求。'],
  ['<p>第一段</p><p>第二段</p>', '第一段\n第二段'],
  ['甲<br/>乙<BR>丙', '甲\n乙\n丙'],
  ['<span style="color:red">红</span>字&nbsp;&amp;', '红字 &'],
  ['<o:p></o:p>符合规定', '符合规定'],
  ['&lt;5%', '<5%'],
  // Not markup: text that only looks like it stays as typed.
  ['<5%', '<5%'],
  ['<A级>景区', '<A级>景区'],
  ['≤3个工作日', '≤3个工作日'],
  ['a < b > c', 'a < b > c'],
])('%j → %j', (input, output) => {
  expect(cleanCellText(input)).toBe(output);
});

test('text without markup is returned as the same string', () => {
  const s = '  大于95%  ';
  expect(cleanCellText(s)).toBe(s);
});
