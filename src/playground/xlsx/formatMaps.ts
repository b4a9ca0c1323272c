/**
 * Cell formats between ExcelJS's names (as in the file) and Office.js's names (as the fake keeps
 * them): alignments and border lines.
 */
import type { Alignment, Border, BorderStyle } from 'exceljs';
import type { BorderLine } from '../../fake-excel/model/types';

const HORIZONTAL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};

const VERTICAL: Record<string, string> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
  justify: 'Justify',
  distributed: 'Distributed',
};

/** ExcelJS border style → Office.js style and weight (Excel's own pairing). */
const LINE: Record<string, { style: string; weight: string }> = {
  hair: { style: 'Continuous', weight: 'Hairline' },
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dotted: { style: 'Dot', weight: 'Thin' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
  double: { style: 'Double', weight: 'Thick' },
};

function invert(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k]));
}

const HORIZONTAL_BACK = invert(HORIZONTAL);
const VERTICAL_BACK = invert(VERTICAL);

export function officeHorizontal(h: Alignment['horizontal'] | undefined): string | undefined {
  return h ? HORIZONTAL[h] : undefined;
}

export function officeVertical(v: Alignment['vertical'] | undefined): string | undefined {
  return v ? VERTICAL[v] : undefined;
}

export function excelHorizontal(h: string | undefined): Alignment['horizontal'] | undefined {
  return h ? (HORIZONTAL_BACK[h] as Alignment['horizontal']) : undefined;
}

export function excelVertical(v: string | undefined): Alignment['vertical'] | undefined {
  return v ? (VERTICAL_BACK[v] as Alignment['vertical']) : undefined;
}

/** An ExcelJS border edge as the fake's line, or undefined for none. */
export function officeLine(edge: Partial<Border> | undefined, color: string | null): BorderLine | undefined {
  const line = edge?.style ? LINE[edge.style] : undefined;
  return line ? { ...line, color: color ?? '#000000' } : undefined;
}

/** The fake's line as an ExcelJS border edge. */
export function excelLine(line: BorderLine | undefined): Partial<Border> | undefined {
  if (!line || line.style === 'None') return undefined;
  const match = Object.entries(LINE).find(([, v]) => v.style === line.style && v.weight === line.weight);
  const style = (match?.[0] ?? (line.style === 'Continuous' ? 'thin' : 'dashed')) as BorderStyle;
  return { style, color: { argb: `FF${line.color.replace(/^#/, '').toUpperCase()}` } };
}
