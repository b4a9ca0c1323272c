/**
 * The `jixiao` command: dispatches to a subcommand and turns every error into a clear message and
 * an exit code (0 success, 1 findings with errors, 2 bad usage or unreadable/unwritable files).
 */
import { JixiaoError } from '../core/errors';
import { describeError } from '../i18n/describeError';
import { UsageError } from './args';
import { EXIT_OK, EXIT_USAGE, processIO, type CliIO } from './io';

export const MAIN_HELP = `jixiao — 预算绩效目标申报表工具 (performance target declaration forms)

用法 (usage):
  jixiao new [--department] [--project 名称]... [--level 市] -o 输出.xlsx [--force]
                                 生成标准申报表 (write standard forms)
  jixiao validate 文件或文件夹... [--json] [--report 报告.xlsx] [--mark --out-dir 文件夹] [--force]
                  [--config 设置.json] [--lang en]
                                 审核申报表 (check the forms; report, marked copies)
  jixiao clear 文件.xlsx -o 输出.xlsx [--force]
                                 清除审核标记 (clear the review marks into a new file)
  jixiao import 输入文件... -o 输出.xlsx [--json] [--force]
                                 导入申报表为标准格式 (import forms from text, HTML, CSV, .xlsx)
  jixiao fill 文件.xlsx -o 输出.xlsx [--dry-run] [--json] [--force]
                                 汇总：由项目表填写部门整体表 (fill the department form from the project forms)
  jixiao demo [--out-dir 文件夹]   用内置示例数据演示 导入→汇总→审核 (the whole job on example data)
  jixiao <命令> --help           查看命令说明 (help on a command)

退出码 (exit codes): 0 成功 (success); 1 审核发现错误 (validate: error findings);
2 用法错误或文件无法读写 (bad usage, unreadable or unwritable file).`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Each command's module is loaded when the command runs: one command does not load the others (in
 * the build, each is a chunk of its own: webpack.cli.js).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import(/* webpackChunkName: "new" */ './commands/newForms')).runNew,
  validate: async () => (await import(/* webpackChunkName: "validate" */ './commands/validate')).runValidate,
  clear: async () => (await import(/* webpackChunkName: "clear" */ './commands/clear')).runClear,
  fill: async () => (await import(/* webpackChunkName: "fill" */ './commands/fill')).runFill,
  demo: async () => (await import(/* webpackChunkName: "demo" */ './commands/demo')).runDemo,
  import: async () => (await import(/* webpackChunkName: "import" */ './commands/import')).runImport,
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(MAIN_HELP);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(`jixiao: 未知命令「${command}」(unknown command)\n\n${MAIN_HELP}`);
    return EXIT_USAGE;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`jixiao ${command}: ${err.message}\n用 jixiao ${command} --help 查看用法。`);
      return EXIT_USAGE;
    }
    if (err instanceof JixiaoError) {
      io.err(`jixiao ${command}: ${describeError(err, 'zh-CN')}`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
