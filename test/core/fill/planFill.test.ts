import { FillRefusedError } from '../../../src/core/errors';
import { FILL_STORE_SHEET, planFill, simulatePlan, SUMMARY_NAME, type FillChange } from '../../../src/core/fill';
import type { EditOp } from '../../../src/core/plan';
import { cellValue, findSheet, type CellValue, type WorkbookSnapshot } from '../../../src/core/snapshot';
import { describeError } from '../../../src/i18n/describeError';
import { seedForms } from '../../fixtures/forms/seedForms';
import { departmentText, projectText } from '../rules/forms';
import { bookOf, partialBook, seedBook, sheet } from './books';

function at(wb: WorkbookSnapshot, sheetName: string, a1: string): CellValue {
  const s = findSheet(wb, sheetName)!;
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return cellValue(s, Number(m[2]), m[1].charCodeAt(0) - 64);
}

function formulaAt(wb: WorkbookSnapshot, sheetName: string, a1: string): string | undefined {
  return findSheet(wb, sheetName)!.formulas[a1];
}

const brief = (c: FillChange) => [
  `${c.sheet}!${c.cell}`,
  c.before,
  c.after,
  ...(c.result !== undefined ? [c.result] : []),
];

describe('汇总 on the seed pasted as it is', () => {
  const wb = seedBook();
  const r = planFill(wb);
  const after = simulatePlan(wb, r.plan);

  test('项目支出 becomes a formula on the summary 合计, carrying 34.35', () => {
    expect(r.summarySheet).toBe('项目支出汇总');
    expect(r.totalCell).toBe('G6');
    expect(r.changes.filter((c) => c.kind === 'project-expenditure').map(brief)).toEqual([
      ['表1!C9', 34.35, "='项目支出汇总'!G6", 34.35],
    ]);
    expect(r.plan.ops).toContainEqual({
      kind: 'formula',
      sheet: '表1',
      cell: 'C9',
      formula: "='项目支出汇总'!G6",
      result: 34.35,
    });
    expect(r.plan.ops).toContainEqual({
      kind: 'style',
      sheet: '表1',
      address: 'C9',
      style: { numberFormat: '#,##0.00##' },
    });
  });

  test('the text amounts become numbers with the amount format', () => {
    expect(r.changes.filter((c) => c.kind === 'amount').map(brief)).toEqual([
      ['表2!D8', '18.24万元', 18.24],
      ['表2!F8', '18.24万元', 18.24],
      ['表3!D8', '13.11万元', 13.11],
      ['表3!F8', '13.11万元', 13.11],
      ['表4!D8', '3万元', 3],
      ['表4!F8', '3万元', 3],
    ]);
    expect(r.plan.ops).toContainEqual({ kind: 'values', sheet: '表3', address: 'F8', values: [[13.11]] });
    expect(r.plan.ops).toContainEqual({
      kind: 'style',
      sheet: '表3',
      address: 'F8',
      style: { numberFormat: '#,##0.00##' },
    });
  });

  test('the summary sheet: three rows of formulas on each project’s own cells, and 合计 34.35', () => {
    const rows = [3, 4, 5, 6].map((row) =>
      'ABCDEFGH'
        .split('')
        .map((c) => formulaAt(after, '项目支出汇总', `${c}${row}`) ?? at(after, '项目支出汇总', `${c}${row}`)),
    );
    expect(rows).toEqual([
      ['业务工作经费', '部门职能类', '二级项目', 2025, 2025, "='表2'!D8", "='表2'!F8", '表2'],
      ['非转经工作经费（当年）', '部门职能类', '二级项目', 2025, 2025, "='表3'!D8", "='表3'!F8", '表3'],
      ['科技月活动经费', '部门职能类', '二级项目', 2025, 2025, "='表4'!D8", "='表4'!F8", '表4'],
      ['合计', '', '', '', '', '=SUM(F3:F5)', '=SUM(G3:G5)', ''],
    ]);
    expect([at(after, '项目支出汇总', 'G3'), at(after, '项目支出汇总', 'G6'), at(after, '项目支出汇总', 'F6')]).toEqual(
      [18.24, 34.35, 34.35],
    );
    expect(r.plan.ops).toContainEqual({
      kind: 'link',
      sheet: '项目支出汇总',
      cell: 'H4',
      target: "'表3'!A1",
      text: '表3',
    });
    expect(r.plan.preconditions).toContainEqual({ kind: 'sheetAbsent', sheet: '项目支出汇总' });
  });

  test('the department table gains the indicators it lacked, under their blocks, rows inserted', () => {
    expect(r.changes.filter((c) => c.kind === 'indicator').map(brief)).toEqual([
      ['表1!D35', '', '高新技术企业认定数量'],
      ['表1!E35', '', '15个'],
      ['表1!D48', '', '生态环境改善'],
      ['表1!E48', '', '比上年改善'],
      ['表1!D49', '', '清洁生产推广'],
      ['表1!E49', '', '起到积极推广作用'],
    ]);
    // 数量指标 ends at row 34 (its last row holds a shifted name); 生态效益指标 is row 46 alone.
    expect(r.plan.ops.filter((o) => o.kind === 'insertRows')).toEqual([
      { kind: 'insertRows', sheet: '表1', at: 47, count: 2 },
      { kind: 'insertRows', sheet: '表1', at: 35, count: 1 },
    ]);
    expect(at(after, '表1', 'C34')).toBe('本年全市新增工业企业上规模数量(个)');
    expect(at(after, '表1', 'C36')).toBe('质量指标');
    expect(at(after, '表1', 'D47')).toBe('生态环境改善 清洁生产推广');
    expect(at(after, '表1', 'C50')).toBe('服务对象 满意度指标');
    expect(r.plan.ops).toContainEqual({
      kind: 'listValidation',
      sheet: '表1',
      address: 'C48',
      items: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
      strict: true,
    });
  });

  test('conflicts: the department keeps its own values, projects that differ are named', () => {
    const conflicts = r.findings.filter((f) => f.rule === 'fill.value-conflict');
    expect(conflicts.map((f) => [f.cell, f.indicator, f.value, f.severity])).toEqual([
      ['E24', '财政资金投入成本', '95%以上', 'warning'],
      ['E43', '预算资金执行率', '98%以上', 'warning'],
    ]);
    expect(conflicts[0].message).toBe(
      '「财政资金投入成本」在各表中的指标值不一致（部门为「95%以上」、科技月活动经费为「大于98%」），汇总保留了「95%以上」，请核实。',
    );
  });

  test('validation after the fill: the similar names reported, not merged; no indicator left uncovered', () => {
    expect(r.findings.filter((f) => f.rule === 'structure.similar').map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '表1!D35',
      '表4!D16',
    ]);
    expect(r.findings.filter((f) => f.rule === 'department.coverage')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'amount.project-sum' || f.rule === 'amount.balance')).toEqual([]);
    expect(r.findings.some((f) => f.rule === 'project.department' && f.severity === 'error')).toBe(true);
    expect(r.notices).toEqual([]);
  });

  test('the re-check watches every written cell and every amount a figure comes from', () => {
    const watched = Object.fromEntries(
      r.plan.preconditions.flatMap((p) => (p.kind === 'cellsUnchanged' ? [[p.sheet, p.cells]] : [])),
    );
    expect(watched['表1'].C9).toEqual({ value: 34.35 });
    expect(watched['表2'].F8).toEqual({ value: '18.24万元' });
    // Around each insertion point: the last rows of 数量指标 and 生态效益指标, the rows after them.
    expect(watched['表1'].C34).toEqual({ value: '本年全市新增工业企业上规模数量(个)' });
    expect(watched['表1'].C35).toEqual({ value: '质量指标' });
    expect(watched['表1'].D46).toEqual({ value: '生态环境改善 清洁生产推广' });
    // The project cells an added row's name and value come from.
    expect([watched['表4'].D16, watched['表4'].F16]).toEqual([{ value: '高新技术企业认定数量' }, { value: '15个' }]);
  });

  test('the record: a very hidden sheet and a name per written row, pointing at its 三级 cell', () => {
    const names = r.plan.ops.filter((o): o is Extract<EditOp, { kind: 'addName' }> => o.kind === 'addName');
    expect(names.map((n) => [n.name, n.ref])).toEqual([
      [SUMMARY_NAME, "'项目支出汇总'!$A$1"],
      ['_jixiao_f_1', "'表1'!$D$35"],
      ['_jixiao_f_2', "'表1'!$D$48"],
      ['_jixiao_f_3', "'表1'!$D$49"],
    ]);
    expect(r.plan.ops).toContainEqual({ kind: 'sheetVisibility', sheet: FILL_STORE_SHEET, visibility: 'veryHidden' });
  });

  test('the order a cut write leaves harmless: summary sheet, record, then the forms; names right after the rows', () => {
    const ops = r.plan.ops;
    const where = (f: (o: EditOp) => boolean) => ops.findIndex(f);
    const ours = (o: EditOp) => 'sheet' in o && ['项目支出汇总', FILL_STORE_SHEET].includes(o.sheet);
    const firstOutside = where((o) => o.kind !== 'addName' && !ours(o));
    const summaryBuilt = ops.filter((o) => 'sheet' in o && o.sheet === '项目支出汇总').length;
    expect(ops.slice(0, summaryBuilt).every((o) => 'sheet' in o && o.sheet === '项目支出汇总')).toBe(true);
    expect(where((o) => o.kind === 'values' && o.sheet === FILL_STORE_SHEET)).toBeLessThan(firstOutside);
    expect(where((o) => o.kind === 'addName' && o.name === SUMMARY_NAME)).toBeLessThan(firstOutside);
    const lastInsert = ops.map((o) => o.kind).lastIndexOf('insertRows');
    expect(ops.slice(lastInsert + 1, lastInsert + 4).map((o) => (o.kind === 'addName' ? o.name : o.kind))).toEqual([
      '_jixiao_f_1',
      '_jixiao_f_2',
      '_jixiao_f_3',
    ]);
    // 项目支出 refers to the summary sheet: written last, after its format.
    expect(ops.slice(-2).map((o) => o.kind)).toEqual(['style', 'formula']);
  });

  test('filling again changes nothing', () => {
    const again = planFill(after);
    expect(again.changes).toEqual([]);
    expect(again.plan.ops).toEqual([]);
    expect(again.summarySheet).toBe('项目支出汇总');
  });
});

describe('blocks the department table lacks', () => {
  const { wb, header: h } = partialBook();
  const r = planFill(wb);
  const after = simulatePlan(wb, r.plan);
  const table = () => {
    const s = findSheet(after, '部门')!;
    return Array.from({ length: 9 }, (_, i) => s.values[h + i - s.origin.row]);
  };

  test('go where the fixed order puts them, the 一级 label moving up to a new first block', () => {
    expect(table()).toEqual([
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      ['', '成本指标', '经济成本指标', '人均成本', '≤500元'],
      ['', '产出指标', '数量指标', '新增企业数', '≥5家'],
      ['', '', '质量指标', '验收合格率', '≥95%'],
      ['', '', '', '资金使用合规性', '是'],
      ['', '', '', '培训合格率', '≥90%'],
      ['', '', '时效指标', '完成及时率', '100%'],
      ['', '效益指标', '社会效益指标', '受益人数', '≥100人'],
      ['', '满意度指标', '服务对象满意度指标', '企业满意度', '≥90%'],
    ]);
  });

  test('merged labels are unmerged first and merged again over their grown rows', () => {
    const merges = r.plan.ops.filter((o) => o.kind === 'merge' || o.kind === 'unmerge' || o.kind === 'insertRows');
    expect(merges.filter((o) => o.sheet === '部门')).toEqual([
      { kind: 'unmerge', sheet: '部门', address: `A${h}:A${h + 4}` },
      { kind: 'unmerge', sheet: '部门', address: `B${h + 1}:B${h + 3}` },
      { kind: 'unmerge', sheet: '部门', address: `C${h + 1}:C${h + 2}` },
      { kind: 'insertRows', sheet: '部门', at: h + 4, count: 1 },
      { kind: 'insertRows', sheet: '部门', at: h + 3, count: 1 },
      { kind: 'insertRows', sheet: '部门', at: h + 1, count: 2 },
      { kind: 'merge', sheet: '部门', address: `A${h}:A${h + 8}` },
      { kind: 'merge', sheet: '部门', address: `B${h + 2}:B${h + 6}` },
      { kind: 'merge', sheet: '部门', address: `C${h + 3}:C${h + 5}` },
    ]);
  });

  test('conflicts: projects disagreeing (largest 当年度金额 kept), a project against the department’s row', () => {
    const conflicts = r.findings.filter((f) => f.rule === 'fill.value-conflict');
    expect(conflicts.map((f) => [f.cell, f.message])).toEqual([
      [`E${h + 2}`, '「新增企业数」在各表中的指标值不一致（P1为「≥5家」、P2为「≥6家」），汇总保留了「≥5家」，请核实。'],
      [`E${h + 3}`, '「验收合格率」在各表中的指标值不一致（部门为「≥95%」、P1为「≥98%」），汇总保留了 ≥95%，请核实。'],
    ]);
  });

  test('what still does not add up is listed: 项目支出 is now 15', () => {
    expect(at(after, '部门', 'C6')).toBe(15);
    expect(r.findings.filter((f) => f.rule === 'amount.balance').map((f) => [f.cell, f.severity])).toEqual([
      ['E5', 'error'],
    ]);
  });

  test('filling again changes nothing', () => {
    expect(planFill(after).plan.ops).toEqual([]);
  });
});

describe('refused', () => {
  const [dept, p1] = seedForms();
  test('no department form', () => {
    const err = (() => {
      try {
        planFill(bookOf([sheet('表2', p1)]));
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(FillRefusedError);
    expect((err as FillRefusedError).reason).toBe('no-department');
    expect(describeError(err, 'zh-CN')).toBe(
      '工作簿中没有部门整体预算绩效目标申报表，无法汇总。请先插入或粘贴部门整体申报表，工作簿未作任何修改。',
    );
  });

  test('several department forms, named', () => {
    const wb = bookOf([sheet('表1', dept), sheet('表2', p1), sheet('另一部门', dept)]);
    expect(() => planFill(wb)).toThrow(FillRefusedError);
    try {
      planFill(wb);
    } catch (e) {
      expect((e as FillRefusedError).sheets).toEqual(['表1', '另一部门']);
      expect(describeError(e, 'zh-CN')).toContain('（「表1」、「另一部门」）');
      expect(describeError(e, 'en-US')).toMatch(/several department forms \(.*表1.*另一部门.*\)/);
    }
  });

  test('no project form', () => {
    expect(() => planFill(bookOf([sheet('表1', dept)]))).toThrow(expect.objectContaining({ reason: 'no-projects' }));
  });

  test('a record written by a newer version', () => {
    const store = { ...sheet(FILL_STORE_SHEET, 'jixiao-forms fill\t2'), visibility: 'veryHidden' as const };
    expect(() => planFill(bookOf([sheet('表1', dept), sheet('表2', p1), store]))).toThrow(
      expect.objectContaining({ reason: 'store-newer-version', sheets: [FILL_STORE_SHEET] }),
    );
  });
});

describe('amounts', () => {
  const department = departmentText({ project: '0' });

  test('with a 一级项目 form and 二级项目 forms, the 合计 adds the 二级 rows only; the 一级 row is listed below it', () => {
    const wb = bookOf([
      sheet('部门', department),
      sheet('一级', projectText({ projectName: '总项目', level: '一级项目', total: '30', annual: '30' })),
      sheet('甲', projectText({ projectName: '甲', total: '10', annual: '10' })),
      sheet('乙', projectText({ projectName: '乙', total: '8', annual: '7.5' })),
    ]);
    const r = planFill(wb);
    const after = simulatePlan(wb, r.plan);
    const col = (c: string) =>
      [3, 4, 5, 6, 7].map(
        (row) => formulaAt(after, '项目支出汇总', `${c}${row}`) ?? at(after, '项目支出汇总', `${c}${row}`),
      );
    expect(col('A')).toEqual(['甲', '乙', '合计', '以下一级项目的金额由其所属二级项目组成，不计入合计：', '总项目']);
    expect(col('G')).toEqual(["='甲'!F7", "='乙'!F7", '=SUM(G3:G4)', '', "='一级'!F7"]);
    expect(at(after, '项目支出汇总', 'G5')).toBe(17.5);
    expect(r.changes.find((c) => c.kind === 'project-expenditure')).toMatchObject({
      after: "='项目支出汇总'!G5",
      result: 17.5,
    });
    expect(r.plan.ops).toContainEqual({ kind: 'merge', sheet: '项目支出汇总', address: 'A6:H6' });
  });

  test('a form in 元: the formula divides by 10000, a text amount becomes a number of 元', () => {
    const yuan = projectText({ projectName: '元项目', total: '100000', annual: '50,000元' }).replace(
      '# 项目支出绩效目标申报表',
      '# 项目支出绩效目标申报表\n金额单位：元',
    );
    const wb = bookOf([sheet('部门', department), sheet('元', yuan)]);
    const r = planFill(wb);
    expect(r.changes.filter((c) => c.kind === 'amount').map(brief)).toEqual([['元!F8', '50,000元', 50000]]);
    const after = simulatePlan(wb, r.plan);
    expect(formulaAt(after, '项目支出汇总', 'F3')).toBe("='元'!D8/10000");
    expect([at(after, '项目支出汇总', 'F3'), at(after, '项目支出汇总', 'G3'), at(after, '部门', 'C6')]).toEqual([
      10, 5, 5,
    ]);
  });

  test('a 当年度金额 that is not an amount: 项目支出 is left alone and the notice says why', () => {
    const wb = bookOf([
      sheet('部门', department),
      sheet('甲', projectText({ projectName: '甲', total: '10', annual: '10' })),
      sheet('乙', projectText({ projectName: '乙', total: '待定', annual: '待定' })),
    ]);
    const r = planFill(wb);
    expect(r.notices).toEqual([{ kind: 'expenditure-not-written', reason: 'amounts-unreadable', sheets: ['乙'] }]);
    expect(r.changes.some((c) => c.kind === 'project-expenditure')).toBe(false);
    expect(r.plan.ops.some((o) => (o.kind === 'formula' || o.kind === 'values') && o.sheet === '部门')).toBe(false);
    const after = simulatePlan(wb, r.plan);
    expect([at(after, '项目支出汇总', 'G4'), at(after, '项目支出汇总', 'G5')]).toEqual(['待定', 10]);
    expect(r.findings.filter((f) => f.rule === 'project.amounts').map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '乙!D7',
      '乙!F7',
    ]);
  });
});

describe('the summary sheet is ours by the record, never by its name', () => {
  const dept = departmentText({ project: '0' });
  const users = sheet('项目支出汇总', '我的汇总\t自己写的');
  const wb = bookOf([sheet('部门', dept), users, sheet('甲', projectText({ projectName: '甲' }))]);
  const r = planFill(wb);

  test('a user’s sheet of that name is not touched; ours gets a unique name', () => {
    expect(r.summarySheet).toBe('项目支出汇总 (2)');
    expect(r.plan.ops.some((o) => 'sheet' in o && o.sheet === '项目支出汇总')).toBe(false);
    expect(r.changes.find((c) => c.kind === 'project-expenditure')?.after).toBe("='项目支出汇总 (2)'!G4");
  });

  test('filled again after the user renamed ours: refreshed in place, no second copy', () => {
    const after = simulatePlan(wb, r.plan);
    // Excel renames the references to the sheet too.
    const rename = (f: string) => f.replace("'项目支出汇总 (2)'", '汇总表');
    const renamed: WorkbookSnapshot = {
      ...after,
      sheets: after.sheets.map((s) => ({
        ...s,
        name: s.name === '项目支出汇总 (2)' ? '汇总表' : s.name,
        formulas: Object.fromEntries(Object.entries(s.formulas).map(([a1, f]) => [a1, rename(f)])),
      })),
      names: Object.fromEntries(
        Object.entries(after.names!).map(([n, ref]) => [n, ref.replace("'项目支出汇总 (2)'", '汇总表')]),
      ),
    };
    const edited = simulatePlan(renamed, {
      preconditions: [],
      ops: [{ kind: 'values', sheet: '甲', address: 'F7', values: [[12]] }],
    });
    const again = planFill(edited);
    expect(again.summarySheet).toBe('汇总表');
    expect(again.plan.ops.some((o) => o.kind === 'addSheet')).toBe(false);
    // The formulas stay; the results they carry are refreshed (the project's amount changed).
    expect(again.changes.map(brief)).toEqual([
      ['汇总表!G3', "='甲'!F7", "='甲'!F7", 12],
      ['汇总表!G4', '=SUM(G3)', '=SUM(G3)', 12],
      ['部门!C6', '=汇总表!G4', "='汇总表'!G4", 12],
    ]);
  });
});

describe('filling again after the projects changed', () => {
  const { wb } = partialBook();
  const first = simulatePlan(wb, planFill(wb).plan);
  // P2 drops 培训合格率; the user types a row of their own into the department table and edits the
  // value of a row 汇总 wrote.
  const p2 = findSheet(first, 'P2')!;
  const p2Row = p2.values.findIndex((line) => line.includes('培训合格率')) + p2.origin.row;
  const dept = findSheet(first, '部门')!;
  const rowOfName = (name: string) => dept.values.findIndex((line) => line.includes(name)) + dept.origin.row;
  const edited = simulatePlan(first, {
    preconditions: [],
    ops: [
      { kind: 'values', sheet: 'P2', address: `D${p2Row}`, values: [['', '', '']] },
      { kind: 'values', sheet: '部门', address: `E${rowOfName('新增企业数')}`, values: [['≥7家']] },
    ],
  });
  const r = planFill(edited);

  test('the row 汇总 wrote and no project gives is emptied, its record and name dropped', () => {
    const row = rowOfName('培训合格率');
    expect(r.changes.map(brief)).toEqual([
      [`部门!D${row}`, '培训合格率', ''],
      [`部门!E${row}`, '≥90%', ''],
    ]);
    expect(r.plan.ops).toContainEqual({ kind: 'deleteName', name: '_jixiao_f_3' });
  });

  test('a row whose value the user changed is the user’s now: kept, and compared with the projects', () => {
    expect(r.plan.ops).toContainEqual({ kind: 'deleteName', name: '_jixiao_f_2' });
    const conflict = r.findings.find((f) => f.rule === 'fill.value-conflict' && f.indicator === '新增企业数');
    expect(conflict?.message).toBe(
      '「新增企业数」在各表中的指标值不一致（部门为「≥7家」、P1为「≥5家」、P2为「≥6家」），汇总保留了「≥7家」，请核实。',
    );
    const after = simulatePlan(edited, r.plan);
    expect(at(after, '部门', `E${rowOfName('新增企业数')}`)).toBe('≥7家');
    expect(planFill(after).plan.ops).toEqual([]);
  });
});
