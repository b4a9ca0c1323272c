/** Builds an OfficeHost over a fresh in-memory fake. */
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from '../../../src/fake-excel';
import { OfficeHost, type ExcelLike, type OfficeHostOptions } from '../../../src/hosts/office';

export function hostOverFake(options: FakeExcelOptions = {}, hostOptions: OfficeHostOptions = {}): { fake: FakeExcel; host: OfficeHost } {
  const fake = createFakeExcel(options);
  // The fake's objects stand in for Office.js's at run time; their TypeScript types are its own.
  const host = new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office, ...hostOptions });
  return { fake, host };
}
