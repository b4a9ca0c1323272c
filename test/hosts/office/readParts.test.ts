/**
 * Cutting an oversized read into parts: consecutive sheets up to the byte budget at the bytes per
 * cell measured so far (a first guess before any part was read), a sheet heavier than the budget
 * alone, and the estimate following what the parts read weighed.
 */
import { BytesPerCell, extentWeight, loadedBytes, partEnd } from '../../../src/hosts/office/readParts';

test('parts take consecutive sheets up to the budget; a heavy sheet goes alone', () => {
  const weights = [10, 10, 10, 50, 10, 10];
  expect(partEnd(weights, 0, 1, 30)).toBe(3);
  expect(partEnd(weights, 3, 1, 30)).toBe(4);
  expect(partEnd(weights, 4, 1, 30)).toBe(6);
  expect(partEnd(weights, 0, 2, 30)).toBe(1);
  expect(partEnd(weights, 6, 1, 30)).toBe(6);
});

test('the bytes per cell start from a guess and follow the parts read, with a margin', () => {
  const perCell = new BytesPerCell();
  expect(perCell.estimate).toBe(100);
  perCell.record(40_000, 1_000);
  expect(perCell.estimate).toBeCloseTo(46, 6);
  perCell.record(80_000, 1_000);
  expect(perCell.estimate).toBeCloseTo(69, 6);
});

test('weights and bytes', () => {
  expect(extentWeight({ valueCells: 300, formattedCells: 600, detailCells: 10 })).toBe(505);
  // UTF-8 bytes of the JSON: 3 per Chinese character.
  expect(loadedBytes([[['项目', 1]], undefined, 'A1:B2'])).toBe('[["",1]]'.length + 6 + '"A1:B2"'.length);
});
