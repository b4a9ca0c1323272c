/**
 * 部门整体预算绩效目标申报表 (department form), five columns A–E, as in the official form:
 * title, 部门名称, 基本信息, 预算整体情况, 总体绩效目标, 年度重点工作任务, 其他需完成的任务,
 * 绩效指标 and the 备注 lines.
 */
import { KEY_TASK_PARTS } from './fields';
import { indicatorSection } from './indicatorSection';
import { levelAdjective, ownLevel, type Level } from './level';
import { fieldCell, labelCell, specCell, type IndicatorRowCounts, type SpecCell, type TemplateSpec } from './spec';

export const DEPARTMENT_COLUMN_WIDTHS: readonly number[] = [14, 20, 20, 24, 22];

export const DEFAULT_KEY_TASK_ROWS = 3;
export const MAX_KEY_TASK_ROWS = 200;

export function departmentTitle(level: Level): string {
  return `${levelAdjective(level)}部门整体预算绩效目标申报表`;
}

export function departmentNotes(level: Level): string[] {
  return [
    `备注：1. 本表的填报主体是${levelAdjective(level)}一级预算单位。`,
    '2. 本表在“二上”环节通过系统录入，具体字段信息以系统为准。',
  ];
}

/**
 * The department form for a level, with `keyTaskRows` empty rows under 年度重点工作任务 and the
 * 三级 rows `indicatorRows` asks for under each 二级 (one by default).
 */
export function departmentSpec(
  level: Level,
  keyTaskRows: number = DEFAULT_KEY_TASK_ROWS,
  indicatorRows: IndicatorRowCounts = {},
): TemplateSpec {
  if (!Number.isInteger(keyTaskRows) || keyTaskRows < 1 || keyTaskRows > MAX_KEY_TASK_ROWS) {
    throw new RangeError(`keyTaskRows must be an integer from 1 to ${MAX_KEY_TASK_ROWS}: ${keyTaskRows}`);
  }
  const columns = DEPARTMENT_COLUMN_WIDTHS.length;
  const amountHeader = '预算金额(万元)';
  const cells: SpecCell[] = [
    specCell('title', 0, 0, departmentTitle(level), { cols: columns }),

    labelCell(1, 0, '部门名称'),
    fieldCell(1, 1, 'departmentName', 'text', { cols: 4 }),

    labelCell(2, 0, '基本信息'),
    labelCell(2, 1, '财政供养人员数'),
    fieldCell(2, 2, 'fundedStaff', 'count'),
    labelCell(2, 3, '下属二级单位数'),
    fieldCell(2, 4, 'subordinateUnits', 'count'),

    labelCell(3, 0, '预算整体情况', 6),
    labelCell(3, 1, '部门预算支出'),
    labelCell(3, 2, amountHeader),
    labelCell(3, 3, '收入来源'),
    labelCell(3, 4, amountHeader),
    labelCell(4, 1, '基本支出'),
    fieldCell(4, 2, 'basicExpenditure', 'amount'),
    labelCell(4, 3, '财政拨款'),
    fieldCell(4, 4, 'fiscalAppropriation', 'amount'),
    labelCell(5, 1, '项目支出'),
    fieldCell(5, 2, 'projectExpenditure', 'amount'),
    labelCell(5, 3, '其他资金'),
    fieldCell(5, 4, 'otherFunds', 'amount'),
    labelCell(6, 1, '事业发展性支出'),
    labelCell(6, 2, amountHeader),
    labelCell(6, 3, '按预算级次划分'),
    labelCell(6, 4, amountHeader),
    labelCell(7, 1, '财政专项资金'),
    fieldCell(7, 2, 'specialFunds', 'amount'),
    labelCell(7, 3, `${ownLevel(level)}使用资金`),
    fieldCell(7, 4, 'ownLevelFunds', 'amount'),
    labelCell(8, 1, '其他事业发展性支出'),
    fieldCell(8, 2, 'otherDevelopmentFunds', 'amount'),
    labelCell(8, 3, '拟用于对下转移支付资金'),
    fieldCell(8, 4, 'transferFunds', 'amount'),

    labelCell(9, 0, '总体绩效目标'),
    fieldCell(9, 1, 'overallGoal', 'text', { cols: 4, minLines: 4 }),

    labelCell(10, 0, '年度重点工作任务', keyTaskRows + 1),
    labelCell(10, 1, '名称'),
    labelCell(10, 2, '主要实施内容'),
    labelCell(10, 3, '拟投入的资金(万元)'),
    labelCell(10, 4, '期望达到的目标(概述)'),
  ];
  for (let i = 0; i < keyTaskRows; i++) {
    KEY_TASK_PARTS.forEach((part, j) => {
      cells.push(
        specCell('field', 11 + i, 1 + j, '', {
          task: { index: i, part },
          valueType: part === 'plannedFunds' ? 'amount' : 'text',
        }),
      );
    });
  }
  const otherRow = 11 + keyTaskRows;
  cells.push(labelCell(otherRow, 0, '其他需完成的任务（可选填）'));
  cells.push(fieldCell(otherRow, 1, 'otherTasks', 'text', { cols: 4, minLines: 2 }));

  const section = indicatorSection(otherRow + 1, [{ key: 'target', text: '指标值' }], indicatorRows);
  cells.push(...section.cells);

  const notes = departmentNotes(level);
  notes.forEach((text, i) => cells.push(specCell('note', section.lastRow + 1 + i, 0, text, { cols: columns })));

  return {
    kind: 'department',
    columnWidths: DEPARTMENT_COLUMN_WIDTHS,
    rowCount: section.lastRow + 1 + notes.length,
    tableFirstRow: 1,
    tableLastRow: section.lastRow,
    cells,
    validations: section.validations,
    indicators: section.indicators,
    firstField: 'departmentName',
  };
}
