import { hostOverFake } from './helpers';

function form() {
  return hostOverFake({
    workbook: {
      sheets: [
        {
          name: '项目1',
          cells: { A5: '产出指标', B5: '数量指标', C6: '培训人次', D6: '≥200人次', D12: "=COUNT(1)", E20: '=SUM(D5:D8)' },
          merges: ['A5:A8', 'B5:B6', 'A12:D12'],
          validations: [{ address: 'A5:A8', list: ['产出指标', '效益指标'] }],
          notes: { D6: '值', D12: '合计' },
        },
      ],
      names: { jx_m_1: "='项目1'!$D$6", jx_m_2: "='项目1'!$A$12" },
    },
  });
}

describe('inserting rows through a plan (添加指标行)', () => {
  test('merges, validations, notes and names below move; those straddling grow', async () => {
    const { fake, host } = form();
    await host.apply({
      preconditions: [{ kind: 'sheetWritable', sheet: '项目1' }],
      ops: [
        { kind: 'insertRows', sheet: '项目1', at: 7, count: 2 },
        { kind: 'values', sheet: '项目1', address: 'C7', values: [['新指标', '≥1次']] },
      ],
    });
    const s = fake.inspect().sheets[0];
    expect(s.merges).toEqual(['A5:A10', 'B5:B6', 'A14:D14']);
    expect(s.validations.map((v) => v.address)).toEqual(['A5:A10']);
    expect(s.notes).toEqual({ D6: '值', D14: '合计' });
    expect(fake.inspect().names).toEqual({ jx_m_1: "='项目1'!$D$6", jx_m_2: "='项目1'!$A$14" });
    expect(s.cells.E22).toEqual({ value: 0, formula: '=SUM(D5:D10)' });
    expect([s.cells.C7.value, s.cells.D7.value]).toEqual(['新指标', '≥1次']);
  });

  test('notes after an insert: the cell that moved keeps its note, a cell in a new row has none', async () => {
    const { fake, host } = form();
    const snapshot = await host.read({ sheets: ['项目1'], names: true, cellDetails: { 项目1: ['D12', 'D6'] } });
    fake.resetStats();
    await host.apply(
      {
        preconditions: [{ kind: 'areaEmpty', sheet: '项目1', address: 'C9:D9' }],
        ops: [
          { kind: 'insertRows', sheet: '项目1', at: 7, count: 2 },
          // D14 is the old D12, whose note exists: replaced.
          { kind: 'note', sheet: '项目1', cell: 'D14', text: '合计（已审）' },
          // D7 is in an inserted row: a new note.
          { kind: 'note', sheet: '项目1', cell: 'D7', text: '新' },
          { kind: 'note', sheet: '项目1', cell: 'D6', text: null },
        ],
      },
      { checkedAgainst: snapshot },
    );
    expect(fake.stats.syncs).toBe(1);
    expect(fake.inspect().sheets[0].notes).toEqual({ D7: '新', D14: '合计（已审）' });
  });
});
