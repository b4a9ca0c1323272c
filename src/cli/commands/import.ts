/**
 * `jixiao import`: 导入 — reads forms from text, HTML, CSV and .xlsx files and writes them as clean
 * standard forms into a new .xlsx (one sheet per form, plus 导入说明 when anything could not be
 * placed). Exit 0 when done (also when no form was found: nothing is written then), 2 when an input
 * cannot be read (nothing is written) or the output exists without --force.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { importForms } from '../../commands/importForms';
import { FileFormatError, OutputExistsError } from '../../core/errors';
import {
  bytesFormat,
  decodeText,
  looksLikeHtml,
  noteExplanation,
  planImport,
  type ImportInput,
  type ImportPreview,
} from '../../core/import';
import { loadWorkbookBuffer, MAX_FILE_BYTES, readWorkbookSnapshot, saveWorkbookFile, XlsxHost } from '../../hosts/xlsx';
import { describeError } from '../../i18n/describeError';
import type { OutputLang } from '../../core/report';
import { parseArgs, UsageError } from '../args';
import { importMessages, type ImportMessages } from '../importMessages';
import { i18nLang, parseLang } from '../lang';
import { EXIT_OK, EXIT_USAGE, type CliIO } from '../io';

export const IMPORT_HELP = `用法: jixiao import 输入文件... -o 输出.xlsx [--json] [--force] [--lang en]

导入申报表（Import forms）: 从预算系统导出或复制的文本、HTML 表格、.csv 或 .xlsx 中找出部门整体和
项目支出绩效目标申报表，写成标准格式的新工作簿，每张表一个工作表；未能放入标准表的内容列在
「导入说明」工作表中。
  输入文件          .txt（制表符分隔）、.html/.htm、.csv、.xlsx；按内容识别，另存为 .xls 的 HTML 或文本也可
                    （text, HTML, CSV, .xlsx; a .xls that is really HTML or text is read too）
                    文本编码：UTF-8、带 BOM 的 UTF-16，或 GBK/GB18030（encodings）
  -o, --out 文件    输出的 .xlsx 文件（output file）
  --json            以 JSON 输出找到的表和未导入的内容（print the result as JSON）
  --force           覆盖已存在的输出文件（overwrite an existing output）
  --lang en         英文输出（English messages）
旧版 .xls、WPS .et 和 Word 文档请先另存为 .xlsx，或复制表格后粘贴为文本再导入。

退出码 (exit codes): 0 已完成 (done); 2 输入无法读取或输出已存在 (unreadable input, or the output exists).`;

/** Reads one input file as an import input; throws FileFormatError when it cannot. */
async function readInput(file: string, full: string): Promise<ImportInput> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.size > MAX_FILE_BYTES) throw new FileFormatError(file, 'too-large', `${stat.size} bytes`);
    bytes = await fs.readFile(full);
  } catch (err) {
    if (err instanceof FileFormatError) throw err;
    throw new FileFormatError(file, 'unreadable', (err as { code?: string }).code ?? (err as Error).message);
  }
  const source = path.basename(file);
  if (bytesFormat(bytes) !== 'text') {
    // .xlsx, or a legacy/Word file the loader names in its error.
    const { workbook } = await loadWorkbookBuffer(file, bytes);
    return { kind: 'workbook', source, workbook: readWorkbookSnapshot(workbook) };
  }
  if (bytes.length === 0) throw new FileFormatError(file, 'unreadable', 'empty file');
  const { text } = decodeText(bytes);
  if (/\.csv$/i.test(file)) return { kind: 'csv', source, text };
  if (looksLikeHtml(text)) return { kind: 'html', source, html: text };
  return { kind: 'text', source, text };
}

function json(preview: ImportPreview, sheets: string[], notesSheet: string | null, out: string | null): string {
  return JSON.stringify(
    {
      output: out,
      forms: preview.forms.map((f, i) => ({
        kind: f.kind,
        name: f.name,
        sheet: sheets[i] ?? f.sheet,
        source: f.source,
        location: f.location,
        locationEn: f.locationEn,
        indicatorCount: f.indicatorCount,
        fieldCount: f.fieldCount,
      })),
      notesSheet,
      unplaced: preview.unplaced.map((n) => ({ ...n, explanation: noteExplanation(n) })),
    },
    null,
    2,
  );
}

function text(m: ImportMessages, lang: OutputLang, preview: ImportPreview, sheets: string[], notesSheet: string | null, out: string): string {
  const lines = [m.imported(preview.forms.length, out)];
  preview.forms.forEach((f, i) => {
    const where = `${f.source} ${lang === 'en' ? f.locationEn : f.location}`;
    lines.push(m.form(sheets[i], f.kind, f.name, f.indicatorCount, f.fieldCount, where));
  });
  if (notesSheet) lines.push(m.notesIntro(preview.unplaced.length, notesSheet), ...preview.unplaced.map(m.note));
  return lines.join('\n');
}

export async function runImport(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    out: { value: true, alias: 'o' },
    json: {},
    force: {},
    lang: { value: true },
    help: { alias: 'h' },
  });
  if (flags.help) {
    io.out(IMPORT_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  const m = importMessages(lang);
  const errorLang = i18nLang(lang);
  if (positionals.length === 0) throw new UsageError('请给出要导入的文件 (give at least one input file)');
  if (typeof flags.out !== 'string' || flags.out.trim() === '') throw new UsageError('请用 -o 指定输出文件 (missing -o FILE.xlsx)');
  if (!/\.xlsx$/i.test(flags.out)) throw new UsageError(`输出文件必须是 .xlsx: ${flags.out} (output must be .xlsx)`);
  const outArg = flags.out;
  const out = path.resolve(io.cwd, outArg);
  const force = Boolean(flags.force);
  if (!force && (await fs.lstat(out).then(() => true, () => false))) {
    io.err(`jixiao import: ${describeError(new OutputExistsError(outArg), errorLang)}`);
    return EXIT_USAGE;
  }

  const inputs: ImportInput[] = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      inputs.push(await readInput(file, path.resolve(io.cwd, file)));
    } catch (err) {
      if (!(err instanceof FileFormatError)) throw err;
      failed++;
      const hint = err.reason === 'unreadable' || err.reason === 'too-large' ? '' : m.hint;
      io.err(`jixiao import: ${describeError(err, errorLang)}${hint}`);
    }
  }
  if (failed > 0) {
    io.err(`jixiao import: ${m.unreadable(failed, outArg)}`);
    return EXIT_USAGE;
  }

  const preview = planImport(inputs);
  if (preview.forms.length === 0) {
    if (flags.json) io.out(json(preview, [], null, null));
    else io.out([m.noForm(outArg), ...preview.unplaced.map(m.note)].join('\n'));
    return EXIT_OK;
  }
  const workbook = new ExcelJS.Workbook();
  const result = await importForms(new XlsxHost(workbook), preview);
  try {
    await saveWorkbookFile(workbook, out, { force });
  } catch (err) {
    // Another process made the output meanwhile: name it as the user did.
    if (!(err instanceof OutputExistsError)) throw err;
    io.err(`jixiao import: ${describeError(new OutputExistsError(outArg), errorLang)}`);
    return EXIT_USAGE;
  }
  io.out(
    flags.json
      ? json(preview, result.sheets, result.notesSheet, out)
      : text(m, lang, preview, result.sheets, result.notesSheet, outArg),
  );
  return EXIT_OK;
}
