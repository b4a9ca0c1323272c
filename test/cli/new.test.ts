/**
 * `jixiao new`: blank standard forms into a new workbook — which forms, the project names, the
 * government level, the output rules, and the one line it prints (Chinese, or English with --lang en).
 */
import { join } from 'path';
import { recognizeWorkbook } from '../../src/core/forms';
import { loadWorkbookFile, readWorkbookSnapshot } from '../../src/hosts/xlsx';
import { run, sha256, tempDir } from './helpers';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

async function formsIn(file: string) {
  const wb = readWorkbookSnapshot((await loadWorkbookFile(file)).workbook);
  return recognizeWorkbook(wb).forms.map((f) => [f.sheet, f.kind, f.title?.text ?? null]);
}

test('no form asked for: a department form and a project form, 市级', async () => {
  const r = await run(dir, 'new', '-o', 'a.xlsx');
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect(r.stdout).toBe(`已生成 ${join(dir, 'a.xlsx')}（2 张表：部门整体、项目）\n`);
  expect(await formsIn(join(dir, 'a.xlsx'))).toEqual([
    ['部门整体', 'department', '市级部门整体预算绩效目标申报表'],
    ['项目', 'project', '项目支出绩效目标申报表'],
  ]);
});

test('named projects at 县级, in English', async () => {
  const r = await run(dir, 'new', '--project', '业务工作经费', '--project', '科技月活动经费', '--level', '县级', '-o', 'b.xlsx', '--lang', 'en');
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`Wrote ${join(dir, 'b.xlsx')} (2 sheets: 业务工作经费, 科技月活动经费)\n`);
  const forms = await formsIn(join(dir, 'b.xlsx'));
  expect(forms.map(([sheet, kind]) => [sheet, kind])).toEqual([
    ['业务工作经费', 'project'],
    ['科技月活动经费', 'project'],
  ]);
});

test('an existing output is kept without --force, replaced with it', async () => {
  await run(dir, 'new', '--department', '-o', 'c.xlsx');
  const before = sha256(join(dir, 'c.xlsx'));
  const again = await run(dir, 'new', '--project', 'x', '-o', 'c.xlsx');
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('c.xlsx');
  expect(sha256(join(dir, 'c.xlsx'))).toBe(before);
  expect((await run(dir, 'new', '--project', 'x', '-o', 'c.xlsx', '--force')).code).toBe(0);
  expect((await formsIn(join(dir, 'c.xlsx'))).map(([sheet]) => sheet)).toEqual(['x']);
});

test.each([
  [['new'], '请用 -o 指定输出文件'],
  [['new', '-o', 'd.csv'], '输出文件必须是 .xlsx'],
  [['new', '--level', '乡', '-o', 'd.xlsx'], '--level 只能是 省、市、县 或 区，收到「乡」'],
  [['new', '-o', 'd.xlsx', '--lang', 'fr'], '--lang 只能是 zh 或 en'],
])('usage errors: %j', async (argv, message) => {
  const r = await run(dir, ...argv);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message);
});
