/**
 * The workbooks the benchmark runs on, built from the user's example forms (test/fixtures/seed.txt):
 * its department form and its three project forms, pasted cell by cell, repeated to the size asked.
 */
import { readFileSync } from 'fs';
import { cellA1, formatRange } from '../src/core/address';
import { snapshotFromText } from '../src/core/forms/fromText';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot';
import type { SheetSpec, WorkbookSpec } from '../src/fake-excel';
import { repoPath } from './repo';

/** The seed's four forms as text: the department form, then the three project forms. */
let seed: string[] | null = null;

export function seedTexts(): string[] {
  if (seed) return seed;
  const lines = readFileSync(repoPath('test', 'fixtures', 'seed.txt'), 'utf8').split(/\r?\n/);
  const starts = lines.flatMap((line, i) => (/^#{1,6}\s/.test(line) ? [i] : []));
  const forms = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n'));
  if (forms.length !== 4) throw new Error(`seed.txt: expected 4 forms, found ${forms.length}`);
  seed = forms;
  return forms;
}

/** Project form `i` (0-based) as text, with its own project name so that no two are alike. */
export function projectText(i: number): string {
  const projects = seedTexts().slice(1);
  return projects[i % projects.length].replace(/^(项目名称\t+)([^\t\n]*)/m, (_m, label: string, name: string) => `${label}${name}${i + 1}`);
}

export interface PastedSheet {
  name: string;
  cells: Record<string, CellValue>;
  merges: string[];
}

/** Text pasted into a sheet from A1. */
export function pasted(name: string, text: string): PastedSheet {
  const snap = snapshotFromText(text, { sheetName: name });
  const cells: Record<string, CellValue> = {};
  snap.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== '') cells[cellA1(snap.origin.row + r, snap.origin.col + c)] = v;
    }),
  );
  return { name, cells, merges: (snap.merges ?? []).map(formatRange) };
}

/** Indicator names of other projects, for the extra rows of large forms. */
const MORE_NAMES = [
  '培训人次', '设备采购数量', '宣传资料发放份数', '走访企业户数', '举办活动场次', '检查覆盖率', '项目验收合格率',
  '资料归档完整率', '问题整改完成率', '资金拨付及时率', '工作完成时限', '方案编制完成时间', '单位运行成本',
  '人均培训成本', '带动就业人数', '企业营业收入增长率', '群众知晓率', '政策落实率', '服务对象满意度',
  '参训人员满意度', '设备完好率', '系统正常运行率', '信息公开及时率', '档案数字化数量', '节能改造面积',
  '污染物排放达标率', '安全事故发生次数', '投诉办结率', '数据报送准确率', '平台访问量', '志愿者人数',
  '受益群众人数', '培训合格率', '巡查频次', '会议召开次数', '调研报告篇数', '课题结题数量', '专利申请数量',
  '新增入库企业数', '绿化养护面积',
];

/**
 * Project form `i` with about 30 indicators, as large forms have: each 三级 row is followed by two
 * more of the same 二级, named after other projects' indicators (no two alike in one form).
 */
export function largeProjectText(i: number): string {
  let row = 0;
  return projectText(i)
    .split('\n')
    .flatMap((line) => {
      const f = line.split('\t');
      if (f.length < 5 || f[0] !== '' || f[3] === '' || f[3] === '三级指标') return [line];
      const copy = (k: number) => ['', '', '', MORE_NAMES[(i + row * 2 + k) % MORE_NAMES.length], ...f.slice(4)].join('\t');
      row++;
      return [line, copy(0), copy(1)];
    })
    .join('\n');
}

/** `count` project sheets 项目1…, optionally preceded by the department form (部门整体). */
export function formSheets(count: number, withDepartment: boolean): PastedSheet[] {
  const sheets = Array.from({ length: count }, (_, i) => pasted(`项目${i + 1}`, projectText(i)));
  return withDepartment ? [pasted('部门整体', seedTexts()[0]), ...sheets] : sheets;
}

/** The fake Excel's description of pasted sheets (values taken literally). */
export function fakeSpecOf(sheets: PastedSheet[]): WorkbookSpec {
  return {
    sheets: sheets.map(
      (s): SheetSpec => ({
        name: s.name,
        cells: Object.fromEntries(Object.entries(s.cells).map(([a1, value]) => [a1, { value }])),
        merges: s.merges,
      }),
    ),
  };
}

/** A snapshot of `count` large project forms (largeProjectText), as a host would read it (merges unknown). */
export function projectSnapshot(count: number): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = Array.from({ length: count }, (_, i) =>
    snapshotFromText(largeProjectText(i), { sheetName: `项目${i + 1}`, index: i }),
  );
  return { sheets, structureProtected: false, capabilities: { notes: true, mergedAreas: false, pageLayout: true } };
}
