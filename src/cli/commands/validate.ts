/**
 * `jixiao validate`: 审核 of one or many workbooks — findings as text or JSON, the reviewer's report
 * workbook, and marked copies. Exit code 2 when a file cannot be read or written (the others are
 * still checked), else 1 when a file has an error finding, else 0.
 */
import { promises as fs, realpathSync } from 'fs';
import * as path from 'path';
import { OutputExistsError } from '../../core/errors';
import { isUnreadable, reportLayout, type FileOutcome } from '../../core/report';
import { resolveSettings } from '../../core/rules';
import { describeError } from '../../i18n/describeError';
import { parseArgs, UsageError } from '../args';
import { readConfig } from '../config';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO } from '../io';
import { i18nLang, parseLang } from '../lang';
import { cliMessages } from '../messages';
import { writeReport } from '../report/writeReport';
import { checkFile, markedCopyPath, type MarkRequest } from '../validate/checkFile';
import { collectInputs, type Input } from '../validate/inputs';
import { toJsonDocument } from '../validate/jsonOutput';
import { formatFile, formatSummary } from '../validate/textOutput';

export const VALIDATE_HELP = `用法: jixiao validate 文件或文件夹... [--json] [--report 报告.xlsx] [--mark --out-dir 文件夹] [--force]
                      [--config 设置.json] [--lang en]

审核申报表（Check the forms of one or more workbooks）:
  文件或文件夹          .xlsx 文件；文件夹则审核其中所有 .xlsx（按文件名排序）
                        (an .xlsx file, or a folder: every .xlsx in it, by name)
  --json                以 JSON 输出（标准输出只有一个 JSON 文档）(print one JSON document)
  --report 报告.xlsx    另写出审核报告工作簿：每条审核结果一行，另附文件汇总
                        (write the reviewer's report workbook)
  --mark --out-dir 文件夹
                        把审核结果标记在单元格上，写出副本到该文件夹（同名），原文件不改动
                        (write a marked copy of each file into the folder; inputs are never changed)
  --force               覆盖已存在的报告或副本（overwrite existing outputs）
  --config 设置.json    审核规则设置（rule settings file）
  --lang en             英文输出（English messages）

退出码 (exit codes): 0 没有错误 (no error); 1 有“错误”级别的审核结果 (error findings);
2 有文件无法读取或写出、或用法错误 (unreadable file, unwritable output or bad usage).`;

function stringFlag(value: string | boolean | string[] | undefined, name: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`选项 --${name} 需要一个值 (needs a value)`);
  return value;
}

function sameFolder(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

/** Checks the --mark options against the inputs: one copy per name, never onto an input. */
function checkMarkTargets(inputs: Input[], outDir: string): void {
  const byCopy = new Map<string, string>();
  for (const input of inputs) {
    if (input.refused) continue;
    if (sameFolder(path.dirname(input.path), outDir)) {
      throw new UsageError(`--out-dir 不能是输入文件所在的文件夹：${input.file} (--out-dir must not hold the inputs)`);
    }
    const copy = markedCopyPath(input, outDir);
    const earlier = byCopy.get(copy);
    if (earlier) throw new UsageError(`「${earlier}」和「${input.file}」的标记副本同名 (two inputs share a name)`);
    byCopy.set(copy, input.file);
  }
}

export async function runValidate(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    json: {},
    report: { value: true },
    mark: {},
    'out-dir': { value: true },
    force: {},
    config: { value: true },
    lang: { value: true },
    help: { alias: 'h' },
  });
  if (flags.help) {
    io.out(VALIDATE_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  const m = cliMessages(lang);
  if (positionals.length === 0) throw new UsageError('请给出要审核的 .xlsx 文件或文件夹 (missing FILE or DIR)');
  const force = Boolean(flags.force);
  const reportArg = stringFlag(flags.report, 'report');
  if (reportArg !== null && !/\.xlsx$/i.test(reportArg)) throw new UsageError(`报告文件必须是 .xlsx: ${reportArg} (report must be .xlsx)`);
  const outDirArg = stringFlag(flags['out-dir'], 'out-dir');
  if (flags.mark && outDirArg === null) throw new UsageError('--mark 需要用 --out-dir 指定副本的文件夹 (--mark needs --out-dir DIR)');
  if (!flags.mark && outDirArg !== null) throw new UsageError('--out-dir 只和 --mark 一起使用 (--out-dir goes with --mark)');
  const configArg = stringFlag(flags.config, 'config');

  const config = configArg === null ? { settings: resolveSettings(), problems: [] } : await readConfig(configArg, io.cwd);
  for (const p of config.problems) io.err(m.configProblem(lang === 'en' ? p.en : p.zh));

  const report = reportArg === null ? null : { shown: reportArg, file: path.resolve(io.cwd, reportArg) };
  if (report && !force && (await exists(report.file))) {
    io.err(`jixiao validate: ${describeError(new OutputExistsError(report.shown), i18nLang(lang))}`);
    return EXIT_USAGE;
  }
  const { inputs, emptyDirs } = await collectInputs(positionals, io.cwd, report ? [report.file] : []);
  for (const dir of emptyDirs) io.err(m.emptyDir(dir));
  if (inputs.length === 0) throw new UsageError('没有可审核的 .xlsx 文件 (no .xlsx file to check)');

  let mark: MarkRequest | null = null;
  if (outDirArg !== null) mark = { outDir: path.resolve(io.cwd, outDirArg), shownDir: outDirArg, force };
  if (report) {
    const copies = mark ? inputs.map((i) => markedCopyPath(i, mark.outDir)) : [];
    if (inputs.some((i) => i.path === report.file) || copies.includes(report.file)) {
      throw new UsageError(`报告不能写到输入文件或标记副本上：${report.shown} (the report must not replace an input or a copy)`);
    }
  }
  if (mark) {
    checkMarkTargets(inputs, mark.outDir);
    await fs.mkdir(mark.outDir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`无法创建文件夹「${outDirArg}」（${err.code ?? err.message}）(cannot create --out-dir)`);
    });
  }

  // Text goes out file by file, with news of what was written after each file's block; JSON goes
  // out whole at the end, and everything else to stderr.
  const json = Boolean(flags.json);
  const outcomes: FileOutcome[] = [];
  let failed = false;
  for (const input of inputs) {
    const news: string[] = [];
    const notify = (line: string, kind: 'warning' | 'info') => (kind === 'info' && !json ? news.push(line) : io.err(line));
    const check = await checkFile(input, config.settings, mark, lang, notify);
    outcomes.push(check.outcome);
    failed ||= check.failed;
    if (!json) io.out(`${[formatFile(check.outcome, lang), ...news].join('\n')}\n\n`);
  }
  io.out(json ? JSON.stringify(toJsonDocument(outcomes, lang), null, 2) : formatSummary(outcomes, lang));

  if (report) {
    const sheets = reportLayout(outcomes, lang);
    try {
      await writeReport(sheets, report.file, force);
      const written = m.reportWritten(report.shown, sheets[0].rows.length);
      if (json) io.err(written);
      else io.out(written);
    } catch (err) {
      const named = err instanceof OutputExistsError ? new OutputExistsError(report.shown) : err;
      io.err(`jixiao validate: ${describeError(named, i18nLang(lang))}`);
      failed = true;
    }
  }

  if (failed) return EXIT_USAGE;
  const hasError = outcomes.some((o) => !isUnreadable(o) && o.findings.some((f) => f.severity === 'error'));
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}
