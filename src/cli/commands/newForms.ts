/**
 * `jixiao new`: writes blank (or prefilled) standard forms into a new .xlsx file through the xlsx host.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { insertTemplate } from '../../commands/insertTemplate';
import { LEVELS, type DepartmentFields, type Level, type ProjectFields } from '../../core/templates';
import { saveWorkbookFile, XlsxHost } from '../../hosts/xlsx';
import { parseLang } from '../lang';
import { parseArgs, UsageError } from '../args';
import { EXIT_OK, type CliIO } from '../io';

export const NEW_HELP = `用法: jixiao new [--department] [--project 项目名称]... [--level 市] -o 输出.xlsx [--force] [--lang en]

生成标准的预算绩效目标申报表（Write standard forms into a new workbook）:
  --department        部门整体预算绩效目标申报表（department form）
  --project 名称      项目支出绩效目标申报表，可重复（project form; repeatable）
  --level 省|市|县|区  本级（government level; default 市）
  -o, --out 文件      输出的 .xlsx 文件（output file）
  --force             覆盖已存在的输出文件（overwrite an existing output）
  --lang en           英文输出（English messages）
不给 --department 和 --project 时，生成部门表和一张项目表。
(Without --department or --project: one department form and one project form.)`;

export interface FormsToWrite {
  department?: Partial<DepartmentFields> | null;
  projects: Partial<ProjectFields>[];
  level: Level;
}

/** Writes the forms into a fresh workbook and saves it; returns the sheet names. */
export async function writeForms(forms: FormsToWrite, file: string, force: boolean): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  const host = new XlsxHost(workbook);
  const sheets: string[] = [];
  if (forms.department) {
    const r = await insertTemplate(host, { kind: 'department', fields: forms.department, level: forms.level });
    sheets.push(r.sheet);
  }
  for (const fields of forms.projects) {
    const r = await insertTemplate(host, { kind: 'project', fields, level: forms.level });
    sheets.push(r.sheet);
  }
  // The first form is the one a user sees on opening the file.
  if (sheets.length > 0) await host.apply({ preconditions: [], ops: [{ kind: 'activate', sheet: sheets[0] }] });
  await saveWorkbookFile(workbook, file, { force });
  return sheets;
}

export function parseLevel(value: string | undefined): Level {
  if (value === undefined) return '市';
  const v = value.replace(/级$/, '') as Level;
  if (!LEVELS.includes(v)) throw new UsageError(`--level 只能是 省、市、县 或 区，收到「${value}」(level must be 省/市/县/区)`);
  return v;
}

export async function runNew(argv: string[], io: CliIO): Promise<number> {
  const { flags, positionals } = parseArgs(argv, {
    department: {},
    project: { value: true, repeat: true },
    level: { value: true },
    out: { value: true, alias: 'o' },
    force: {},
    lang: { value: true },
    help: { alias: 'h' },
  });
  if (flags.help) {
    io.out(NEW_HELP);
    return EXIT_OK;
  }
  const lang = parseLang(flags.lang);
  if (positionals.length > 0) throw new UsageError(`多余的参数: ${positionals.join(' ')} (unexpected arguments)`);
  if (typeof flags.out !== 'string' || flags.out.trim() === '') throw new UsageError('请用 -o 指定输出文件 (missing -o FILE.xlsx)');
  if (!/\.xlsx$/i.test(flags.out)) throw new UsageError(`输出文件必须是 .xlsx: ${flags.out} (output must be .xlsx)`);
  const level = parseLevel(flags.level as string | undefined);
  const projectNames = (flags.project as string[] | undefined) ?? [];
  const both = !flags.department && projectNames.length === 0;
  const forms: FormsToWrite = {
    department: flags.department || both ? {} : null,
    projects: both ? [{}] : projectNames.map((name) => ({ projectName: name.trim() })),
    level,
  };
  const file = path.resolve(io.cwd, flags.out);
  const sheets = await writeForms(forms, file, Boolean(flags.force));
  io.out(
    lang === 'en'
      ? `Wrote ${file} (${sheets.length} sheet${sheets.length === 1 ? '' : 's'}: ${sheets.join(', ')})`
      : `已生成 ${file}（${sheets.length} 张表：${sheets.join('、')}）`,
  );
  return EXIT_OK;
}
