// References in formulas after rows are inserted before row 5 (two rows) of the sheet 数据.
import { shiftFormulaRows } from '../../../src/hosts/xlsx';

const cases: [string, string, string, string][] = [
  // [what, formula, sheet holding it, expected]
  ['a cell below moves', 'A5*2', '数据', 'A7*2'],
  ['a cell above stays', 'A4*2', '数据', 'A4*2'],
  ['absolute references move too', '$A$5+A$6+$B7', '数据', '$A$7+A$8+$B9'],
  ['a range straddling grows', 'SUM(A1:A10)', '数据', 'SUM(A1:A12)'],
  ['a range below moves', 'SUM(B5:C9)', '数据', 'SUM(B7:C11)'],
  ['a range above stays', 'SUM(B1:C4)', '数据', 'SUM(B1:C4)'],
  ['whole rows', 'SUM(3:6)', '数据', 'SUM(3:8)'],
  ['whole columns stay', 'SUM(A:A)', '数据', 'SUM(A:A)'],
  ['other sheets are left alone', 'Sheet2!A9+A9', 'Sheet2', 'Sheet2!A9+A9'],
  ['references from another sheet move', "'数据'!A9+数据!B2+A9", 'Sheet2', "'数据'!A11+数据!B2+A9"],
  ['sheet names compare without case', 'DATA!A9', 'x', 'DATA!A11'],
  ['text in quotes stays', '"A9"&A9', '数据', '"A9"&A11'],
  ['doubled quotes inside text', '"say ""A9"""&A9', '数据', '"say ""A9"""&A11'],
  ['function names that look like cells stay', 'LOG10(A9)+ATAN2(1,2)', '数据', 'LOG10(A11)+ATAN2(1,2)'],
  ['names stay', 'jx_m_1+rate5*A9', '数据', 'jx_m_1+rate5*A11'],
  ['external references stay', '[1]数据!A9+A9', '数据', '[1]数据!A9+A11'],
  ['a reversed range is kept reversed', 'SUM(A10:A1)', '数据', 'SUM(A12:A1)'],
  ['past the last row becomes #REF!', 'A1048575', '数据', '#REF!'],
];

describe('shiftFormulaRows', () => {
  it.each(cases)('%s', (_what, formula, holder, expected) => {
    const target = formula.includes('DATA!') ? 'data' : '数据';
    expect(shiftFormulaRows(formula, holder, target, 5, 2)).toBe(expected);
  });
});
