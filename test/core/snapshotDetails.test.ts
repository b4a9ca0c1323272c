/**
 * What a snapshot knows of a cell's fill: listed fills; with every detail read, no fill for the
 * others; with every detail read over an area only (a sheet formatted far beyond its form), no
 * fill inside the area and "not known" outside it.
 */
import { knownFill, type SheetSnapshot } from '../../src/core/snapshot';

const sheet = (extra: Partial<SheetSnapshot>): SheetSnapshot => ({
  name: 'S',
  index: 0,
  visibility: 'visible',
  protected: false,
  read: true,
  origin: { row: 1, col: 1 },
  values: [['a']],
  formulas: {},
  merges: [],
  fills: { B2: '#FFFF00' },
  ...extra,
});

test('only the cells asked about', () => {
  const s = sheet({});
  expect([knownFill(s, 'B2'), knownFill(s, '$b$2'), knownFill(s, 'C3')]).toEqual(['#FFFF00', '#FFFF00', undefined]);
});

test('every detail read: no fill elsewhere', () => {
  const s = sheet({ allDetails: true });
  expect([knownFill(s, 'B2'), knownFill(s, 'Z999')]).toEqual(['#FFFF00', null]);
});

test('every detail of an area: no fill inside it, not known outside', () => {
  const s = sheet({ allDetails: true, fillsArea: { top: 1, left: 1, bottom: 60, right: 8 } });
  expect([knownFill(s, 'B2'), knownFill(s, 'H60'), knownFill(s, 'H61'), knownFill(s, 'I1')]).toEqual([
    '#FFFF00',
    null,
    undefined,
    undefined,
  ]);
});
