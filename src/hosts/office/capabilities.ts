/**
 * What the running Excel can do, from its ExcelApi requirement sets. Excel 2019 (ExcelApi 1.8) is
 * the floor; newer features degrade: notes need 1.18, reading merged areas 1.13, page layout and
 * fill tint (which tells "no fill" from white) 1.9.
 */
import type { HostCapabilities } from '../../core/snapshot';
import type { OfficeLike } from './excelApi';

export interface OfficeCapabilities extends HostCapabilities {
  /** ExcelApi 1.8 (Excel 2019): the add-in's floor. */
  floor: boolean;
  /** RangeFill.tintAndShade (ExcelApi 1.9): null for cells without fill. */
  fillTint: boolean;
}

export function detectCapabilities(office: OfficeLike): OfficeCapabilities {
  const has = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  return {
    floor: has('1.8'),
    notes: has('1.18'),
    mergedAreas: has('1.13'),
    pageLayout: has('1.9'),
    fillTint: has('1.9'),
  };
}

/** The capabilities a snapshot reports. */
export function snapshotCapabilities(c: OfficeCapabilities): HostCapabilities {
  return { notes: c.notes, mergedAreas: c.mergedAreas, pageLayout: c.pageLayout };
}
