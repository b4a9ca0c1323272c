/**
 * 项目支出绩效目标申报表 (project form), six columns A–F, as in the official form: title, the
 * project's particulars with labels merged over A:B, 总体绩效目标, 绩效指标 and the 备注 lines.
 */
import { PROJECT_LEVELS, PROJECT_TYPES } from './fields';
import { indicatorSection } from './indicatorSection';
import { fieldCell, labelCell, specCell, type IndicatorRowCounts, type SpecCell, type TemplateSpec } from './spec';

export const PROJECT_COLUMN_WIDTHS: readonly number[] = [10, 14, 22, 26, 18, 18];

export const PROJECT_TITLE = '项目支出绩效目标申报表';

export const PROJECT_NOTES: readonly string[] = [
  '备注：1. 本表的填报主体是预算单位，主管部门可进行代编。',
  '2. 本表在“一上”或“二上”环节通过系统录入，具体字段信息以系统为准。',
  '3. 本表用于在“一上”和“二上”阶段填报项目支出绩效目标或修订完善已入库项目的绩效目标。',
];

/** The project form, with the 三级 rows `indicatorRows` asks for under each 二级 (one by default). */
export function projectSpec(indicatorRows: IndicatorRowCounts = {}): TemplateSpec {
  const columns = PROJECT_COLUMN_WIDTHS.length;
  const cells: SpecCell[] = [
    specCell('title', 0, 0, PROJECT_TITLE, { cols: columns }),

    labelCell(1, 0, '项目名称', 1, 2),
    fieldCell(1, 2, 'projectName', 'text', { cols: 4 }),
    labelCell(2, 0, '项目类型', 1, 2),
    fieldCell(2, 2, 'projectType', 'text', { cols: 4 }),
    labelCell(3, 0, '项目等级', 1, 2),
    fieldCell(3, 2, 'projectLevel', 'text', { cols: 4 }),

    labelCell(4, 0, '主管部门', 1, 2),
    fieldCell(4, 2, 'supervisingDepartment', 'text'),
    labelCell(4, 3, '用款单位'),
    fieldCell(4, 4, 'spendingUnit', 'text', { cols: 2 }),

    labelCell(5, 0, '实施期限', 1, 2),
    labelCell(5, 2, '起始年度'),
    fieldCell(5, 3, 'startYear', 'year'),
    labelCell(5, 4, '到期年度'),
    fieldCell(5, 5, 'endYear', 'year'),

    labelCell(6, 0, '预算金额', 1, 2),
    labelCell(6, 2, '总金额(万元)'),
    fieldCell(6, 3, 'totalBudget', 'amount'),
    labelCell(6, 4, '当年度金额(万元)'),
    fieldCell(6, 5, 'annualBudget', 'amount'),

    labelCell(7, 0, '项目概述', 1, 2),
    fieldCell(7, 2, 'overview', 'text', { cols: 4, minLines: 2 }),

    labelCell(8, 0, '总体绩效目标', 2, 2),
    labelCell(8, 2, '实施周期总目标（跨年度项目需填写）', 1, 2),
    labelCell(8, 4, '当年度目标', 1, 2),
    fieldCell(9, 2, 'periodGoal', 'text', { cols: 2, minLines: 4 }),
    fieldCell(9, 4, 'annualGoal', 'text', { cols: 2, minLines: 4 }),
  ];

  const section = indicatorSection(10, [
    { key: 'periodTarget', text: '实施周期指标值' },
    { key: 'annualTarget', text: '当年度指标值' },
  ], indicatorRows);
  cells.push(...section.cells);
  PROJECT_NOTES.forEach((text, i) => cells.push(specCell('note', section.lastRow + 1 + i, 0, text, { cols: columns })));

  return {
    kind: 'project',
    columnWidths: PROJECT_COLUMN_WIDTHS,
    rowCount: section.lastRow + 1 + PROJECT_NOTES.length,
    tableFirstRow: 1,
    tableLastRow: section.lastRow,
    cells,
    validations: [
      { row: 2, col: 2, rows: 1, cols: 4, items: PROJECT_TYPES, strict: false },
      { row: 3, col: 2, rows: 1, cols: 4, items: PROJECT_LEVELS, strict: true },
      ...section.validations,
    ],
    indicators: section.indicators,
    firstField: 'projectName',
  };
}
