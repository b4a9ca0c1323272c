import { missingMarkDetails, STORE_SHEET, withCellDetails } from '../../../src/core/marks';
import { storeTable } from '../../../src/core/marks/store';
import { finding, sheetFromRows, sheetOf, workbook } from './build';

const stored = {
  name: '_jixiao_m_1',
  sheet: 'A',
  cell: 'B2',
  severity: 'error' as const,
  originalFill: null,
  fill: '#FFC7CE',
  note: null,
};

test('names the marked cells and the findings’ cells a host could not read at once, and merges them in', () => {
  const partial = (name: string) => ({
    ...sheetOf(name, { A1: 1 }),
    allDetails: false,
    fills: undefined,
    notes: undefined,
  });
  const wb = workbook(
    [
      partial('A'),
      partial('B'),
      { ...partial('C'), protected: true },
      sheetFromRows(STORE_SHEET, storeTable([stored], { rows: 0, cols: 0 })),
    ],
    { _jixiao_m_1: "'A'!$B$4" },
    { notes: false },
  );
  const findings = [
    finding('B', 'C3:D4', 'warning', 'x'),
    finding('b', 'E5', 'error', 'y'),
    finding('A', 'Z1', 'info', 'only listed'),
    finding('C', 'A1', 'error', 'protected: not marked'),
  ];
  expect(missingMarkDetails(wb, findings)).toEqual({ A: ['B4'], B: ['C3', 'E5'] });
  expect(missingMarkDetails(wb, null)).toEqual({ A: ['B4'] });

  const details = workbook([
    { ...partial('A'), fills: { B4: '#FFC7CE' } },
    { ...partial('B'), fills: { C3: null, E5: '#00B050' } },
  ]);
  const merged = withCellDetails(wb, details);
  expect(missingMarkDetails(merged, findings)).toBeNull();
  expect(merged.sheets.map((s) => s.fills)).toEqual([{ B4: '#FFC7CE' }, { C3: null, E5: '#00B050' }, undefined, {}]);
});
