import { snapshotFromText, textToRows } from '../../../src/core/forms';
import { cellValue } from '../../../src/core/snapshot';
import { splitAtTitles, seedForms } from '../../fixtures/forms/seedForms';

describe('snapshotFromText', () => {
  it('lays lines out as rows and tab-separated fields as cells, from the origin', () => {
    const s = snapshotFromText('\n\n## 项目支出绩效目标申报表\n\n项目名称\t\t业务工作经费\n起始年度\t2025\t1.50%\n', {
      sheetName: '项目1',
      originRow: 5,
      originCol: 3,
    });
    expect(s.name).toBe('项目1');
    // Blank leading lines are outside the used rectangle.
    expect(s.origin).toEqual({ row: 7, col: 3 });
    expect(s.values).toEqual([
      ['项目支出绩效目标申报表', '', ''],
      ['', '', ''],
      ['项目名称', '', '业务工作经费'],
      ['起始年度', 2025, '1.50%'],
    ]);
    expect(cellValue(s, 9, 5)).toBe('业务工作经费');
    expect(s.merges).toBeNull();
    expect(s).toMatchObject({ visibility: 'visible', protected: false, read: true, formulas: {} });
  });

  it('trims blank leading columns and keeps numbers as text when asked', () => {
    const s = snapshotFromText('\t\t101\t\n\t\t\tx', { numbers: false });
    expect(s.origin).toEqual({ row: 1, col: 3 });
    expect(s.values).toEqual([
      ['101', ''],
      ['', 'x'],
    ]);
  });

  it('takes merges as A1 ranges or rectangles', () => {
    const s = snapshotFromText('a\tb', { merges: ['A1:B1', { top: 3, left: 1, bottom: 4, right: 1 }] });
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 3, left: 1, bottom: 4, right: 1 },
    ]);
  });

  it('gives an empty sheet for blank text', () => {
    expect(snapshotFromText('\n\t\n')).toMatchObject({ origin: { row: 1, col: 1 }, values: [] });
  });

  it('reads headings as one title cell', () => {
    expect(textToRows('# 市级部门整体预算绩效目标申报表\n#不是标题\ta')).toEqual([
      ['市级部门整体预算绩效目标申报表'],
      ['#不是标题', 'a'],
    ]);
  });
});

describe('the seed splitter', () => {
  it('cuts the seed into its four forms, each starting at its title', () => {
    const forms = seedForms();
    expect(forms.map((f) => f.split('\n')[0])).toEqual([
      '# 市级部门整体预算绩效目标申报表',
      '## 项目支出绩效目标申报表',
      '## 项目支出绩效目标申报表',
      '## 项目支出绩效目标申报表',
    ]);
    // Seed lines 3–56, 57–101, 102–135 and 136–165 (the file's last line is blank, then its final newline).
    expect(forms.map((f) => f.split('\n').length)).toEqual([54, 45, 34, 31]);
  });

  it('drops what comes before the first heading', () => {
    expect(splitAtTitles('x\n# A\n1\n## B\n2')).toEqual(['# A\n1', '## B\n2']);
  });
});
