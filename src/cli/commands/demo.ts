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
import { parseArgs, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { writeReport } from '../report/writeReport';

export const DEMO_HELP = `用法: jixiao demo [--out-dir 文件夹]

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
export const DEMO_WORKBOOK = '示例-预算绩效目标申报表.xlsx';
export const DEMO_REPORT = '示例-审核报告.xlsx';

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { 'out-dir': { value: true }, help: { alias: 'h' } });
  if (flags.help) {
    io.out(DEMO_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`多余的参数: ${positionals.join(' ')} (unexpected arguments)`);
  const outDir = path.resolve(io.cwd, typeof flags['out-dir'] === 'string' ? flags['out-dir'] : 'out');
  await fs.mkdir(outDir, { recursive: true });
  const source = demoSource();
  const text = await fs.readFile(source, 'utf8');

  const workbook = new ExcelJS.Workbook();
  const host = new XlsxHost(workbook);
  const preview = planImport([{ kind: 'text', source: path.basename(source), text }]);
  const imported = await importForms(host, preview);
  io.out(`1. 导入：从示例文本中找到 ${preview.forms.length} 张申报表 → 工作表 ${imported.sheets.join('、')}`);
  if (imported.notesSheet) io.out(`   ${preview.unplaced.length} 项内容未能放入标准表，列在「${imported.notesSheet}」`);

  const filled = await fillSummary(host);
  io.out(`2. 汇总：改动 ${filled.changes.length} 个单元格（项目支出由各项目当年度金额汇总，新增「项目支出汇总」表）`);

  const checked = await validateAndMark(host, {}, { mark: true });
  const counts = countSeverities(checked.findings);
  io.out(`3. 审核：错误 ${counts.error}、警告 ${counts.warning}、提示 ${counts.info}；已在 ${checked.marked} 个单元格上标记`);
  for (const f of checked.findings.filter((x) => x.severity === 'error')) {
    io.out(`   错误 ${f.sheet ?? ''}!${f.cell ?? ''}  ${f.message}`);
  }

  if (workbook.worksheets.length > 0) {
    await host.apply({ preconditions: [], ops: [{ kind: 'activate', sheet: imported.sheets[0] }] });
  }
  const workbookFile = path.join(outDir, DEMO_WORKBOOK);
  const reportFile = path.join(outDir, DEMO_REPORT);
  await saveWorkbookFile(workbook, workbookFile, { force: true });
  await writeReport(
    reportLayout([{ file: DEMO_WORKBOOK, recognition: checked.recognition, findings: checked.findings }]),
    reportFile,
    true,
  );
  io.out(`示例工作簿：${workbookFile}`);
  io.out(`审核报告：  ${reportFile}`);
  io.out('用 Excel 或 WPS 打开即可查看：标红的是错误，标黄的是警告，单元格批注里写着原因。');
  return EXIT_OK;
}
