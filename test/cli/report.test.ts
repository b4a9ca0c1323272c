/**
 * `jixiao validate --report`: the reviewer's workbook — one row per finding across the files, a
 * summary row per file — with its formatting, and its refusal to overwrite.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import type { Worksheet } from 'exceljs';
import { LABEL_FILL } from '../../src/core/style';
import { MARK_FILLS } from '../../src/core/marks';
import { validateWorkbook } from '../../src/core/rules';
import { seedWorkbook } from '../fixtures/forms/seedForms';
import { loadRaw, run, sha256, styleAt, tempDir, writeClean, writeSeed } from './helpers';

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await writeSeed(join(dir, 'seed.xlsx'));
  await writeClean(join(dir, 'clean.xlsx'));
  writeFileSync(join(dir, 'scan.xlsx'), '%PDF-1.4 not a workbook');
});
afterAll(() => cleanup());

function rows(ws: Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const values: unknown[] = [];
    for (let c = 1; c <= ws.columnCount; c++) values.push(row.getCell(c).value ?? '');
    out.push(values);
  });
  return out;
}

const argbOf = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

describe('the report workbook', () => {
  let findingsSheet: Worksheet;
  let filesSheet: Worksheet;
  let sheetNames: string[];
  const core = validateWorkbook(seedWorkbook()).findings;
  const count = (s: string) => core.filter((f) => f.severity === s).length;

  beforeAll(async () => {
    const r = await run(dir, 'validate', 'seed.xlsx', 'clean.xlsx', 'scan.xlsx', '--report', 'report.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`已写出审核报告「report.xlsx」（${core.length} 条审核结果）。`);
    const wb = await loadRaw(join(dir, 'report.xlsx'));
    sheetNames = wb.worksheets.map((ws) => ws.name);
    findingsSheet = wb.getWorksheet('审核结果')!;
    filesSheet = wb.getWorksheet('文件汇总')!;
  });

  it('has the findings sheet first, then the file summary', () => {
    expect(sheetNames).toEqual(['审核结果', '文件汇总']);
  });

  it('lists one row per finding with its file, department, project, sheet, cell, rule, severity and message', () => {
    const table = rows(findingsSheet);
    expect(table[0]).toEqual(['文件', '部门', '项目', '工作表', '单元格', '规则', '严重程度', '说明']);
    expect(table.slice(1)).toEqual(
      core.map((f) => [
        'seed.xlsx',
        '吴中市科工贸和信息化局',
        { 表1: '', 表2: '业务工作经费', 表3: '非转经工作经费（当年）', 表4: '科技月活动经费' }[f.sheet!],
        f.sheet,
        f.cell,
        f.rule,
        { error: '错误', warning: '警告', info: '提示' }[f.severity],
        f.message,
      ]),
    );
  });

  it('sums up each file, with the read error of a file that could not be read', () => {
    expect(rows(filesSheet)).toEqual([
      ['文件', '部门', '表格数', '错误', '警告', '提示', '备注'],
      ['seed.xlsx', '吴中市科工贸和信息化局', 4, count('error'), count('warning'), count('info'), ''],
      // The clean project form names its 主管部门.
      ['clean.xlsx', '吴川市科工贸和信息化局', 1, 0, 0, 0, ''],
      ['scan.xlsx', '', '', '', '', '', '「scan.xlsx」不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx（Excel 工作簿）再试。'],
    ]);
  });

  it('is formatted for a reviewer: header fill, frozen header, autofilter, widths, SimSun, wrapped messages', () => {
    for (const ws of [findingsSheet, filesSheet]) {
      for (let c = 1; c <= ws.columnCount; c++) {
        expect(styleAt(ws, 1, c)).toMatchObject({
          font: { name: 'SimSun', bold: true },
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(LABEL_FILL) } },
        });
        expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(8);
      }
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(styleAt(ws, 2, 1).font).toMatchObject({ name: 'SimSun' });
    }
    expect(findingsSheet.autoFilter).toBe(`A1:H${core.length + 1}`);
    expect(filesSheet.autoFilter).toBe('A1:G4');
    expect(findingsSheet.getColumn(8).width).toBe(60);
    expect(styleAt(findingsSheet, 2, 8).alignment).toMatchObject({ wrapText: true });
    // A long message gets a taller row than a one-line one.
    const longest = core.reduce((a, f, i) => (f.message.length > core[a].message.length ? i : a), 0);
    expect(findingsSheet.getRow(longest + 2).height).toBeGreaterThan(14.25);
  });

  it('colours the severity of errors and warnings as the marks do', () => {
    const severityFill = (i: number) => {
      const fill = findingsSheet.getRow(i + 2).getCell(7).fill as { fgColor?: { argb?: string } } | undefined;
      return fill?.fgColor?.argb ?? null;
    };
    core.forEach((f, i) => {
      const expected = f.severity === 'error' ? argbOf(MARK_FILLS.error) : f.severity === 'warning' ? argbOf(MARK_FILLS.warning) : null;
      expect(severityFill(i)).toBe(expected);
    });
  });
});

describe('report in English', () => {
  it('has English sheet names, headers and severities', async () => {
    const r = await run(dir, 'validate', 'seed.xlsx', '--report', 'report-en.xlsx', '--lang', 'en', '--json');
    expect(r.code).toBe(1);
    // With --json the notice goes to stderr: stdout is the JSON document alone.
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain('Wrote the review report “report-en.xlsx”');
    const wb = await loadRaw(join(dir, 'report-en.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Findings', 'Files']);
    const ws = wb.getWorksheet('Findings')!;
    expect(rows(ws)[0]).toEqual(['File', 'Department', 'Project', 'Sheet', 'Cell', 'Rule', 'Severity', 'Message']);
    const b5 = validateWorkbook(seedWorkbook()).findings[0];
    expect(rows(ws)[1].slice(4)).toEqual([b5.cell, b5.rule, 'error', b5.messageEn]);
    expect(rows(wb.getWorksheet('Files')!)[0]).toEqual(['File', 'Department', 'Forms', 'Errors', 'Warnings', 'Info', 'Note']);
  });
});

describe('refusing to overwrite', () => {
  it('leaves an existing report alone without --force (exit 2, nothing checked), replaces it with --force', async () => {
    const file = join(dir, 'kept.xlsx');
    writeFileSync(file, 'an earlier report');
    const before = sha256(file);
    const r = await run(dir, 'validate', 'seed.xlsx', '--report', 'kept.xlsx');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('输出文件「kept.xlsx」已存在，未覆盖。要覆盖请加 --force');
    expect(sha256(file)).toBe(before);

    const forced = await run(dir, 'validate', 'seed.xlsx', '--report', 'kept.xlsx', '--force');
    expect(forced.code).toBe(1);
    expect((await loadRaw(file)).worksheets.map((ws) => ws.name)).toEqual(['审核结果', '文件汇总']);
  });

  it('refuses a report that would replace an input or a marked copy, even with --force', async () => {
    const before = sha256(join(dir, 'seed.xlsx'));
    for (const args of [
      ['seed.xlsx', '--report', 'seed.xlsx', '--force'],
      ['seed.xlsx', '--report', join('marked', 'seed.xlsx'), '--mark', '--out-dir', 'marked', '--force'],
    ]) {
      const r = await run(dir, 'validate', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('报告不能写到输入文件或标记副本上');
    }
    expect(sha256(join(dir, 'seed.xlsx'))).toBe(before);
  });

  it('does not check the report itself when it lies in the folder being checked', async () => {
    const first = await run(dir, 'validate', '.', '--report', 'folder-report.xlsx', '--json');
    const again = await run(dir, 'validate', '.', '--report', 'folder-report.xlsx', '--json', '--force');
    const files = (s: string) => (JSON.parse(s) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files(again.stdout)).toEqual(files(first.stdout));
    expect(files(again.stdout)).not.toContain('folder-report.xlsx');
  });
});
