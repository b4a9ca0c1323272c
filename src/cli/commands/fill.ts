/**
 * `jixiao fill`: 汇总 on a copy — fills the department form from the project forms (项目支出汇总
 * sheet, 项目支出 formula, text amounts made numbers, project indicators added) and writes the result
 * to a new file; the input is never changed. `--dry-run` prints the changes and writes nothing;
 * `--json` prints them with the findings as one JSON document. Exit 2 when the input cannot be read,
 * the fill is refused or the output cannot be written; else 1 when the findings after the fill
 * include an error; else 0.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { fillSummary, type FillOutcome } from '../../commands/fillSummary';
import { FileFormatError, OutputExistsError } from '../../core/errors';
import type { FillChange, FillNotice } from '../../core/fill';
import type { CellValue } from '../../core/snapshot';
import { findingMessage, type OutputLang } from '../../core/report';
import { resolveSettings } from '../../core/rules';
import { loadWorkbookFile, saveWorkbookFile, XlsxHost, type LoadedWorkbook } from '../../hosts/xlsx';
import { describeError } from '../../i18n/describeError';
import { parseArgs, UsageError } from '../args';
import { readConfig } from '../config';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO } from '../io';
import { i18nLang, parseLang } from '../lang';
import { cliMessages } from '../messages';
import { formatFile } from '../validate/textOutput';

export const FILL_HELP = `用法: jixiao fill 文件.xlsx -o 输出.xlsx [--dry-run] [--json] [--force] [--config 设置.json] [--lang en]

汇总（Fill the department form from the project forms）: 生成「项目支出汇总」工作表（各项目金额为公式，
含合计），部门整体申报表的「项目支出」改为引用合计的公式，文本金额（如 18.24万元）改为数字，
并把各项目的绩效指标补入部门整体申报表；写出到新文件，原文件不改动。
  -o, --out 文件    输出的 .xlsx 文件（output file）
  --dry-run         只列出将要修改的单元格，不写文件（print the changes, write nothing）
  --json            以 JSON 输出修改和审核结果（print one JSON document）
  --force           覆盖已存在的输出文件（overwrite an existing output）
  --config 设置.json 审核规则设置（rule settings for the findings after the fill）
  --lang en         英文输出（English messages）

退出码 (exit codes): 0 已汇总且没有错误 (filled, no error); 1 汇总后的审核结果有“错误” (error findings
after the fill); 2 无法读取输入、无法汇总（没有或有多张部门整体申报表）或无法写出
(unreadable input, fill refused, or the output cannot be written).`;

const zh = {
  written: (input: string, out: string, n: number) => `已汇总「${input}」，写出「${out}」：修改了 ${n} 个单元格。`,
  unchanged: (input: string, out: string) =>
    `「${input}」已是汇总后的状态，没有需要修改的单元格；已原样写出「${out}」。`,
  preview: (input: string, n: number) => `「${input}」汇总预览（未写出文件）：将修改 ${n} 个单元格。`,
  previewNothing: (input: string) => `「${input}」已是汇总后的状态，没有需要修改的单元格。`,
  summarySheet: (sheet: string, cells: number) => `工作表「${sheet}」：写入 ${cells} 个单元格（各项目金额为公式）。`,
  change: (at: string, before: string, after: string) => `${at}：${before} → ${after}`,
  empty: '（空）',
  result: (formula: string, result: string) => `${formula}（= ${result}）`,
  notices: {
    amounts: (sheets: string) =>
      `未写入「项目支出」：以下工作表的项目「当年度金额」为空或不是金额：${sheets}。请先填写金额后再汇总。`,
    noCell: '未写入「项目支出」：部门整体申报表中找不到「项目支出」的位置。',
    noTable: '未补入绩效指标：部门整体申报表中没有绩效指标表。',
    unplaced: (at: string, name: string) => `项目指标「${name}」（${at}）的二级指标无法识别，未补入部门整体申报表。`,
  },
  findingsHeading: '汇总后的审核结果：',
};

type FillMessages = typeof zh;

const en: FillMessages = {
  written: (input, out, n) => `Filled “${input}” and wrote “${out}”: ${n} cell${n === 1 ? '' : 's'} changed.`,
  unchanged: (input, out) => `“${input}” is already filled; nothing to change. Wrote “${out}” unchanged.`,
  preview: (input, n) =>
    `Preview of the fill of “${input}” (no file written): ${n} cell${n === 1 ? '' : 's'} to change.`,
  previewNothing: (input) => `“${input}” is already filled; nothing to change.`,
  summarySheet: (sheet, cells) =>
    `Sheet “${sheet}”: ${cells} cell${cells === 1 ? '' : 's'} written (project amounts as formulas).`,
  change: (at, before, after) => `${at}: ${before} → ${after}`,
  empty: '(empty)',
  result: (formula, result) => `${formula} (= ${result})`,
  notices: {
    amounts: (sheets) =>
      `项目支出 not written: the current-year budget (当年度金额) is empty or not an amount on these sheets: ${sheets}. Fill in the amounts, then fill again.`,
    noCell: '项目支出 not written: the department form has no place for it.',
    noTable: 'No indicator added: the department form has no indicator table.',
    unplaced: (at, name) =>
      `The project indicator “${name}” (${at}) has an unknown 二级指标 and was not added to the department form.`,
  },
  findingsHeading: 'Findings after the fill:',
};

function shown(v: CellValue, m: FillMessages): string {
  return v === '' ? m.empty : String(v);
}

function changeLines(changes: FillChange[], m: FillMessages): string[] {
  const lines: string[] = [];
  const summary = new Map<string, number>();
  for (const c of changes) {
    if (c.kind === 'summary') {
      summary.set(c.sheet, (summary.get(c.sheet) ?? 0) + 1);
      continue;
    }
    const after = c.result !== undefined ? m.result(String(c.after), String(c.result)) : shown(c.after, m);
    lines.push(`  ${m.change(`${c.sheet}!${c.cell}`, shown(c.before, m), after)}`);
  }
  return [...[...summary].map(([sheet, n]) => `  ${m.summarySheet(sheet, n)}`), ...lines];
}

function noticeLine(n: FillNotice, m: FillMessages, lang: OutputLang): string {
  switch (n.kind) {
    case 'expenditure-not-written':
      return n.reason === 'no-cell' ? m.notices.noCell : m.notices.amounts(cliMessages(lang).list(n.sheets));
    case 'indicators-not-added':
      return m.notices.noTable;
    case 'indicator-not-placed':
      return m.notices.unplaced(`${n.sheet}!${n.cell}`, n.indicator);
  }
}

function jsonDocument(outcome: FillOutcome, lang: OutputLang, output: string | null) {
  return {
    output,
    departmentSheet: outcome.departmentSheet,
    summarySheet: outcome.summarySheet,
    changes: outcome.changes.map((c) => ({
      sheet: c.sheet,
      cell: c.cell,
      before: c.before,
      after: c.after,
      ...(c.result !== undefined ? { result: c.result } : {}),
      kind: c.kind,
    })),
    notices: outcome.notices,
    findings: outcome.findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      cells: f.cells,
      severity: f.severity,
      rule: f.rule,
      form: f.form,
      indicator: f.indicator,
      value: f.value,
      message: findingMessage(f, lang),
    })),
  };
}

async function exists(file: string): Promise<boolean> {
  return fs.lstat(file).then(
    () => true,
    () => false,
  );
}

export async function runFill(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    out: { value: true, alias: 'o' },
    'dry-run': {},
    json: {},
    force: {},
    config: { value: true },
    lang: { value: true },
    help: { alias: 'h' },
  });
  if (flags.help) {
    io.out(FILL_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  const m = lang === 'en' ? en : zh;
  const dryRun = Boolean(flags['dry-run']);
  const json = Boolean(flags.json);
  if (positionals.length !== 1) throw new UsageError('请给出一个要汇总的 .xlsx 文件 (give exactly one FILE)');
  const outArg = flags.out;
  if (outArg !== undefined && (typeof outArg !== 'string' || outArg.trim() === '')) {
    throw new UsageError('选项 --out 需要一个值 (needs a value)');
  }
  if (!dryRun && outArg === undefined)
    throw new UsageError('请用 -o 指定输出文件，或用 --dry-run 只预览 (missing -o FILE.xlsx)');
  if (typeof outArg === 'string' && !/\.xlsx$/i.test(outArg)) {
    throw new UsageError(`输出文件必须是 .xlsx: ${outArg} (output must be .xlsx)`);
  }
  const input = positionals[0];
  const inPath = path.resolve(io.cwd, input);
  const out = typeof outArg === 'string' && !dryRun ? { shown: outArg, file: path.resolve(io.cwd, outArg) } : null;
  if (out && out.file === inPath)
    throw new UsageError(`输出文件不能是输入文件本身：${out.shown} (the output must not replace the input)`);
  const configArg = flags.config;
  if (configArg !== undefined && (typeof configArg !== 'string' || configArg.trim() === '')) {
    throw new UsageError('选项 --config 需要一个值 (needs a value)');
  }
  const config =
    configArg === undefined ? { settings: resolveSettings(), problems: [] } : await readConfig(configArg, io.cwd);
  for (const p of config.problems) io.err(cliMessages(lang).configProblem(lang === 'en' ? p.en : p.zh));

  // Errors name the files as the user named them.
  const fail = (err: unknown) => {
    const named =
      err instanceof FileFormatError
        ? new FileFormatError(input, err.reason, err.detail)
        : err instanceof OutputExistsError && out
          ? new OutputExistsError(out.shown)
          : err;
    io.err(`jixiao fill: ${describeError(named, i18nLang(lang))}`);
    return EXIT_USAGE;
  };
  if (out && !flags.force && (await exists(out.file))) return fail(new OutputExistsError(out.shown));

  let loaded: LoadedWorkbook;
  let outcome: FillOutcome;
  try {
    loaded = await loadWorkbookFile(inPath);
    outcome = await fillSummary(new XlsxHost(loaded.workbook), { preview: dryRun, settings: config.settings });
  } catch (err) {
    return fail(err);
  }
  if (out) {
    if (loaded.droppedParts.length > 0) {
      const c = cliMessages(lang);
      io.err(c.droppedParts(input, c.list(loaded.droppedParts.map((p) => c.parts[p])), out.shown));
    }
    try {
      await saveWorkbookFile(loaded.workbook, out.file, { force: Boolean(flags.force) });
    } catch (err) {
      return fail(err);
    }
  }

  const hasError = outcome.findings.some((f) => f.severity === 'error');
  if (json) {
    io.out(JSON.stringify(jsonDocument(outcome, lang, out ? out.shown : null), null, 2));
    return hasError ? EXIT_FINDINGS : EXIT_OK;
  }
  const n = outcome.changes.length;
  const lines: string[] = [];
  if (out) lines.push(n === 0 ? m.unchanged(input, out.shown) : m.written(input, out.shown, n));
  else lines.push(n === 0 ? m.previewNothing(input) : m.preview(input, n));
  lines.push(...changeLines(outcome.changes, m));
  lines.push(...outcome.notices.map((x) => noticeLine(x, m, lang)));
  io.out(lines.join('\n'));
  io.out(
    `\n${m.findingsHeading}\n${formatFile({ file: out ? out.shown : input, recognition: outcome.recognition, findings: outcome.findings }, lang)}`,
  );
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}
