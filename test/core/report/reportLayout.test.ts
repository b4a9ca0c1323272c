/**
 * The reviewer's report as pure tables, and the per-file facts it is built from.
 */
import { snapshotFromText } from '../../../src/core/forms/fromText';
import { MARK_FILLS } from '../../../src/core/marks';
import {
  countSeverities,
  departmentOf,
  formName,
  reportLayout,
  type CheckedFile,
  type FileOutcome,
} from '../../../src/core/report';
import { validateWorkbook } from '../../../src/core/rules';
import { estimateRowHeight, LABEL_FILL, lineHeight } from '../../../src/core/style';
import { seedForms, seedWorkbook, workbookOf } from '../../fixtures/forms/seedForms';

function checked(file: string, texts: string[]): CheckedFile {
  const wb = workbookOf(texts.map((t, i) => snapshotFromText(t, { sheetName: `表${i + 1}` })));
  return { file, ...validateWorkbook(wb) };
}

const seed: CheckedFile = { file: 'seed.xlsx', ...validateWorkbook(seedWorkbook()) };
const projectsOnly = checked('projects.xlsx', seedForms().slice(1));
const unreadable: FileOutcome = { file: 'old.xls', error: '「old.xls」是旧版 .xls 文件。' };

describe('departmentOf', () => {
  it.each<[string, CheckedFile, string]>([
    ['the department form’s 部门名称', seed, '吴中市科工贸和信息化局'],
    ['else the project forms’ 主管部门', projectsOnly, '吴川市科工贸和信息化局'],
    ['else nothing', checked('letter.xlsx', ['说明\n请查收']), ''],
  ])('%s', (_name, file, expected) => {
    expect(departmentOf(file.recognition)).toBe(expected);
  });

  it('takes the 主管部门 most project forms name', () => {
    const texts = seedForms().slice(1);
    expect(texts[0]).toContain('吴川市科工贸和信息化局');
    texts[0] = texts[0].replace('吴川市科工贸和信息化局', '吴川市财政局');
    expect(departmentOf(checked('x.xlsx', texts).recognition)).toBe('吴川市科工贸和信息化局');
  });
});

describe('formName and countSeverities', () => {
  it('names forms by 部门名称 or 项目名称', () => {
    expect(seed.recognition.forms.map(formName)).toEqual(['吴中市科工贸和信息化局', '业务工作经费', '非转经工作经费（当年）', '科技月活动经费']);
  });

  it('counts findings by severity', () => {
    const counts = countSeverities(seed.findings);
    expect(counts.error + counts.warning + counts.info).toBe(seed.findings.length);
    expect(counts.error).toBe(seed.findings.filter((f) => f.severity === 'error').length);
  });
});

describe('reportLayout', () => {
  const [findings, files] = reportLayout([seed, unreadable, projectsOnly], 'zh');

  it('has one findings row per finding of the readable files, in file order', () => {
    expect(findings.name).toBe('审核结果');
    expect(findings.rows).toHaveLength(seed.findings.length + projectsOnly.findings.length);
    expect(findings.rows.map((r) => r.values[0])).toEqual([
      ...seed.findings.map(() => 'seed.xlsx'),
      ...projectsOnly.findings.map(() => 'projects.xlsx'),
    ]);
    // A project form's findings name the project; the department form's do not.
    const project = findings.rows.find((r) => r.values[3] === '表2')!;
    expect(project.values[2]).toBe('业务工作经费');
    expect(findings.rows[0].values.slice(2, 5)).toEqual(['', '表1', 'B5']);
  });

  it('sums up every file, the unreadable one with its error', () => {
    expect(files.name).toBe('文件汇总');
    expect(files.rows.map((r) => r.values)).toEqual([
      ['seed.xlsx', '吴中市科工贸和信息化局', 4, ...Object.values(countSeverities(seed.findings)), ''],
      ['old.xls', '', '', '', '', '', '「old.xls」是旧版 .xls 文件。'],
      ['projects.xlsx', '吴川市科工贸和信息化局', 3, ...Object.values(countSeverities(projectsOnly.findings)), ''],
    ]);
    expect(files.rows[1].fills).toEqual({ 6: MARK_FILLS.error });
    expect(files.rows[0].fills[3]).toBe(MARK_FILLS.error);
  });

  it('fits columns to their content within bounds, never at the width ExcelJS drops (9)', () => {
    for (const sheet of [findings, files]) {
      expect(sheet.headerFill).toBe(LABEL_FILL);
      for (const c of sheet.columns) {
        expect(c.width).toBeGreaterThanOrEqual(8);
        expect(c.width).toBeLessThanOrEqual(60);
        expect(c.width).not.toBe(9);
      }
    }
    const message = findings.columns[7];
    expect(message).toMatchObject({ header: '说明', width: 60, wrap: true, horizontal: 'left' });
    expect(findings.columns[4]).toMatchObject({ header: '单元格', wrap: false, horizontal: 'center' });
  });

  it('makes each row tall enough for its wrapped message', () => {
    findings.rows.forEach((r) => {
      expect(r.height).toBeGreaterThanOrEqual(estimateRowHeight(String(r.values[7]), 60));
      expect(r.height).toBeGreaterThanOrEqual(lineHeight());
    });
    const heights = new Set(findings.rows.map((r) => r.height));
    expect(heights.size).toBeGreaterThan(1);
  });

  it('colours errors and warnings, not notes', () => {
    findings.rows.forEach((r, i) => {
      const all = [...seed.findings, ...projectsOnly.findings];
      const severity = all[i].severity;
      expect(r.fills).toEqual(severity === 'info' ? {} : { 6: MARK_FILLS[severity] });
    });
  });

  it('speaks English when asked', () => {
    const [f, s] = reportLayout([seed], 'en');
    expect([f.name, s.name]).toEqual(['Findings', 'Files']);
    expect(f.rows[0].values[6]).toBe('error');
    expect(f.rows[0].values[7]).toBe(seed.findings[0].messageEn);
  });

  it('lays out an empty findings sheet when nothing was found', () => {
    const [f, s] = reportLayout([unreadable]);
    expect(f.rows).toEqual([]);
    expect(f.columns).toHaveLength(8);
    expect(s.rows).toHaveLength(1);
  });
});
