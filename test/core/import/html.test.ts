import { layoutTable, MAX_SPAN, parseHtml, type HtmlBlock } from '../../../src/core/import/html';
import { decodeEntities } from '../../../src/core/import/htmlEntities';

function tables(html: string): string[][][] {
  return parseHtml(html)
    .filter((b): b is Extract<HtmlBlock, { kind: 'table' }> => b.kind === 'table')
    .map((t) => t.rows.map((r) => r.map((c) => c.text)));
}

describe('cell text', () => {
  test.each([
    ['<td>a&nbsp;&amp;&nbsp;b</td>', 'a & b'],
    ['<td>&ge;90%&#65292;&#x2264;5%&le;</td>', '≥90%，≤5%≤'],
    ['<td>  多个   空格\n 换行 </td>', '多个 空格 换行'],
    ['<td>第一行<br>第二行<BR/>第三行</td>', '第一行\n第二行\n第三行'],
    ['<td><p>段一</p><p>段二</p></td>', '段一\n段二'],
    ['<td><span style="x"><b>加粗</b>和<font color=red>红字</font></span></td>', '加粗和红字'],
    ['<td>&unknown; &amp</td>', '&unknown; &'],
    ['<td>a<!-- 注释 <td>x</td> -->b</td>', 'ab'],
    ['<td>&#0;&#xD800;</td>', '&#0;&#xD800;'],
  ])('%s → %j', (html, text) => {
    expect(tables(`<table><tr>${html}</tr></table>`)).toEqual([[[text]]]);
  });
});

describe('structure', () => {
  test('missing end tags close where a browser would', () => {
    expect(tables('<table><tr><td>a<td>b<tr><td>c</table>')).toEqual([[['a', 'b'], ['c']]]);
  });

  test('thead, tbody, th and attributes in every quoting style', () => {
    const html = `<table border=1><thead><tr><th colspan="2">头</th></tr></thead>
      <tbody><tr><td colspan='1' class=x>一</td><td rowspan=1>二</td></tr></tbody></table>`;
    expect(parseHtml(html)).toEqual([
      {
        kind: 'table',
        rows: [
          [{ text: '头', rowspan: 1, colspan: 2 }],
          [
            { text: '一', rowspan: 1, colspan: 1 },
            { text: '二', rowspan: 1, colspan: 1 },
          ],
        ],
      },
    ]);
  });

  test('head, script, style and comments are skipped; text around tables is kept in order', () => {
    const html = `<html><head><title>标题栏</title><style>td{}</style></head><body>
      <script>document.write("<table><tr><td>x</td></tr></table>")</script>
      <h2>项目支出绩效目标申报表</h2><p>金额单位：元</p>
      <table><caption>表注</caption><tr><td>a</td></tr></table>
      <div>备注：1. 说明</div>尾部</body></html>`;
    expect(parseHtml(html)).toEqual([
      { kind: 'text', text: '项目支出绩效目标申报表' },
      { kind: 'text', text: '金额单位：元' },
      { kind: 'text', text: '表注' },
      { kind: 'table', rows: [[{ text: 'a', rowspan: 1, colspan: 1 }]] },
      { kind: 'text', text: '备注：1. 说明' },
      { kind: 'text', text: '尾部' },
    ]);
  });

  test('a table inside a cell becomes lines of that cell', () => {
    const html = '<table><tr><td>外<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>后</td><td>z</td></tr></table>';
    expect(tables(html)).toEqual([[['外\n甲 乙\n丙\n后', 'z']]]);
  });

  test('an unclosed table at the end is still read; several tables in order', () => {
    expect(tables('<table><tr><td>1</td></tr></table><p>x</p><table><tr><td>2')).toEqual([[['1']], [['2']]]);
  });

  test('Excel clipboard HTML: conditional comments, x:num cells', () => {
    const html = `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><!--StartFragment-->
      <![if supportMisalignedColumns]><tr height=0></tr><![endif]>
      <table><tr><td x:num="739.02" class=xl65>739.02</td><td x:str>文本</td></tr></table><!--EndFragment--></body></html>`;
    expect(tables(html)).toEqual([[['739.02', '文本']]]);
  });

  test('a quote that never closes does not swallow the document', () => {
    expect(tables('<table><tr><td title="oops>a</td><td>b</td></tr></table>')[0][0]).toContain('b');
  });
});

describe('spans laid out on a grid', () => {
  test('rowspan and colspan: the value at the top-left, covered cells empty', () => {
    const html = `<table>
      <tr><td rowspan="3">绩效指标</td><td rowspan="2">产出指标</td><td>数量指标</td><td>甲</td></tr>
      <tr><td colspan="2">乙</td></tr>
      <tr><td>效益指标</td><td>丙</td><td>丁</td></tr>
    </table>`;
    const [t] = parseHtml(html) as Extract<HtmlBlock, { kind: 'table' }>[];
    expect(layoutTable(t.rows)).toEqual({
      values: [
        ['绩效指标', '产出指标', '数量指标', '甲'],
        ['', '', '乙', ''],
        ['', '效益指标', '丙', '丁'],
      ],
      spans: [
        { top: 0, left: 0, bottom: 2, right: 0 },
        { top: 0, left: 1, bottom: 1, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 3 },
      ],
    });
  });

  test('a rowspan past the last row is cut; rowspan=0 runs to the last row; ragged rows padded', () => {
    const cell = (text: string, rowspan = 1, colspan = 1) => ({ text, rowspan, colspan });
    expect(layoutTable([[cell('a', 9), cell('b')], [cell('c'), cell('d'), cell('e')]])).toEqual({
      values: [
        ['a', 'b', '', ''],
        ['', 'c', 'd', 'e'],
      ],
      spans: [{ top: 0, left: 0, bottom: 1, right: 0 }],
    });
    expect(layoutTable([[cell('a', 0)], [cell('b')], [cell('c')]]).spans).toEqual([{ top: 0, left: 0, bottom: 2, right: 0 }]);
  });

  test('huge or bad spans are bounded', () => {
    const [t] = parseHtml('<table><tr><td colspan="99999999">a</td><td rowspan="x" colspan="-3">b</td></tr></table>') as Extract<
      HtmlBlock,
      { kind: 'table' }
    >[];
    expect(t.rows[0].map((c) => [c.rowspan, c.colspan])).toEqual([
      [1, MAX_SPAN],
      [1, 1],
    ]);
    expect(layoutTable(t.rows).values[0]).toHaveLength(MAX_SPAN + 1);
  });
});

test('decodeEntities leaves text without references as it is', () => {
  const text = '大于95% < 100';
  expect(decodeEntities(text)).toBe(text);
  expect(decodeEntities('&LT;&quot;&apos;&yen;&hellip;')).toBe('<"\'¥…');
});
