/**
 * The bad-input corpus through `jixiao validate` (in-process) and the core: every case ends in a
 * clear Chinese message naming the file (and the sheet and cell where there is one), exit 2 for a
 * file that cannot be read, findings otherwise; no crash, no hang, and no output file half written
 * (a marked copy or a 汇总 output never appears for an input that could not be read).
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { validateWorkbook } from '../../src/core/rules';
import { loadWorkbookFile, XlsxHost } from '../../src/hosts/xlsx';
import * as cases from '../fixtures/bad/cases';
import { run, tempDir } from '../cli/helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** Runs validate with --mark into a fresh folder; returns the run and what the folder holds after. */
async function validateAndMark(file: string) {
  const out = join(dir, `marked-${Math.random().toString(36).slice(2)}`);
  const result = await run(dir, 'validate', file, '--mark', '--out-dir', out);
  let written: string[] = [];
  try {
    written = readdirSync(out);
  } catch {
    written = [];
  }
  return { ...result, written, out };
}

async function coreOf(file: string) {
  const loaded = await loadWorkbookFile(file);
  return validateWorkbook(await new XlsxHost(loaded.workbook).read());
}

const base = (file: string) => file.split('/').pop() as string;

describe('files that cannot be read: exit 2, the file named, nothing written', () => {
  test.each([
    ['a truncated .xlsx', () => cases.truncated(dir), '不完整或已损坏'],
    ['an .xls', async () => cases.legacyXls(dir), '是旧版 .xls 文件，请在 Excel 中另存为 .xlsx'],
    ['a text file renamed .xlsx', async () => cases.textAsXlsx(dir), '不是 .xlsx 工作簿'],
    ['a zip bomb', async () => cases.zipBomb(dir), '太大，无法读取'],
  ])('%s', async (_label, make, message) => {
    const file = base(await make());
    const r = await validateAndMark(file);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`「${file}」${message}`);
    expect(r.stdout).toContain('其中 1 个无法读取');
    expect(r.stdout + r.stderr).not.toMatch(/内部错误|internal error|TypeError|at .*\.ts:\d+/);
    expect(r.written).toEqual([]);
    // 汇总 refuses it the same way and leaves no output behind.
    const fill = await run(dir, 'fill', file, '-o', `汇总-${file}.xlsx`);
    expect(fill.code).toBe(2);
    expect(fill.stderr).toContain(`「${file}」${message}`);
    expect(readdirSync(dir).filter((f) => f.startsWith('汇总-') || f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('workbooks without forms: one error finding for the workbook, no crash', () => {
  test.each([
    ['an empty workbook', () => cases.emptyWorkbook(dir), 'Sheet1（空表）'],
    ['sheets that are not forms', () => cases.notForms(dir), '销售数据（没有申报表的栏目）、说明（没有申报表的栏目）'],
  ])('%s', async (_label, make, which) => {
    const file = base(await make());
    const r = await validateAndMark(file);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}（0 张申报表）`);
    expect(r.stdout).toContain(`工作簿中没有找到部门整体或项目支出绩效目标申报表（${which}）`);
    const { findings, recognition } = await coreOf(join(dir, file));
    expect(recognition.forms).toEqual([]);
    expect(findings.map((f) => [f.severity, f.sheet])).toEqual([['error', null]]);
  });
});

describe('forms with awkward contents', () => {
  test('#REF! and #VALUE! cells: findings at those cells, quoting the error', async () => {
    const { file, amountCell, valueCell } = await cases.errorCells(dir);
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${amountCell}       错误  「当年度金额」填写为「#REF!」，无法识别为金额`);
    expect(r.stdout).toContain(`「支持外贸企业数」的实施周期指标值为「#VALUE!」，无法识别`);
    expect(r.written).toEqual([base(file)]);
    const { findings } = await coreOf(file);
    expect(findings.find((f) => f.cell === amountCell)).toMatchObject({ sheet: '项目1', severity: 'error', value: '#REF!' });
    expect(findings.some((f) => f.cell === valueCell && f.value === '#VALUE!')).toBe(true);
  });

  test('numbers stored as text with full-width digits read as numbers: no amount finding', async () => {
    const { file, amountCell } = await cases.fullWidthDigits(dir);
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(0);
    const { findings, recognition } = await coreOf(file);
    const form = recognition.forms[0];
    expect(form.kind).toBe('project');
    if (form.kind !== 'project') return;
    expect(form.totalBudget).toMatchObject({ cell: amountCell, value: 18.24 });
    expect(findings.filter((f) => f.rule.startsWith('amount.'))).toEqual([]);
    // ９５％ and ３家 are understood: no value finding says they cannot be read.
    expect(findings.filter((f) => /无法识别/.test(f.message))).toEqual([]);
  });

  test('merged areas laid across labels and the indicator table: findings, no crash', async () => {
    const file = await cases.oddMerges(dir);
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('工作表「项目1」：项目支出绩效目标申报表');
    expect(r.stdout).toMatch(/没有二级指标，请在「成本指标」下选择/);
    expect(r.written).toEqual([base(file)]);
  });

  test('a used range of 100,000 formatted rows: read and checked in bounded time', async () => {
    const file = await cases.formattedToBottom(dir);
    const started = Date.now();
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${base(file)}（1 张申报表）`);
    expect(r.written).toEqual([base(file)]);
    expect(Date.now() - started).toBeLessThan(40_000);
  }, 60_000);

  test('sheet names with quotes, brackets and 31 characters: named as they are, marked', async () => {
    const file = await cases.awkwardSheetNames(dir);
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(0);
    for (const name of cases.AWKWARD_NAMES) expect(r.stdout).toContain(`工作表「${name}」：项目支出绩效目标申报表`);
    expect(r.written).toEqual([base(file)]);
    // The marked copy reads back with every sheet, and its marks clear again by those names.
    const copy = join(r.out, base(file));
    expect((await coreOf(copy)).recognition.forms.map((f) => f.sheet)).toEqual(cases.AWKWARD_NAMES);
    const cleared = await run(dir, 'clear', copy, '-o', join(r.out, '清除后.xlsx'));
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(/已清除 [1-9]\d* 个单元格的标记/);
  });

  test('a protected sheet: its findings listed, its cells not marked; the other sheet marked', async () => {
    const file = await cases.protectedBook(dir, false);
    const r = await validateAndMark(base(file));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('工作表「受保护」');
    expect(r.stderr).toMatch(/以下单元格所在的工作表受保护，未标记：.*受保护/);
    expect(r.written).toEqual([base(file)]);
  });

  test('a protected workbook structure: findings reported, marking explained, no crash', async () => {
    const file = await cases.protectedBook(dir, true);
    const r = await validateAndMark(base(file));
    expect(r.stdout).toContain('工作表「未保护」');
    expect(r.stderr).toContain('工作簿结构受保护');
    expect(r.stdout + r.stderr).not.toMatch(/内部错误|internal error/);
  });

  test('a 50 MB workbook (a large picture beside one form) is read', async () => {
    const file = await cases.fiftyMegabytes(dir);
    const r = await run(dir, 'validate', base(file));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${base(file)}（1 张申报表）`);
  }, 60_000);
});
