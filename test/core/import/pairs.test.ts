import { splitFlattenedRow } from '../../../src/core/import/pairs';

describe('rows holding several indicators', () => {
  test('the seed department form: two names beside two values become two indicators', () => {
    expect(splitFlattenedRow('生态环境改善 清洁生产推广', ['比上年改善 起到积极推广作用'])).toEqual({
      kind: 'split',
      rows: [
        { name: '生态环境改善', values: ['比上年改善'] },
        { name: '清洁生产推广', values: ['起到积极推广作用'] },
      ],
    });
  });

  test('a project row: every filled value column splits the same way; an empty one stays empty', () => {
    expect(splitFlattenedRow('环境友好　节能降耗  减少排放', ['符合要求 降低5% 减少3吨', ''])).toEqual({
      kind: 'split',
      rows: [
        { name: '环境友好', values: ['符合要求', ''] },
        { name: '节能降耗', values: ['降低5%', ''] },
        { name: '减少排放', values: ['减少3吨', ''] },
      ],
    });
  });

  test.each<[string, string[], 'single' | 'kept-whole']>([
    ['企业满意度', ['大于95%'], 'single'],
    ['服务对象 满意度', ['≥90%'], 'single'],
    ['服务对象 满意度', ['≥90%', '≥90%'], 'single'],
    ['', [''], 'single'],
    ['生态环境改善 清洁生产推广', ['比上年改善'], 'single'],
    ['生态环境改善 清洁生产推广', ['比上年改善 起到 积极推广作用'], 'kept-whole'],
    ['甲指标 乙指标', ['1个 2个', '1个'], 'kept-whole'],
    ['企业 满意度', ['大于 95%'], 'kept-whole'],
    ['资金执行率 (%)', ['≥ 95%'], 'kept-whole'],
    ['年度资金支出进度 完成率', ['98% (%)'], 'kept-whole'],
  ])('%j beside %j: %s', (name, values, kind) => {
    expect(splitFlattenedRow(name, values).kind).toBe(kind);
  });
});
