import { existsSync } from 'fs';
import { join } from 'path';
import { departmentText, projectText } from '../core/rules/forms';
import { seedForms } from '../fixtures/forms/seedForms';
import { loadRaw, run, sha256, tempDir, writeClean, writeLegacyXls, writePasted, writeSeed } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const FINDING_KEYS = ['cell', 'cells', 'form', 'indicator', 'message', 'rule', 'severity', 'sheet', 'value'];

describe('jixiao fill', () => {
  test('writes a filled copy of the seed, the input untouched; exit 1 for the error left (主管部门)', async () => {
    const input = join(dir, 'seed.xlsx');
    await writeSeed(input);
    const hash = sha256(input);
    const r = await run(dir, 'fill', 'seed.xlsx', '-o', 'out.xlsx');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(sha256(input)).toBe(hash);
    expect(r.stdout).toContain('已汇总「seed.xlsx」，写出「out.xlsx」：修改了 49 个单元格。');
    expect(r.stdout).toContain("表1!C9：34.35 → ='项目支出汇总'!G6（= 34.35）");
    expect(r.stdout).toContain('表2!F8：18.24万元 → 18.24');
    expect(r.stdout).toContain('工作表「项目支出汇总」：写入 36 个单元格');
    expect(r.stdout).toMatch(/E24 +警告 +「财政资金投入成本」在各表中的指标值不一致/);
    const wb = await loadRaw(join(dir, 'out.xlsx'));
    expect(wb.getWorksheet('表1')!.getCell('C9').value).toEqual({ formula: "'项目支出汇总'!G6", result: 34.35 });
    expect(wb.getWorksheet('项目支出汇总')!.getCell('G6').value).toEqual({ formula: 'SUM(G3:G5)', result: 34.35 });
    expect(wb.getWorksheet('表2')!.getCell('F8').value).toBe(18.24);
    expect(wb.getWorksheet('jixiao_fill')!.state).toBe('veryHidden');
  });

  test('filling the filled copy again changes nothing', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    await run(dir, 'fill', 'seed.xlsx', '-o', 'out.xlsx');
    const r = await run(dir, 'fill', 'out.xlsx', '-o', 'again.xlsx', '--json');
    expect(JSON.parse(r.stdout).changes).toEqual([]);
  });

  test('--dry-run prints the changes and writes nothing', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    const r = await run(dir, 'fill', 'seed.xlsx', '-o', 'out.xlsx', '--dry-run');
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    expect(r.stdout).toContain('「seed.xlsx」汇总预览（未写出文件）：将修改 49 个单元格。');
    expect(r.stdout).toContain('表1!D35：（空） → 高新技术企业认定数量');
  });

  test('--json: the changes, and the findings in validate’s shape', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    const r = await run(dir, 'fill', 'seed.xlsx', '--dry-run', '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.output).toBeNull();
    expect(doc.changes).toContainEqual({
      sheet: '表1',
      cell: 'C9',
      before: 34.35,
      after: "='项目支出汇总'!G6",
      result: 34.35,
      kind: 'project-expenditure',
    });
    expect(doc.changes).toContainEqual({ sheet: '表4', cell: 'F8', before: '3万元', after: 3, kind: 'amount' });
    for (const f of doc.findings) expect(Object.keys(f).sort()).toEqual(FINDING_KEYS);
    expect(
      doc.findings
        .filter((f: { rule: string }) => f.rule === 'fill.value-conflict')
        .map((f: { cell: string }) => f.cell),
    ).toEqual(['E24', 'E43']);
  });

  test('an existing output is kept without --force, replaced with it', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    await writeClean(join(dir, 'out.xlsx'));
    const hash = sha256(join(dir, 'out.xlsx'));
    const r = await run(dir, 'fill', 'seed.xlsx', '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('「out.xlsx」已存在');
    expect(sha256(join(dir, 'out.xlsx'))).toBe(hash);
    expect((await run(dir, 'fill', 'seed.xlsx', '-o', 'out.xlsx', '--force')).code).toBe(1);
    expect(sha256(join(dir, 'out.xlsx'))).not.toBe(hash);
  });

  test('exit 0 when nothing is left to report as an error', async () => {
    await writePasted(join(dir, 'clean.xlsx'), [
      { name: '部门', text: departmentText({ project: '3' }) },
      { name: '项目', text: projectText() },
    ]);
    const r = await run(dir, 'fill', 'clean.xlsx', '-o', 'out.xlsx');
    expect(r.stdout).toContain("部门!C6：3 → ='项目支出汇总'!G4（= 10）");
    expect(r.code).toBe(0);
  });

  test('exit 2: no department form, several, an unreadable input; named clearly', async () => {
    await writeClean(join(dir, 'project-only.xlsx'));
    let r = await run(dir, 'fill', 'project-only.xlsx', '-o', 'out.xlsx');
    expect([r.code, r.stderr.trim()]).toEqual([
      2,
      'jixiao fill: 工作簿中没有部门整体预算绩效目标申报表，无法汇总。请先插入或粘贴部门整体申报表，工作簿未作任何修改。',
    ]);
    const [dept, project] = seedForms();
    await writePasted(join(dir, 'two.xlsx'), [
      { name: '局一', text: dept },
      { name: '局二', text: dept },
      { name: '项目', text: project },
    ]);
    r = await run(dir, 'fill', 'two.xlsx', '-o', 'out.xlsx', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('several department forms (“局一”, “局二”)');
    writeLegacyXls(join(dir, 'old.xls'));
    r = await run(dir, 'fill', 'old.xls', '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('old.xls');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('usage: -o is needed unless --dry-run, and must not be the input', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    const hash = sha256(join(dir, 'seed.xlsx'));
    expect((await run(dir, 'fill', 'seed.xlsx')).code).toBe(2);
    const same = await run(dir, 'fill', 'seed.xlsx', '-o', 'seed.xlsx', '--force');
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('输出文件不能是输入文件本身');
    const help = await run(dir, 'fill', '--help');
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([
      0,
      '用法: jixiao fill 文件.xlsx -o 输出.xlsx [--dry-run] [--json] [--force] [--config 设置.json] [--lang en]',
    ]);
    expect(sha256(join(dir, 'seed.xlsx'))).toBe(hash);
  });
});
