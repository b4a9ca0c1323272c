import { readAmount, readCount, readText, readYear } from '../../../src/core/forms';
import type { CellValue } from '../../../src/core/snapshot';

describe('readAmount (万元)', () => {
  it.each<[CellValue, '万元' | '元' | undefined, number | null]>([
    ['18.24万元', undefined, 18.24],
    ['18.24 万元', '元', 18.24],
    ['182,400元', undefined, 18.24],
    ['182400元', '万元', 18.24],
    ['18.24', undefined, 18.24],
    [18.24, undefined, 18.24],
    ['771,325,800.00', '元', 77132.58],
    [771325800, '元', 77132.58],
    ['3万', undefined, 3],
    ['１８．２４万元', undefined, 18.24],
    ['¥1,000元', undefined, 0.1],
    ['0', '元', 0],
    ['-5', undefined, -5],
    ['', undefined, null],
    ['待定', undefined, null],
    ['18.24万美元', undefined, null],
    ['1,2345', undefined, null],
    [true, undefined, null],
  ])('%p in %p → %p', (v, unit, expected) => {
    expect(readAmount(v, unit)).toBe(expected);
  });
});

describe('readYear', () => {
  it.each<[CellValue, number | null]>([
    [2025, 2025],
    ['2025', 2025],
    ['2025年', 2025],
    ['2025年度', 2025],
    ['2026/1/1', 2026],
    ['2027-12-31', 2027],
    ['2026.06', 2026],
    ['2026年1月1日', 2026],
    [46023, 2026], // 2026-01-01 as a date serial
    [47483, 2029], // 2029-12-31
    ['25', null],
    ['二〇二五年', null],
    [2025.5, null],
    ['', null],
  ])('%p → %p', (v, expected) => {
    expect(readYear(v)).toBe(expected);
  });
});

describe('readCount and readText', () => {
  it.each<[CellValue, number | null]>([
    [101, 101],
    ['101', 101],
    ['101人', 101],
    ['3个', 3],
    ['约100人', null],
    ['', null],
  ])('readCount(%p) → %p', (v, expected) => {
    expect(readCount(v)).toBe(expected);
  });

  it.each<[CellValue, string | null]>([
    ['  业务工作经费 ', '业务工作经费'],
    ['', null],
    ['   ', null],
    [2025, '2025'],
    [false, 'FALSE'],
  ])('readText(%p) → %p', (v, expected) => {
    expect(readText(v)).toBe(expected);
  });
});
