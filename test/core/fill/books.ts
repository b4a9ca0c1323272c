/**
 * Workbooks for 汇总's tests, as snapshots: the seed pasted as it is, and small clean forms (from the
 * rule tests' builders) whose department table lacks blocks the projects use, with merged labels.
 */
import { snapshotFromText } from '../../../src/core/forms';
import type { RangeRef } from '../../../src/core/address';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { seedWorkbook, workbookOf } from '../../fixtures/forms/seedForms';
import { departmentText, projectText, type Row } from '../rules/forms';

/** The seed's forms as pasted (表1 department, 表2–表4 projects), with (no) defined names read. */
export function seedBook(): WorkbookSnapshot {
  return { ...seedWorkbook(), names: {} };
}

export function bookOf(sheets: SheetSnapshot[], names: Record<string, string> = {}): WorkbookSnapshot {
  return { ...workbookOf(sheets), names };
}

export function sheet(name: string, text: string, merges: (string | RangeRef)[] | null = null): SheetSnapshot {
  return snapshotFromText(text, { sheetName: name, merges });
}

/** The row of a text's line starting with `start` (1-based, as pasted from A1). */
export function rowOf(text: string, start: string): number {
  const i = text.split('\n').findIndex((l) => l.startsWith(start));
  if (i < 0) throw new Error(`no line starting with ${start}`);
  return i + 1;
}

/** A department table with 产出指标 (质量指标: two rows, 时效指标) and 满意度指标 only. */
export const PARTIAL_ROWS: Row[] = [
  ['产出指标', '质量指标', '验收合格率', '≥95%'],
  ['', '', '资金使用合规性', '是'],
  ['', '时效指标', '完成及时率', '100%'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
];

/** The partial department form, its labels merged as in the official forms (绩效指标, 产出指标, 质量指标). */
export function partialDepartment(name = '部门'): { sheet: SheetSnapshot; text: string; header: number } {
  const text = departmentText({ rows: PARTIAL_ROWS, project: '0' });
  const h = rowOf(text, '绩效指标');
  const merges = [`A${h}:A${h + 4}`, `B${h + 1}:B${h + 3}`, `C${h + 1}:C${h + 2}`];
  return { sheet: sheet(name, text, merges), text, header: h };
}

/** Project P1 (当年度 10 万元) and P2 (5 万元), with indicators the partial department lacks. */
export const P1_ROWS: Row[] = [
  ['成本指标', '经济成本指标', '人均成本', '≤500元', '≤500元'],
  ['产出指标', '数量指标', '新增企业数', '≥5家', '≥5家'],
  ['', '质量指标', '验收合格率', '≥98%', '≥98%'],
  ['效益指标', '社会效益指标', '受益人数', '≥100人', '≥100人'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '≥90%'],
];
export const P2_ROWS: Row[] = [
  ['产出指标', '数量指标', '新增企业数', '≥6家', '≥6家'],
  ['', '质量指标', '培训合格率', '≥90%', '≥90%'],
  ['满意度指标', '服务对象满意度指标', '企业满意度', '≥ 90%', '≥ 90%'],
];

export function p1Text(): string {
  return projectText({ projectName: 'P1', total: '10', annual: '10', rows: P1_ROWS });
}

export function p2Text(): string {
  return projectText({ projectName: 'P2', total: '5万元', annual: '5万元', rows: P2_ROWS });
}

/** The partial department (部门) with P1 and P2, merges known. */
export function partialBook(): { wb: WorkbookSnapshot; header: number } {
  const d = partialDepartment();
  return { wb: bookOf([d.sheet, sheet('P1', p1Text(), []), sheet('P2', p2Text(), [])]), header: d.header };
}
