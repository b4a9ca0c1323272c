/** The Office.js workbook host. */
export { OfficeHost, type OfficeHostOptions } from './officeHost';
export { DEFAULT_BATCH_LIMIT, type ApplyOptions } from './applyPlan';
export { detectCapabilities, type OfficeCapabilities } from './capabilities';
export type { ExcelLike, OfficeLike } from './excelApi';
export { asLiteralText, columnWidthToPoints, pointsToColumnWidth } from './units';
