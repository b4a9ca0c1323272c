/**
 * `jixiao demo`: the whole job on built-in example data, in one command. It imports the seed's forms
 * (text extracted from real forms, flaws included: test/fixtures/seed.txt), fills the department
 * form's summary from the project forms (汇总), validates and marks the findings (审核), and writes
 * the example workbook and a reviewer's report.
 */
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fillSummary } from '../../commands/fillSummary';
import { importForms } from '../../commands/importForms';
import { validateAndMark } from '../../commands/validate';
import { planImport } from '../../core/import';
import { countSeverities, reportLayout } from '../../core/report';
import { saveWorkbookFile, XlsxHost } from '../../hosts/xlsx';
import { parseLang } from '../lang';
import { parseArgs, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { writeReport } from '../report/writeReport';

export const DEMO_HELP = `用法: jixiao demo [--out-dir 文件夹] [--lang en]

用内置示例数据（从真实申报表提取的文本，含其中的错误）演示完整流程：导入 → 汇总 → 审核，
生成示例工作簿和审核报告（默认写到 out/，会覆盖上次生成的示例）。
(Runs the whole job on built-in example data: import, fill, validate and mark; writes the example
workbook and the review report into out/, replacing the previous example.)`;

const SEED = path.join('test', 'fixtures', 'seed.txt');

/**
 * The built-in example: the seed's four forms as text, in the repository's test/fixtures, found
 * upwards from this module (src/cli/commands in the sources, build/cli in the build).
 */
export function demoSource(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, SEED);
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) {
      throw new UsageError(`找不到内置示例数据 ${SEED}：请在本项目的文件夹中运行 (built-in example data not found)`);
    }
  }
}
const DEMO_MESSAGES = {
  zh: {
    english: false,
    imported: (count: number, sheets: string[]) => `1. 导入：从示例文本中找到 ${count} 张申报表 → 工作表 ${sheets.join('、')}`,
    notes: (count: number, sheet: string) => `   ${count} 项内容未能放入标准表，列在「${sheet}」`,
    filled: (cells: number) => `2. 汇总：改动 ${cells} 个单元格（项目支出由各项目当年度金额汇总，新增「项目支出汇总」表）`,
    checked: (e: number, w: number, i: number, marked: number) =>
      `3. 审核：错误 ${e}、警告 ${w}、提示 ${i}；已在 ${marked} 个单元格上标记`,
    error: (at: string, message: string) => `   错误 ${at}  ${message}`,
    workbook: (file: string) => `示例工作簿：${file}`,
    report: (file: string) => `审核报告：  ${file}`,
    open: '用 Excel 或 WPS 打开即可查看：标红的是错误，标黄的是警告，单元格批注里写着原因。',
  },
  en: {
    english: true,
    imported: (count: number, sheets: string[]) => `1. Import: ${count} forms found in the example text → sheets ${sheets.join(', ')}`,
    notes: (count: number, sheet: string) => `   ${count} items could not be placed in the standard forms; listed on “${sheet}”`,
    filled: (cells: number) =>
      `2. Summary: ${cells} cells changed (项目支出 sums the projects' current-year budgets; new sheet 项目支出汇总)`,
    checked: (e: number, w: number, i: number, marked: number) =>
      `3. Check: ${e} errors, ${w} warnings, ${i} notes; ${marked} cells marked`,
    error: (at: string, message: string) => `   error ${at}  ${message}`,
    workbook: (file: string) => `Example workbook: ${file}`,
    report: (file: string) => `Review report:    ${file}`,
    open: 'Open them in Excel or WPS: red marks errors, yellow warnings; each cell’s note says why.',
  },
};

export const DEMO_WORKBOOK = '示例-预算绩效目标申报表.xlsx';
export const DEMO_REPORT = '示例-审核报告.xlsx';

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { 'out-dir': { value: true }, lang: { value: true }, help: { alias: 'h' } });
  if (flags.help) {
    io.out(DEMO_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  const m = DEMO_MESSAGES[lang];
  if (positionals.length > 0) throw new UsageError(`多余的参数: ${positionals.join(' ')} (unexpected arguments)`);
  const outDir = path.resolve(io.cwd, typeof flags['out-dir'] === 'string' ? flags['out-dir'] : 'out');
  await fs.mkdir(outDir, { recursive: true });
  const source = demoSource();
  const text = await fs.readFile(source, 'utf8');

  const workbook = new ExcelJS.Workbook();
  const host = new XlsxHost(workbook);
  const preview = planImport([{ kind: 'text', source: path.basename(source), text }]);
  const imported = await importForms(host, preview);
  io.out(m.imported(preview.forms.length, imported.sheets));
  if (imported.notesSheet) io.out(m.notes(preview.unplaced.length, imported.notesSheet));

  const filled = await fillSummary(host);
  io.out(m.filled(filled.changes.length));

  const checked = await validateAndMark(host, {}, { mark: true });
  const counts = countSeverities(checked.findings);
  io.out(m.checked(counts.error, counts.warning, counts.info, checked.marked));
  for (const f of checked.findings.filter((x) => x.severity === 'error')) {
    io.out(m.error(`${f.sheet ?? ''}!${f.cell ?? ''}`, m.english ? f.messageEn : f.message));
  }

  if (workbook.worksheets.length > 0) {
    await host.apply({ preconditions: [], ops: [{ kind: 'activate', sheet: imported.sheets[0] }] });
  }
  const workbookFile = path.join(outDir, DEMO_WORKBOOK);
  const reportFile = path.join(outDir, DEMO_REPORT);
  await saveWorkbookFile(workbook, workbookFile, { force: true });
  await writeReport(
    reportLayout([{ file: DEMO_WORKBOOK, recognition: checked.recognition, findings: checked.findings }], lang),
    reportFile,
    true,
  );
  io.out(m.workbook(workbookFile));
  io.out(m.report(reportFile));
  io.out(m.open);
  return EXIT_OK;
}
