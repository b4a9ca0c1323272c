/**
 * `jixiao clear`: 清除标记 on a copy — restores what the marks of `jixiao validate --mark` (or the
 * add-in's 审核) replaced, and writes the result to a new file. Exit 0 when written, 2 when the
 * input cannot be read, its marks cannot be handled, or the output exists without --force.
 */
import * as path from 'path';
import { clearMarks, type ClearMarksResult } from '../../commands/clearMarks';
import { FileFormatError, OutputExistsError } from '../../core/errors';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost, type LoadedWorkbook } from '../../hosts/xlsx';
import { describeError } from '../../i18n/describeError';
import { parseArgs, UsageError } from '../args';
import { EXIT_OK, EXIT_USAGE, type CliIO } from '../io';
import { i18nLang, parseLang } from '../lang';
import { cellList, cliMessages } from '../messages';

export const CLEAR_HELP = `用法: jixiao clear 文件.xlsx -o 输出.xlsx [--force] [--lang en]

清除审核标记（Clear the review marks）: 恢复被标记单元格原来的填充颜色和批注，写出到新文件，原文件不改动。
(Restores the fills and notes the marks replaced and writes the result to a new file.)
  -o, --out 文件    输出的 .xlsx 文件（output file）
  --force           覆盖已存在的输出文件（overwrite an existing output）
  --lang en         英文输出（English messages）

退出码 (exit codes): 0 已写出 (written); 2 无法读取输入、标记记录无法处理、或输出已存在
(unreadable input, unusable mark record, or the output exists without --force).`;

export async function runClear(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    out: { value: true, alias: 'o' },
    force: {},
    lang: { value: true },
    help: { alias: 'h' },
  });
  if (flags.help) {
    io.out(CLEAR_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  const m = cliMessages(lang);
  if (positionals.length !== 1) throw new UsageError('请给出一个要清除标记的 .xlsx 文件 (give exactly one FILE)');
  if (typeof flags.out !== 'string' || flags.out.trim() === '') throw new UsageError('请用 -o 指定输出文件 (missing -o FILE.xlsx)');
  if (!/\.xlsx$/i.test(flags.out)) throw new UsageError(`输出文件必须是 .xlsx: ${flags.out} (output must be .xlsx)`);
  const input = positionals[0];
  const out = path.resolve(io.cwd, flags.out);
  // Errors name the files as the user named them.
  const fail = (err: unknown) => {
    const named =
      err instanceof FileFormatError
        ? new FileFormatError(input, err.reason, err.detail)
        : err instanceof OutputExistsError
          ? new OutputExistsError(flags.out as string)
          : err;
    io.err(`jixiao clear: ${describeError(named, i18nLang(lang))}`);
    return EXIT_USAGE;
  };

  let loaded: LoadedWorkbook;
  let result: ClearMarksResult;
  try {
    loaded = await loadWorkbookFile(path.resolve(io.cwd, input));
    result = await clearMarks(new XlsxHost(loaded.workbook));
  } catch (err) {
    return fail(err);
  }
  if (loaded.droppedParts.length > 0) {
    io.err(m.droppedParts(input, m.list(loaded.droppedParts.map((p) => m.parts[p])), flags.out));
  }
  try {
    await saveWorkbookFile(loaded.workbook, out, { force: Boolean(flags.force) });
  } catch (err) {
    return fail(err);
  }
  const nothing = result.restored === 0 && result.leftAsUserChanged.length === 0 && result.kept.length === 0 && result.gone === 0;
  io.out(nothing ? m.noMarks(flags.out) : m.cleared(flags.out, result.restored));
  if (result.leftAsUserChanged.length > 0) io.out(m.leftAsUserChanged(cellList(m, result.leftAsUserChanged)));
  if (result.kept.length > 0) io.out(m.kept(cellList(m, result.kept)));
  if (result.gone > 0) io.out(m.gone(result.gone));
  if (!nothing && !result.storeRemoved) io.out(m.storeKept);
  return EXIT_OK;
}
