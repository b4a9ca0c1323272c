/**
 * The 指标值 cells of our forms (skeleton, prefilled rows, rows added by 添加指标行 and 汇总) are in
 * the text number format: what a user types there stays as typed. Without it, Excel, WPS and
 * LibreOffice turn a typed `95%` into the number 0.95 shown through a percent format.
 */
import type { CellStyle } from '../plan';
import { STYLES } from '../style';

/** Excel's text number format. */
export const TEXT_FORMAT = '@';

/** A 指标值 cell: STYLES.target in the text number format. */
export const TARGET_STYLE: CellStyle = { ...STYLES.target, numberFormat: TEXT_FORMAT };
