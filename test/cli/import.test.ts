import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { recognizeWorkbook } from '../../src/core/forms';
import { loadWorkbookFile, readWorkbookSnapshot } from '../../src/hosts/xlsx';
import { writeZip } from '../../src/hosts/xlsx/zip/zipWriter';
import { readFixture, seedForms } from '../fixtures/forms/seedForms';
import { run, sha256, tempDir, writeLegacyXls, writeSeed } from './helpers';

const FIXTURES = join(__dirname, '../fixtures');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

async function formsIn(file: string): Promise<[string, string, number][]> {
  const { workbook } = await loadWorkbookFile(file);
  return recognizeWorkbook(readWorkbookSnapshot(workbook)).forms.map((f) => [f.sheet, f.kind, f.indicators.length]);
}

const SEED_FORMS: [string, string, number][] = [
  ['部门整体', 'department', 25],
  ['业务工作经费', 'project', 22],
  ['非转经工作经费（当年）', 'project', 8],
  ['科技月活动经费', 'project', 6],
];

describe('jixiao import', () => {
  test('the seed as text: four forms and 导入说明, a summary on stdout', async () => {
    writeFileSync(join(dir, 'seed.txt'), readFixture('seed.txt'));
    const r = await run(dir, 'import', 'seed.txt', '-o', 'out.xlsx');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('已导入 4 张申报表到 out.xlsx：');
    expect(r.stdout).toContain('业务工作经费：项目支出「业务工作经费」，22 个指标，11 个栏目（seed.txt 第57行至第100行）');
    expect(r.stdout).toContain('另有 7 项内容未能原样放入标准表，已列在「导入说明」工作表：');
    expect(r.stdout).toContain('seed.txt 第118行第7列  采购规范性：符合规范 — 超出标准表的指标值列，未导入');
    expect(await formsIn(join(dir, 'out.xlsx'))).toEqual(SEED_FORMS);
  });

  test('--lang en: the same summary in English', async () => {
    writeFileSync(join(dir, 'seed.txt'), readFixture('seed.txt'));
    const r = await run(dir, 'import', 'seed.txt', '-o', 'out-en.xlsx', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported 4 forms into out-en.xlsx:');
    expect(r.stdout).toContain('业务工作经费: project form “业务工作经费”, 22 indicators, 11 fields (seed.txt lines 57–100)');
    expect(r.stdout).toContain('7 more items could not be placed as they were; listed on sheet “导入说明”:');
    expect(r.stdout).toContain('seed.txt line 118, column 7  采购规范性: 符合规范 — Beyond the standard form’s value columns; not imported');
    const again = await run(dir, 'import', 'seed.txt', '-o', 'out-en.xlsx', '--lang', 'en');
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/out-en\.xlsx/)]);
    expect(again.stderr).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  test('--json: the forms found and the unplaced fields', async () => {
    writeFileSync(join(dir, '普陀.txt'), readFixture('example-shanghai-putuo.txt'));
    const r = await run(dir, 'import', '普陀.txt', '-o', 'out.xlsx', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.output).toBe(join(dir, 'out.xlsx'));
    expect(out.forms).toEqual([
      {
        kind: 'project',
        name: '兰溪路-真南路下立交工程',
        sheet: '兰溪路-真南路下立交工程',
        source: '普陀.txt',
        location: '第1行至第20行',
        locationEn: 'lines 1–20',
        indicatorCount: 9,
        fieldCount: 10,
      },
    ]);
    expect(out.notesSheet).toBe('导入说明');
    expect(out.unplaced).toHaveLength(8);
    expect(out.unplaced[3]).toEqual({
      source: '普陀.txt',
      location: '第7行第4列',
      locationEn: 'line 7, column 4',
      form: '兰溪路-真南路下立交工程',
      label: '其中：财政资金',
      text: '771,325,800.00',
      reason: 'no-field',
      detail: '金额单位：元，合 77,132.58 万元',
      detailEn: 'amounts in 元: 77,132.58 万元',
      explanation: '标准表中没有此栏目，未导入：金额单位：元，合 77,132.58 万元',
    });
  });

  test('several inputs of every kind into one workbook, names kept unique', async () => {
    await writeSeed(join(dir, 'seed.xlsx'));
    writeFileSync(join(dir, 'form.html'), readFileSync(join(FIXTURES, 'import/project-rowspan.html')));
    const csv = seedForms()[2].replace(/^## /, '').split('\n').map((l) => l.split('\t').join(',')).join('\r\n');
    writeFileSync(join(dir, 'form.csv'), `\uFEFF${csv}`);
    // Budget systems save HTML under a .xls name; Excel saves 'Unicode text' as UTF-16.
    writeFileSync(join(dir, 'export.xls'), readFileSync(join(FIXTURES, 'import/project-rowspan.html')));
    writeFileSync(join(dir, 'unicode.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedForms()[3], 'utf16le')]));
    // GBK text, as Notepad on Chinese Windows saves it.
    writeFileSync(join(dir, 'gbk.txt'), readFileSync(join(FIXTURES, 'import/science-gbk.txt')));

    const r = await run(dir, 'import', 'seed.xlsx', 'form.html', 'form.csv', 'export.xls', 'unicode.txt', 'gbk.txt', '-o', 'all.xlsx', '--json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout);
    expect(out.forms.map((f: { sheet: string; source: string; location: string }) => [f.sheet, f.source, f.location])).toEqual([
      ['部门整体', 'seed.xlsx', '表1!1:53'],
      ['业务工作经费', 'seed.xlsx', '表2!1:44'],
      ['非转经工作经费（当年）', 'seed.xlsx', '表3!1:31'],
      ['科技月活动经费', 'seed.xlsx', '表4!1:29'],
      ['社区养老服务补贴', 'form.html', '表格1'],
      ['非转经工作经费（当年） (2)', 'form.csv', '第1行至第31行'],
      ['社区养老服务补贴 (2)', 'export.xls', '表格1'],
      ['科技月活动经费 (2)', 'unicode.txt', '第1行至第29行'],
      ['科技月活动经费 (3)', 'gbk.txt', '第1行至第29行'],
    ]);
    const forms = await formsIn(join(dir, 'all.xlsx'));
    expect(forms.map(([, , n]) => n)).toEqual([25, 22, 8, 6, 11, 8, 11, 6, 6]);
  });

  test('no form found: nothing written, exit 0', async () => {
    writeFileSync(join(dir, 'memo.txt'), '会议纪要\n请各单位按时报送');
    const r = await run(dir, 'import', 'memo.txt', '-o', 'out.xlsx');
    expect([r.code, r.stdout.trim().split('\n')]).toEqual([
      0,
      [
        '未找到申报表，未写出 out.xlsx。(no form found; nothing written)',
        '  memo.txt  会议纪要 — 未找到申报表，未导入：没有找到部门整体或项目支出绩效目标申报表（需有“部门名称”或“项目名称”等栏目）',
      ],
    ]);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });
});

describe('jixiao import refuses', () => {
  test('an unreadable input: exit 2, every problem named, nothing written', async () => {
    writeFileSync(join(dir, 'seed.txt'), readFixture('seed.txt'));
    writeLegacyXls(join(dir, 'old.xls'));
    writeFileSync(join(dir, 'doc.docx'), writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    const r = await run(dir, 'import', 'seed.txt', 'old.xls', 'doc.docx', 'missing.txt', '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^jixiao import: 「old\.xls」是旧版 \.xls 文件，请在 Excel 中另存为 \.xlsx 后再试。也可以在原软件中复制表格/);
    expect(lines[1]).toMatch(/^jixiao import: 「doc\.docx」是 Word 文档.*也可以在原软件中复制表格/);
    expect(lines[2]).toMatch(/^jixiao import: .*missing\.txt/);
    expect(lines[3]).toBe('jixiao import: 3 个输入文件无法读取，未写出 out.xlsx。(unreadable input; nothing written)');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  test('an existing output without --force; with --force it is replaced', async () => {
    writeFileSync(join(dir, 'p.txt'), seedForms()[3]);
    writeFileSync(join(dir, 'out.xlsx'), 'mine');
    const before = sha256(join(dir, 'out.xlsx'));
    const r = await run(dir, 'import', 'p.txt', '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('out.xlsx');
    expect(sha256(join(dir, 'out.xlsx'))).toBe(before);
    const forced = await run(dir, 'import', 'p.txt', '-o', 'out.xlsx', '--force');
    expect(forced.code).toBe(0);
    expect(await formsIn(join(dir, 'out.xlsx'))).toEqual([['科技月活动经费', 'project', 6]]);
  });

  test.each([
    [['import', '-o', 'out.xlsx'], /请给出要导入的文件/],
    [['import', 'a.txt'], /请用 -o 指定输出文件/],
    [['import', 'a.txt', '-o', 'out.csv'], /输出文件必须是 \.xlsx/],
    [['import', 'a.txt', '-o', 'out.xlsx', '--bogus'], /未知选项 --bogus/],
  ])('usage errors: %j', async (argv, message) => {
    const r = await run(dir, ...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('--help', async () => {
    const r = await run(dir, 'import', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法: jixiao import 输入文件\.\.\. -o 输出\.xlsx/);
  });
});
