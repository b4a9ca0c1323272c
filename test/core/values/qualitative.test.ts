import { classifyQualitative, isUnusedMarker, qualitativeDirection } from '../../../src/core/values';

describe('classifyQualitative', () => {
  it.each([
    ['起到积极推广作用', 'vague'],
    ['比上年改善', 'vague'],
    ['比上年改善 起到积极推广作用', 'vague'],
    ['有所提高', 'vague'],
    ['有所改善', 'vague'],
    ['明显提升', 'vague'],
    ['较上年有所增加', 'vague'],
    ['进一步完善', 'vague'],
    ['效果明显', 'vague'],
    ['符合规定', 'acceptable'],
    ['符合规范', 'acceptable'],
    ['<p>符合要求</p>', 'acceptable'],
    ['合规', 'acceptable'],
    ['按时', 'acceptable'],
    ['及时', 'acceptable'],
    ['提升', 'directional'],
    ['减少', 'directional'],
    ['道路通行能力提升', 'directional'],
    ['可控', 'descriptive'],
    ['健全', 'descriptive'],
    ['比上年提高5%', 'descriptive'],
    ['及时率100%', 'acceptable'],
  ])('%s → %s', (text, grade) => {
    expect(classifyQualitative(text)).toBe(grade);
  });
});

describe('qualitativeDirection', () => {
  it.each([
    ['提升', 'up'],
    ['比上年改善', 'up'],
    ['减少', 'down'],
    ['降低', 'down'],
    ['可控', null],
    ['有增有减少', 'down'],
    ['提高并减少', null],
  ])('%s → %s', (text, direction) => {
    expect(qualitativeDirection(text)).toBe(direction);
  });
});

describe('isUnusedMarker', () => {
  it.each(['', '  ', '/', '／', '—', '——', '-', '--', '－', '无', '<p>/</p>', '\\'])('%j is a marker', (text) => {
    expect(isUnusedMarker(text)).toBe(true);
  });
  it.each(['否', '0', '不适用', '*', '待定', '95%', '无违规'])('%j is not', (text) => {
    expect(isUnusedMarker(text)).toBe(false);
  });
});
