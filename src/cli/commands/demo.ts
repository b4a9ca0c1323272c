/**
 * `jixiao demo`: the main job on built-in example data. For now it writes the example workbook: the
 * department form and three project forms, prefilled with the seed's basic fields.
 */
import * as path from 'path';
import { DEMO_DEPARTMENT, DEMO_PROJECTS } from '../demoData';
import { parseArgs, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';
import { writeForms } from './newForms';

export const DEMO_HELP = `用法: jixiao demo [-o 输出.xlsx]

用内置示例数据生成示例工作簿（默认 out/示例-预算绩效目标申报表.xlsx，会覆盖上次生成的示例）。
(Writes the example workbook from built-in example data; overwrites the previous example.)`;

export const DEMO_OUTPUT = path.join('out', '示例-预算绩效目标申报表.xlsx');

export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { out: { value: true, alias: 'o' }, help: { alias: 'h' } });
  if (flags.help) {
    io.out(DEMO_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`多余的参数: ${positionals.join(' ')} (unexpected arguments)`);
  const file = path.resolve(io.cwd, typeof flags.out === 'string' ? flags.out : DEMO_OUTPUT);
  const fs = await import('fs');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sheets = await writeForms({ department: DEMO_DEPARTMENT, projects: DEMO_PROJECTS, level: '市' }, file, true);
  io.out(`示例工作簿已生成：${file}`);
  io.out(`包含 ${sheets.length} 张表：${sheets.join('、')}`);
  io.out('用 Excel 或 WPS 打开即可查看；在 Excel 中安装加载项后可继续插入模板、添加指标行。');
  return EXIT_OK;
}
