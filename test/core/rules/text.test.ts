import { strayWhitespace } from '../../../src/core/rules/text/whitespace';
import { validateWorkbook } from '../../../src/core/rules';
import {
  CLEAN_PROJECT_ROWS,
  ofRule,
  projectText,
  replaceRow,
  validate,
  where,
  workbookOfTexts,
  type Row,
} from './forms';

const plus = (...extra: Row[]) => [...CLEAN_PROJECT_ROWS, ...extra];

describe('strayWhitespace', () => {
  it.each([
    ['培训人数', null],
    ['GB 50300', null],
    ['N/A', null],
    ['培训 人数', 'inner'],
    ['培训\u3000人数', 'inner'],
    ['≥ 95%', 'inner'],
    ['95%  以上', 'inner'],
    [' 培训人数', 'edge'],
    ['培训人数 ', 'edge'],
    ['培训\n人数', 'break'],
  ])('%j → %s', (text, kind) => {
    expect(strayWhitespace(text)).toBe(kind);
  });
});

describe('text.whitespace', () => {
  it('fires on names, 二级 labels and values; one finding for both value columns', () => {
    const rows = [
      ...replaceRow(CLEAN_PROJECT_ROWS, '参训人员满意度', ['满意度指标', '服务对象 满意度指标', '参训人员满意度', '≥90%', '≥90%']),
      ['', '', '生态环境改善 清洁生产推广', '比上年改善 起到积极推广作用', '比上年改善 起到积极推广作用'],
    ];
    const findings = validate([projectText({ rows })]);
    expect(where(findings, 'text.whitespace')).toEqual(['表1!C17', '表1!D18', '表1!F18']);
    const [label, name, value] = ofRule(findings, 'text.whitespace');
    expect(label.message).toBe('「服务对象 满意度指标」中间有多余的空格，请删除空格。');
    expect(name.message).toBe('「生态环境改善 清洁生产推广」中间有多余的空格，请删除空格；若是两个指标写在了同一格，请分成两行填写。');
    expect(value).toMatchObject({ severity: 'info', cells: ['F18', 'E18'] });
    expect(value.message).toBe(
      '「生态环境改善 清洁生产推广」的实施周期和当年度指标值「比上年改善 起到积极推广作用」中间有多余的空格，请删除空格；若是两个指标值写在了同一格，请分成两行填写。',
    );
  });

  it('fires on a line break and on a field', () => {
    const wb = workbookOfTexts(
      projectText({ department: '测试市 人力资源局', rows: plus(['', '', '培训课时', '≥20课时', '≥20课时']) }),
    );
    // A line break inside a cell (pasted text cannot hold one).
    wb.sheets[0].values[17][3] = '培训\n课时';
    const { findings } = validateWorkbook(wb);
    expect(where(findings, 'text.whitespace')).toEqual(['表1!C5', '表1!E5', '表1!D18']);
    const [dept, , name] = ofRule(findings, 'text.whitespace');
    expect(dept.message).toBe('「主管部门」的内容「测试市 人力资源局」中间有多余的空格，请删除空格。');
    expect(name.message).toBe('「培训↵课时」中有换行，请删除换行。');
  });

  it('leaves prose alone', () => {
    expect(validate([projectText({ annualGoal: '完成培训, 提升技能。' })])).toEqual([]);
  });
});

describe('text.markup', () => {
  it('fires on prose, names and values', () => {
    const findings = validate([
      projectText({ annualGoal: '<p>完成年度培训任务。</p>', rows: plus(['', '', '培训课时', '≥20课时', '≥20课时&nbsp;']) }),
    ]);
    expect(where(findings, 'text.markup')).toEqual(['表1!E10', '表1!F18']);
    const [goal, value] = ofRule(findings, 'text.markup');
    expect(goal.message).toBe('「当年度目标」中留有网页标记「<p>」（多由网页系统复制而来），请删除标记，只保留文字。');
    expect(value).toMatchObject({ cells: ['F18'], value: '≥20课时&nbsp;' });
    expect(value.message).toBe('「培训课时」的当年度指标值中留有网页标记「&nbsp;」，请删除标记，只保留指标值。');
  });

  it('is quiet on comparisons that look like tags', () => {
    expect(ofRule(validate([projectText({ rows: plus(['', '', '投诉率', '<5%', '<5%']) })]), 'text.markup')).toEqual([]);
  });
});
