/**
 * `jixiao validate --mark --out-dir` and `jixiao clear`: marked copies beside untouched inputs,
 * the warning about parts ExcelJS drops, refusals to overwrite, and clearing back to the original.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Cell, Workbook } from 'exceljs';
import { MARK_FILLS, MARK_NOTE_TITLE, STORE_SHEET } from '../../src/core/marks';
import { validateWorkbook } from '../../src/core/rules';
import { seedWorkbook } from '../fixtures/forms/seedForms';
import { addZipParts, loadRaw, run, sha256, tempDir, writeClean, writeSeed } from './helpers';

let dir: string;
let cleanup: () => void;

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  await writeSeed(join(dir, 'seed.xlsx'));
  await writeClean(join(dir, 'clean.xlsx'));
});
afterEach(() => cleanup());

const argbOf = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function fillOf(cell: Cell): string | null {
  const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  return fill?.type === 'pattern' ? (fill.fgColor?.argb ?? null) : null;
}

function noteOf(cell: Cell): string | null {
  const note = cell.note as string | { texts?: { text: string }[] } | undefined;
  if (note === undefined) return null;
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

/** Every value, fill and note of the visible sheets, by sheet and cell. */
function contents(wb: Workbook): Record<string, Record<string, [unknown, string | null, string | null]>> {
  const out: Record<string, Record<string, [unknown, string | null, string | null]>> = {};
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const cells: Record<string, [unknown, string | null, string | null]> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = [cell.value, fillOf(cell), noteOf(cell)];
      }),
    );
    out[ws.name] = cells;
  }
  return out;
}

describe('jixiao validate --mark --out-dir', () => {
  it('writes a marked copy of each input and leaves the inputs as they were', async () => {
    const before = [sha256(join(dir, 'seed.xlsx')), sha256(join(dir, 'clean.xlsx'))];
    const r = await run(dir, 'validate', 'seed.xlsx', 'clean.xlsx', '--mark', '--out-dir', 'marked');
    expect(r.code).toBe(1);
    expect([sha256(join(dir, 'seed.xlsx')), sha256(join(dir, 'clean.xlsx'))]).toEqual(before);

    const core = validateWorkbook(seedWorkbook()).findings;
    const markedCells = new Set(core.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`));
    expect(r.stdout).toContain(`已写出「seed.xlsx」的标记副本「${join('marked', 'seed.xlsx')}」：标记了 ${markedCells.size} 个单元格。`);
    expect(r.stdout).toContain(`已写出「clean.xlsx」的标记副本「${join('marked', 'clean.xlsx')}」：标记了 0 个单元格。`);

    const copy = await loadRaw(join(dir, 'marked', 'seed.xlsx'));
    const b5 = copy.getWorksheet('表1')!.getCell('B5');
    expect(fillOf(b5)).toBe(argbOf(MARK_FILLS.error));
    expect(noteOf(b5)).toContain(MARK_NOTE_TITLE);
    expect(noteOf(b5)).toContain(core.find((f) => f.rule === 'project.department')!.message);
    expect(fillOf(copy.getWorksheet('表1')!.getCell('E32'))).toBe(argbOf(MARK_FILLS.warning));
    expect(fillOf(copy.getWorksheet('表2')!.getCell('F21'))).toBe(argbOf(MARK_FILLS.warning));
    // Notes (info) are listed, not marked.
    expect(fillOf(copy.getWorksheet('表1')!.getCell('B13'))).toBeNull();
    expect(copy.getWorksheet(STORE_SHEET)?.state).toBe('veryHidden');
    // The copy's values are the input's.
    const original = contents(await loadRaw(join(dir, 'seed.xlsx')));
    const values = (c: ReturnType<typeof contents>) =>
      Object.fromEntries(Object.entries(c).map(([s, cells]) => [s, Object.fromEntries(Object.entries(cells).map(([a, v]) => [a, v[0]]))]));
    expect(values(contents(copy))).toEqual(values(original));
  });

  it('prints the JSON document alone on stdout, news of the copies on stderr', async () => {
    const r = await run(dir, 'validate', 'clean.xlsx', '--mark', '--out-dir', 'marked', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ file: 'clean.xlsx', findings: [] }] });
    expect(r.stderr).toContain('已写出「clean.xlsx」的标记副本');
  });

  it('refuses to overwrite an existing copy without --force, and goes on with the other files', async () => {
    mkdirSync(join(dir, 'marked'));
    writeFileSync(join(dir, 'marked', 'seed.xlsx'), 'yesterday');
    const kept = sha256(join(dir, 'marked', 'seed.xlsx'));
    const r = await run(dir, 'validate', 'seed.xlsx', 'clean.xlsx', '--mark', '--out-dir', 'marked');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `「seed.xlsx」未写出标记副本：输出文件「${join('marked', 'seed.xlsx')}」已存在，未覆盖。要覆盖请加 --force`,
    );
    expect(sha256(join(dir, 'marked', 'seed.xlsx'))).toBe(kept);
    expect(existsSync(join(dir, 'marked', 'clean.xlsx'))).toBe(true);
    // The findings are still reported.
    expect(r.stdout).toContain('B5   错误');

    const forced = await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', 'marked', '--force');
    expect(forced.code).toBe(1);
    expect(fillOf((await loadRaw(join(dir, 'marked', 'seed.xlsx'))).getWorksheet('表1')!.getCell('B5'))).toBe(
      argbOf(MARK_FILLS.error),
    );
  });

  it('refuses to write the copies into the inputs\' folder, even with --force', async () => {
    const before = sha256(join(dir, 'seed.xlsx'));
    const r = await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', '.', '--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out-dir 不能是输入文件所在的文件夹');
    expect(sha256(join(dir, 'seed.xlsx'))).toBe(before);
  });

  it('refuses two inputs whose copies would share a name', async () => {
    mkdirSync(join(dir, 'b'));
    copyFileSync(join(dir, 'seed.xlsx'), join(dir, 'b', 'seed.xlsx'));
    const r = await run(dir, 'validate', 'seed.xlsx', join('b', 'seed.xlsx'), '--mark', '--out-dir', 'marked');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('的标记副本同名');
  });

  it('warns before writing a copy that lacks parts of its input', async () => {
    addZipParts(join(dir, 'seed.xlsx'), { 'docProps/custom.xml': '<Properties/>' });
    const r = await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', 'marked');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `注意：「seed.xlsx」含有本工具无法保留的内容（自定义文档属性），写出的「${join('marked', 'seed.xlsx')}」中将没有这些内容；原文件未改动。\n`,
    );
    const plain = await run(dir, 'validate', 'seed.xlsx');
    expect(plain.stderr).toBe('');
  });
});

describe('jixiao clear', () => {
  it('gives back the original cells, without the marks record', async () => {
    await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', 'marked');
    const markedBefore = sha256(join(dir, 'marked', 'seed.xlsx'));
    const r = await run(dir, 'clear', join('marked', 'seed.xlsx'), '-o', 'cleared.xlsx');
    expect(r.code).toBe(0);
    const core = validateWorkbook(seedWorkbook()).findings;
    const cells = new Set(core.filter((f) => f.severity !== 'info').map((f) => `${f.sheet}!${f.cell}`));
    expect(r.stdout).toContain(`已清除 ${cells.size} 个单元格的标记，写出「cleared.xlsx」。`);
    expect(sha256(join(dir, 'marked', 'seed.xlsx'))).toBe(markedBefore);

    const cleared = await loadRaw(join(dir, 'cleared.xlsx'));
    expect(cleared.worksheets.map((ws) => ws.name)).toEqual(['表1', '表2', '表3', '表4']);
    expect(contents(cleared)).toEqual(contents(await loadRaw(join(dir, 'seed.xlsx'))));
  });

  it('restores a fill and a note the user had on a marked cell', async () => {
    const wb = await loadRaw(join(dir, 'seed.xlsx'));
    const b5 = wb.getWorksheet('表1')!.getCell('B5');
    b5.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    b5.note = '以批复为准';
    await wb.xlsx.writeFile(join(dir, 'own.xlsx'));
    await run(dir, 'validate', 'own.xlsx', '--mark', '--out-dir', 'marked');
    const marked = (await loadRaw(join(dir, 'marked', 'own.xlsx'))).getWorksheet('表1')!.getCell('B5');
    expect(fillOf(marked)).toBe(argbOf(MARK_FILLS.error));
    expect((await run(dir, 'clear', join('marked', 'own.xlsx'), '-o', 'own-cleared.xlsx')).code).toBe(0);
    const back = (await loadRaw(join(dir, 'own-cleared.xlsx'))).getWorksheet('表1')!.getCell('B5');
    expect([fillOf(back), noteOf(back)]).toEqual(['FF00B050', '以批复为准']);
  });

  it('writes a workbook without marks as it is, and says so', async () => {
    const r = await run(dir, 'clear', 'clean.xlsx', '-o', 'same.xlsx');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('工作簿中没有审核标记，已原样写出「same.xlsx」。\n');
    expect(contents(await loadRaw(join(dir, 'same.xlsx')))).toEqual(contents(await loadRaw(join(dir, 'clean.xlsx'))));
  });

  it('refuses to overwrite an existing output without --force (exit 2)', async () => {
    writeFileSync(join(dir, 'taken.xlsx'), 'x');
    const r = await run(dir, 'clear', 'clean.xlsx', '-o', 'taken.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('jixiao clear: 输出文件「taken.xlsx」已存在，未覆盖。要覆盖请加 --force，或换一个文件名。\n');
    expect((await run(dir, 'clear', 'clean.xlsx', '-o', 'taken.xlsx', '--force')).code).toBe(0);
  });

  it.each([
    ['a legacy .xls', 'old.xls', '「old.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。'],
    ['a missing file', 'gone.xlsx', '无法读取「gone.xlsx」：文件不存在。'],
  ])('exits 2 for %s', async (_name, file, message) => {
    if (file === 'old.xls') (await import('./helpers')).writeLegacyXls(join(dir, file));
    const r = await run(dir, 'clear', file, '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`jixiao clear: ${message}\n`);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });

  it.each([
    ['no -o', ['clean.xlsx']],
    ['two inputs', ['clean.xlsx', 'seed.xlsx', '-o', 'x.xlsx']],
    ['an output that is not .xlsx', ['clean.xlsx', '-o', 'x.xls']],
  ])('exits 2 for bad usage: %s', async (_name, args) => {
    const r = await run(dir, 'clear', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('jixiao clear --help');
  });

  it('exits 2 and writes nothing when the marks record is damaged; validate --mark still reports', async () => {
    await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', 'marked');
    const wb = await loadRaw(join(dir, 'marked', 'seed.xlsx'));
    wb.getWorksheet(STORE_SHEET)!.getCell('A1').value = '标记';
    await wb.xlsx.writeFile(join(dir, 'damaged.xlsx'));

    const r = await run(dir, 'clear', 'damaged.xlsx', '-o', 'out.xlsx');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^jixiao clear: .*jixiao_marks/);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);

    const again = await run(dir, 'validate', 'damaged.xlsx', '--mark', '--out-dir', 'again', '--json');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^「damaged\.xlsx」未写出标记副本：.*jixiao_marks/);
    expect(existsSync(join(dir, 'again', 'damaged.xlsx'))).toBe(false);
    const doc = JSON.parse(again.stdout) as { files: { findings: { rule: string }[] }[] };
    expect(doc.files[0].findings.map((f) => f.rule)).toContain('project.department');
  });

  it('speaks English with --lang en', async () => {
    await run(dir, 'validate', 'seed.xlsx', '--mark', '--out-dir', 'marked');
    const r = await run(dir, 'clear', join('marked', 'seed.xlsx'), '-o', 'en.xlsx', '--lang', 'en');
    expect(r.stdout).toMatch(/^Cleared the marks of \d+ cells; wrote “en\.xlsx”\.\n$/);
    const refused = await run(dir, 'clear', 'seed.xlsx', '-o', 'en.xlsx', '--lang', 'en');
    expect(refused.stderr).toContain('The output file "en.xlsx" exists and was not overwritten.');
  });

  it('prints its help', async () => {
    const r = await run(dir, 'clear', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法: jixiao clear');
  });
});
