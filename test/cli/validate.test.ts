/**
 * `jixiao validate` run in-process on workbooks written like a user's: the JSON document, the text
 * output, exit codes, folders, unreadable files, --config and --lang.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseCell } from '../../src/core/address';
import type { Finding } from '../../src/core/findings';
import { validateWorkbook } from '../../src/core/rules';
import type { JsonDocument, JsonFinding } from '../../src/cli/validate/jsonOutput';
import { seedWorkbook } from '../fixtures/forms/seedForms';
import { run, tempDir, writeClean, writeLegacyXls, writePasted, writeSeed } from './helpers';

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  await writeSeed(join(dir, 'seed.xlsx'));
  await writeClean(join(dir, 'clean.xlsx'));
});
afterAll(() => cleanup());

/** Findings of the seed as core gives them on the pasted text, for comparison with the CLI. */
function coreSeedFindings(): Finding[] {
  return validateWorkbook(seedWorkbook()).findings;
}

function parseJson(stdout: string): JsonDocument {
  // The whole of stdout is one JSON document.
  return JSON.parse(stdout) as JsonDocument;
}

function findingsOf(doc: JsonDocument, index = 0): JsonFinding[] {
  const file = doc.files[index];
  if ('error' in file) throw new Error(`${file.file}: ${file.error}`);
  return file.findings;
}

describe('jixiao validate --json', () => {
  it('describes the seed: its forms, and its key findings at their cells', async () => {
    const r = await run(dir, 'validate', 'seed.xlsx', '--json');
    expect(r.code).toBe(1);
    const doc = parseJson(r.stdout);
    expect(doc.files).toHaveLength(1);
    const file = doc.files[0];
    if ('error' in file) throw new Error(file.error);
    expect(file.file).toBe('seed.xlsx');
    expect(file.forms).toEqual([
      { sheet: '表1', kind: 'department', name: '吴中市科工贸和信息化局', range: 'A1:E53' },
      { sheet: '表2', kind: 'project', name: '业务工作经费', range: 'A1:F44' },
      { sheet: '表3', kind: 'project', name: '非转经工作经费（当年）', range: 'A1:G31' },
      { sheet: '表4', kind: 'project', name: '科技月活动经费', range: 'A1:F29' },
    ]);
    expect(file.otherSheets).toEqual([]);
    const at = (rule: string, sheet: string, cell: string) =>
      file.findings.find((f) => f.rule === rule && f.sheet === sheet && f.cell === cell);

    expect(at('project.department', '表1', 'B5')).toMatchObject({
      severity: 'error',
      form: 0,
      indicator: '部门名称',
      value: '吴中市科工贸和信息化局',
      cells: ['B5'],
    });
    expect(at('project.department', '表1', 'B5')!.message).toContain('吴川市科工贸和信息化局');
    expect(at('value.degenerate', '表1', 'E32')).toMatchObject({ severity: 'warning', indicator: '工业增加值', value: '大于0%' });
    expect(at('value.degenerate', '表2', 'F21')).toMatchObject({ form: 1, cells: ['F21', 'E21'] });
    expect(at('value.vague', '表1', 'E46')).toMatchObject({ severity: 'warning', value: '比上年改善 起到积极推广作用' });
    expect(at('value.cost-unit', '表1', 'E24')).toMatchObject({ severity: 'warning', value: '95%以上' });
    expect(at('value.cost-unit', '表4', 'F13')).toMatchObject({ form: 3, value: '大于98%' });
    expect(at('text.markup', '表1', 'B13')).toMatchObject({ severity: 'info', indicator: '总体绩效目标' });
    expect(at('text.markup', '表1', 'B13')!.message).toContain('<p>');
  });

  it('gives the findings core gives on the same forms, in sheet, row and column order', async () => {
    const doc = parseJson((await run(dir, 'validate', 'seed.xlsx', '--json')).stdout);
    const findings = findingsOf(doc);
    const core = coreSeedFindings();
    expect(findings.map((f) => [f.rule, f.sheet, f.cell, f.severity, f.message])).toEqual(
      core.map((f) => [f.rule, f.sheet, f.cell, f.severity, f.message]),
    );
    const sheets = ['表1', '表2', '表3', '表4'];
    const key = (f: JsonFinding) => {
      const { row, col } = parseCell(f.cell!);
      return [sheets.indexOf(f.sheet!), row, col];
    };
    for (let i = 1; i < findings.length; i++) {
      const [a, b] = [key(findings[i - 1]), key(findings[i])];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])))).toBe(true);
    }
    // Every finding's form indexes the file's forms.
    for (const f of findings) expect(f.form === null || (f.form >= 0 && f.form < 4)).toBe(true);
  });

  it('lists a file that cannot be read with its error, checks the others, and exits 2', async () => {
    writeLegacyXls(join(dir, 'old.xls'));
    writeFileSync(join(dir, 'notes.xlsx'), '项目名称,金额\n甲,1\n');
    const r = await run(dir, 'validate', 'clean.xlsx', 'old.xls', 'notes.xlsx', 'seed.xlsx', 'missing.xlsx', '--json');
    expect(r.code).toBe(2);
    const doc = parseJson(r.stdout);
    expect(doc.files.map((f) => f.file)).toEqual(['clean.xlsx', 'old.xls', 'notes.xlsx', 'seed.xlsx', 'missing.xlsx']);
    expect(doc.files[1]).toEqual({ file: 'old.xls', error: '「old.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。' });
    expect(doc.files[2]).toEqual({
      file: 'notes.xlsx',
      error: '「notes.xlsx」不是 .xlsx 工作簿。请在 Excel 或 WPS 中打开后另存为 .xlsx（Excel 工作簿）再试。',
    });
    expect(doc.files[4]).toEqual({ file: 'missing.xlsx', error: '无法读取「missing.xlsx」：文件不存在。' });
    expect(findingsOf(doc, 0)).toEqual([]);
    expect(findingsOf(doc, 3).length).toBe(coreSeedFindings().length);
  });

  it('uses English messages with --lang en', async () => {
    const doc = parseJson((await run(dir, 'validate', 'seed.xlsx', '--json', '--lang', 'en')).stdout);
    const core = coreSeedFindings();
    expect(findingsOf(doc).map((f) => f.message)).toEqual(core.map((f) => f.messageEn));
  });
});

describe('exit codes', () => {
  it('0 for a form with no finding', async () => {
    const r = await run(dir, 'validate', 'clean.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('0 for warnings and notes only', async () => {
    await writePasted(join(dir, 'warnings.xlsx'), [
      { name: '项目', text: (await import('../fixtures/forms/seedForms')).seedForms()[3] },
    ]);
    const doc = parseJson((await run(dir, 'validate', 'warnings.xlsx', '--json')).stdout);
    expect(findingsOf(doc).map((f) => f.severity)).toContain('warning');
    expect((await run(dir, 'validate', 'warnings.xlsx')).code).toBe(0);
  });

  it('1 for an error finding, a workbook with no form included', async () => {
    expect((await run(dir, 'validate', 'seed.xlsx')).code).toBe(1);
    await writePasted(join(dir, 'letter.xlsx'), [{ name: 'Sheet1', text: '关于报送2025年预算的说明\n请查收。' }]);
    const r = await run(dir, 'validate', 'letter.xlsx', '--json');
    expect(r.code).toBe(1);
    const file = parseJson(r.stdout).files[0];
    expect(file).toMatchObject({ forms: [], otherSheets: ['Sheet1'] });
    expect(findingsOf(parseJson(r.stdout))).toEqual([
      expect.objectContaining({ rule: 'workbook.no-form', severity: 'error', sheet: null, cell: null, form: null }),
    ]);
  });

  it.each([
    ['no input', []],
    ['an unknown option', ['seed.xlsx', '--strict']],
    ['--mark without --out-dir', ['seed.xlsx', '--mark']],
    ['--out-dir without --mark', ['seed.xlsx', '--out-dir', 'x']],
    ['a report that is not .xlsx', ['seed.xlsx', '--report', 'r.csv']],
    ['an unknown language', ['seed.xlsx', '--lang', 'fr']],
  ])('2 for bad usage: %s', async (_name, args) => {
    const r = await run(dir, 'validate', ...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('jixiao validate --help');
  });
});

describe('a folder', () => {
  it('checks its .xlsx files by name, lists its .xls/.et/.docx as unreadable, skips the rest', async () => {
    const folder = join(dir, '2025 申报');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    await writeSeed(join(folder, '项目10.xlsx'));
    await writeClean(join(folder, '项目2.xlsx'));
    await writeClean(join(folder, 'sub', 'nested.xlsx'));
    writeLegacyXls(join(folder, '部门.xls'));
    writeFileSync(join(folder, '部门.et'), 'x');
    writeFileSync(join(folder, '说明.docx'), 'x');
    writeFileSync(join(folder, '~$项目2.xlsx'), 'lock');
    writeFileSync(join(folder, '._项目2.xlsx'), 'mac');
    writeFileSync(join(folder, 'readme.txt'), 'hello');
    const r = await run(dir, 'validate', '2025 申报', '--json');
    expect(r.code).toBe(2);
    const doc = parseJson(r.stdout);
    expect(doc.files.map((f) => [f.file, 'error' in f])).toEqual([
      [join('2025 申报', '部门.et'), true],
      [join('2025 申报', '部门.xls'), true],
      [join('2025 申报', '说明.docx'), true],
      [join('2025 申报', '项目2.xlsx'), false],
      [join('2025 申报', '项目10.xlsx'), false],
    ]);
    expect(doc.files[0]).toMatchObject({ error: expect.stringContaining('WPS 表格（.et）文件，请另存为 .xlsx') });
    expect(doc.files[2]).toMatchObject({ error: expect.stringContaining('Word 文档') });
  });

  it('warns about a folder with nothing to check', async () => {
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const r = await run(dir, 'validate', 'empty', 'clean.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('文件夹「empty」中没有 .xlsx 文件');
    const alone = await run(dir, 'validate', 'empty');
    expect(alone.code).toBe(2);
  });
});

describe('text output', () => {
  it('lists findings per file and sheet with cell, severity and message, then a summary', async () => {
    const r = await run(dir, 'validate', 'seed.xlsx', 'clean.xlsx', 'old.xls');
    const lines = r.stdout.split('\n');
    const core = coreSeedFindings();
    expect(lines[0]).toBe('seed.xlsx（4 张申报表）');
    expect(lines[1]).toBe('  工作表「表1」：部门整体预算绩效目标申报表「吴中市科工贸和信息化局」');
    const b5 = core.find((f) => f.rule === 'project.department')!;
    expect(lines[2]).toBe(`    B5   错误  ${b5.message}`);
    expect(lines).toContain('  工作表「表2」：项目支出绩效目标申报表「业务工作经费」');
    const f21 = core.find((f) => f.rule === 'value.degenerate' && f.sheet === '表2')!;
    expect(lines).toContain(`    F21,E21  警告  ${f21.message}`);
    // Every finding of the seed is listed once.
    for (const f of core) expect(lines.filter((l) => l.endsWith(f.message) && l.includes(f.cells.join(','))).length).toBeGreaterThan(0);
    expect(r.stdout).toContain('clean.xlsx（1 张申报表）\n  工作表「项目」：项目支出绩效目标申报表「科技月活动经费」\n    未发现问题。');
    expect(r.stdout).toContain('old.xls\n  「old.xls」是旧版 .xls 文件');
    const count = (s: string) => core.filter((f) => f.severity === s).length;
    expect(lines.filter((l) => l !== '').at(-1)).toBe(
      `共 3 个文件（其中 1 个无法读取），5 张申报表；错误 ${count('error')} 条，警告 ${count('warning')} 条，提示 ${count('info')} 条。`,
    );
    expect(r.code).toBe(2);
  });

  it('uses English labels and messages with --lang en', async () => {
    const r = await run(dir, 'validate', 'seed.xlsx', '--lang', 'en');
    const core = coreSeedFindings();
    const b5 = core.find((f) => f.rule === 'project.department')!;
    expect(r.stdout).toContain('seed.xlsx (4 forms)\n  Sheet “表1”: department form “吴中市科工贸和信息化局”\n');
    expect(r.stdout).toContain(`    B5   error    ${b5.messageEn}\n`);
    const count = (s: string) => core.filter((f) => f.severity === s).length;
    expect(r.stdout).toContain(`1 file, 4 forms: 1 error, ${count('warning')} warnings, ${count('info')} info.`);
    expect(r.stdout).not.toMatch(/错误|警告|提示/);
  });

  it('names sheets that hold no form', async () => {
    await writePasted(join(dir, 'extra.xlsx'), [
      { name: '项目', text: (await import('./helpers')).cleanProjectText() },
      { name: '附件', text: '资金测算明细\n甲\t1' },
    ]);
    const r = await run(dir, 'validate', 'extra.xlsx');
    expect(r.stdout).toContain('  其他工作表（不是申报表）：附件');
  });
});

describe('--config', () => {
  it('warns about a bad key and keeps the defaults for it, applying the good ones', async () => {
    writeFileSync(
      join(dir, 'rules.json'),
      '\uFEFF' + JSON.stringify({ satisfactionThresold: 90, disabled: ['text.markup'], amountTolerance: 'x' }),
    );
    const r = await run(dir, 'validate', 'seed.xlsx', '--json', '--config', 'rules.json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('警告（--config）：未知的设置项「satisfactionThresold」，已忽略；是否想写「satisfactionThreshold」？');
    expect(r.stderr).toContain('警告（--config）：设置项「amountTolerance」应为 0 到 100 之间的数字');
    const rules = findingsOf(parseJson(r.stdout)).map((f) => f.rule);
    expect(rules).not.toContain('text.markup');
    expect(rules).toContain('project.department');
    // With --lang en, the same warnings in English.
    const en = await run(dir, 'validate', 'seed.xlsx', '--json', '--config', 'rules.json', '--lang', 'en');
    expect(en.stderr).toContain('warning (--config): Unknown setting "satisfactionThresold", ignored; did you mean "satisfactionThreshold"?');
    expect(en.stderr).toContain('warning (--config): Setting "amountTolerance" should be a number from 0 to 100, not the text "x"');
  });

  it.each([
    ['not JSON', 'bad.json', '{ "disabled": [', '不是有效的 JSON'],
    ['missing', 'none.json', null, '无法读取设置文件「none.json」'],
  ])('refuses a config file that is %s (exit 2)', async (_name, name, text, message) => {
    if (text !== null) writeFileSync(join(dir, name), text);
    const r = await run(dir, 'validate', 'seed.xlsx', '--config', name);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});

describe('help', () => {
  it('prints the command help', async () => {
    const r = await run(dir, 'validate', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法: jixiao validate');
    expect(r.stdout).toContain('--report');
  });

  it('lists validate and clear in the main help', async () => {
    const r = await run(dir, '--help');
    expect(r.stdout).toContain('jixiao validate');
    expect(r.stdout).toContain('jixiao clear');
  });
});
