/** The form templates (插入模板) and 添加指标行. */
export * from './fields';
export * from './level';
export * from './spec';
export { departmentSpec, departmentTitle, departmentNotes, DEPARTMENT_COLUMN_WIDTHS, DEFAULT_KEY_TASK_ROWS, MAX_KEY_TASK_ROWS } from './department';
export { projectSpec, PROJECT_TITLE, PROJECT_NOTES, PROJECT_COLUMN_WIDTHS } from './project';
export * from './layout';
export { buildTemplatePlan, defaultSheetName, styleOf, type TemplatePlanOptions } from './buildPlan';
export * from './indicatorTable';
export { planAddIndicatorRow } from './addIndicatorRow';
export { indicatorRowCounts, indicatorsBySubcategory, subcategoryOf } from './indicatorRows';
export { MAX_INDICATOR_ROWS } from './indicatorSection';
export { TARGET_STYLE, TEXT_FORMAT } from './valueFormat';
