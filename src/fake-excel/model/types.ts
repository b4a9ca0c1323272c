/**
 * The fake workbook's state: plain data the API objects read and change when a batch runs.
 */
import type { RangeRef } from '../../core/address';

/** An Excel error value (#DIV/0!, #REF!, #NAME?, #VALUE!); Office.js reports it as its text. */
export interface ErrorValue {
  readonly error: string;
}

export type Scalar = string | number | boolean;

export interface BorderLine {
  style: string;
  weight: string;
  color: string;
}

/** A cell's formatting; an absent field is Excel's default. */
export interface CellFormat {
  /** Solid fill "#RRGGBB"; absent: no fill. */
  fill?: string;
  fontName?: string;
  fontSize?: number;
  fontBold?: boolean;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  numberFormat?: string;
  borderTop?: BorderLine;
  borderBottom?: BorderLine;
  borderLeft?: BorderLine;
  borderRight?: BorderLine;
}

export interface CellModel {
  /** The constant in the cell ("" when none); ignored when `formula` is set. */
  value: Scalar;
  /** Formula text with the leading "=". */
  formula?: string;
  format?: CellFormat;
}

export interface ValidationModel {
  rect: RangeRef;
  rule: { list: { inCellDropDown: boolean; source: string } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
}

export interface NoteModel {
  content: string;
  authorName: string;
}

export interface HyperlinkModel {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea: string | null;
  printTitleRows: string | null;
}

export interface NameModel {
  name: string;
  /** What the name refers to, with the leading "=", e.g. "='项目1'!$E$12". */
  formula: string;
  comment: string;
  visible: boolean;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000', bold: false };
/** 8.43 characters of the default font: 64 pixels, 48 points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
