import { snapshotFromText } from '../../../src/core/forms';
import { clipboardInput, planImport, type ImportedProjectForm, type ImportNote } from '../../../src/core/import';
import { readFixture, seedForms, workbookOf } from '../../fixtures/forms/seedForms';

const note = (n: ImportNote) => [n.location, n.form, n.label, n.text, n.reason];

describe('the seed pasted as one text', () => {
  const preview = planImport([{ kind: 'text', source: 'seed.txt', text: readFixture('seed.txt') }]);

  test('four forms, split at their titles, each with its sheet name, counts and place in the text', () => {
    expect(preview.forms.map((f) => [f.kind, f.name, f.sheet, f.indicatorCount, f.fieldCount, f.source, f.location])).toEqual([
      ['department', '吴中市科工贸和信息化局', '部门整体', 25, 33, 'seed.txt', '第3行至第55行'],
      ['project', '业务工作经费', '业务工作经费', 22, 11, 'seed.txt', '第57行至第100行'],
      ['project', '非转经工作经费（当年）', '非转经工作经费（当年）', 8, 11, 'seed.txt', '第102行至第132行'],
      ['project', '科技月活动经费', '科技月活动经费', 6, 11, 'seed.txt', '第136行至第164行'],
    ]);
    expect(preview.forms.map((f) => f.locationEn)).toEqual(['lines 3–55', 'lines 57–100', 'lines 102–132', 'lines 136–164']);
    // Every note says where it was, and why, in English too.
    for (const n of preview.unplaced) {
      expect(n.locationEn).toMatch(/^(?:line \d+, column \d+|)$/);
      expect(n.detailEn === undefined).toBe(n.detail === undefined);
    }
  });

  test('the department form: 本级 from its title, amounts as numbers, markup removed, key tasks', () => {
    const dept = preview.forms[0];
    if (dept.kind !== 'department') throw new Error('not a department form');
    expect(dept.level).toBe('市');
    const { overallGoal, keyTasks, indicators, ...rest } = dept.fields;
    expect(rest).toEqual({
      departmentName: '吴中市科工贸和信息化局',
      fundedStaff: 101,
      subordinateUnits: 1,
      basicExpenditure: 739.02,
      projectExpenditure: 34.35,
      fiscalAppropriation: 773.37,
      ownLevelFunds: 773.37,
      otherTasks: '任务1:',
    });
    expect(overallGoal).toMatch(/^本年度我局主要是严格按照财政要求, .*全市规上工业增加值保持增长的目标。$/);
    expect(keyTasks?.map((t) => [t.name, t.plannedFunds])).toEqual([
      ['外经贸工作', 3],
      ['经济运行与工业发展工作', 3],
      ['中小企业服务工作', 3],
      ['科技工作', 3],
      ['循环经济工作', 1.5],
      ['商贸工作', 3],
    ]);
    expect(keyTasks?.[0].expectedResult).toBe('完成一般贸易进出口保持增长和年新设外贸项目数的目标任务。');
    expect(indicators?.filter((i) => i.subcategory === '生态效益指标')).toEqual([
      { category: '效益指标', subcategory: '生态效益指标', name: '生态环境改善', target: '比上年改善' },
      { category: '效益指标', subcategory: '生态效益指标', name: '清洁生产推广', target: '起到积极推广作用' },
    ]);
  });

  test('the only text not placed is the second project form’s third value column', () => {
    const form = '非转经工作经费（当年）';
    expect(preview.unplaced.map(note)).toEqual([
      ['第118行第7列', form, '采购规范性', '符合规范', 'extra-value'],
      ['第119行第7列', form, '资金使用合规性', '符合规定', 'extra-value'],
      ['第120行第7列', form, '资金执行情况', '大于95%', 'extra-value'],
      ['第121行第6列', form, '年度资金支出进度（%）', '98%以上', 'extra-value'],
      ['第122行第7列', form, '预算资金执行率', '98%以上', 'extra-value'],
      ['第123行第7列', form, '资金使用是否发生重大违规违纪问题', '否', 'extra-value'],
      ['第126行第7列', form, '租用国有资产群众满意度（%）', '95%以上', 'extra-value'],
    ]);
    expect(preview.unplaced.every((n) => n.source === 'seed.txt')).toBe(true);
  });

  test('a county’s department form keeps its 本级: 县级 title and 县本级使用资金', () => {
    const county = seedForms()[0].replace('市级部门整体', '县级部门整体').replace('市本级使用资金', '县本级使用资金').replace('市级一级预算单位', '县级一级预算单位');
    const p = planImport([{ kind: 'text', source: 'county.txt', text: county }]);
    expect(p.forms.map((f) => (f.kind === 'department' ? [f.level, f.fields.ownLevelFunds] : null))).toEqual([['县', 773.37]]);
    expect(p.unplaced).toEqual([]);
    const untitled = planImport([{ kind: 'text', source: 'u.txt', text: county.replace(/^# .*$/m, '') }]);
    expect(untitled.forms[0].kind === 'department' && untitled.forms[0].level).toBe('县');
  });

  test('sheet names avoid the names given and each other', () => {
    const twice = planImport(
      [
        { kind: 'text', source: 'a.txt', text: seedForms()[3] },
        { kind: 'text', source: 'b.txt', text: seedForms()[3] },
        { kind: 'text', source: 'c.txt', text: seedForms()[0] },
      ],
      { takenSheets: ['科技月活动经费', '部门整体'] },
    );
    expect(twice.forms.map((f) => f.sheet)).toEqual(['科技月活动经费 (2)', '科技月活动经费 (3)', '部门整体 (2)']);
  });
});

describe('the Shanghai (普陀区) layout', () => {
  const text = readFixture('example-shanghai-putuo.txt');
  const preview = planImport([{ kind: 'text', source: '普陀.txt', text }]);
  const form = preview.forms[0] as ImportedProjectForm;

  test('maps its labels onto the standard fields, amounts from 元 to 万元', () => {
    expect(preview.forms).toHaveLength(1);
    const { indicators, ...fields } = form.fields;
    expect(fields).toEqual({
      projectName: '兰溪路-真南路下立交工程',
      projectType: '特定目标类',
      supervisingDepartment: '上海市普陀区建设和管理委员会',
      spendingUnit: '上海市普陀区市政工程建设中心',
      startYear: 2026,
      endYear: 2027,
      totalBudget: 77132.58,
      annualBudget: 22614.51,
      periodGoal: '为居民出行提供快速便捷的通道，完善、提高了路网服务功能分流中环路的交通压力、强化铁路两侧的片区的交通联系，支撑区域一体化发展。',
      annualGoal: '积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。',
    });
    expect(indicators).toHaveLength(9);
  });

  test('a multi-year project with one value column: values to 当年度, 实施周期 left empty and noted', () => {
    expect(form.fields.indicators?.map((i) => [i.subcategory, i.name, i.periodTarget, i.annualTarget])).toEqual([
      ['生态环境成本指标', '文明施工情况', '', '可控'],
      ['数量指标', '道路建设长度', '', '985米'],
      ['质量指标', '项目验收达标率', '', '=100.00(%)'],
      ['时效指标', '项目完成及时性', '', '及时'],
      ['社会效益指标', '道路安全隐患减少情况', '', '减少'],
      ['社会效益指标', '道路景观提升情况', '', '提升'],
      ['社会效益指标', '道路通行能力提升情况', '', '提升'],
      ['可持续影响指标', '长效管理制度健全性', '', '健全'],
      ['服务对象满意度指标', '居民群众满意度', '', '≥90.00(%)'],
    ]);
  });

  test('what the standard form has no place for is listed, amounts with their value in 万元', () => {
    const sheet = '兰溪路-真南路下立交工程';
    expect(preview.unplaced.map((n) => [...note(n), n.detail])).toEqual([
      ['第1行第1列', sheet, '标题', '财政项目支出绩效目标申报表（2026年度）', 'title', '已换为标准表标题「项目支出绩效目标申报表」'],
      ['第11行第4列', sheet, '年度(/项目)指标值', '', 'single-value-column', '原表只有一列指标值，已填入「当年度指标值」；「实施周期指标值」请补填'],
      ['第4行第2列', sheet, '项目性质', '阶段性项目', 'no-field', undefined],
      ['第7行第4列', sheet, '其中：财政资金', '771,325,800.00', 'no-field', '金额单位：元，合 77,132.58 万元'],
      ['第7行第6列', sheet, '其他资金', '0', 'no-field', '金额单位：元，合 0.00 万元'],
      ['第8行第4列', sheet, '其中：当年财政拨款', '226,145,100.00', 'no-field', '金额单位：元，合 22,614.51 万元'],
      ['第8行第6列', sheet, '上年结转资金', '0', 'no-field', '金额单位：元，合 0.00 万元'],
      ['第8行第8列', sheet, '其他资金', '0', 'no-field', '金额单位：元，合 0.00 万元'],
    ]);
  });

  test('a single-year project with one value column gets the value in both columns', () => {
    const single = planImport([{ kind: 'text', source: 's.txt', text: text.replace('2027/12/31', '2026/12/31') }]);
    const f = single.forms[0] as ImportedProjectForm;
    expect(f.fields.indicators?.[1]).toMatchObject({ name: '道路建设长度', periodTarget: '985米', annualTarget: '985米' });
    expect(single.unplaced.map((n) => n.reason)).not.toContain('single-value-column');
  });
});

describe('what cannot be placed is listed, never dropped', () => {
  const project = seedForms()[3];

  test('an indicator under an unknown 二级 is listed with its values, not imported', () => {
    const text = project.replace('\t\t质量指标\t科技型中小企业入库\t25个\t25个', '\t\t经营指标\t科技型中小企业入库\t25个\t26个');
    const preview = planImport([{ kind: 'text', source: 'x.txt', text }]);
    expect(preview.forms[0].indicatorCount).toBe(5);
    expect(preview.unplaced.map(note)).toEqual([
      ['第17行第3列', '科技月活动经费', '一级/二级指标', '经营指标', 'unknown-hierarchy-name'],
      ['第17行第4列', '科技月活动经费', '产出指标 / 经营指标', '科技型中小企业入库', 'unknown-subcategory'],
      ['第17行第5列', '科技月活动经费', '科技型中小企业入库（实施周期指标值）', '25个', 'unknown-subcategory'],
      ['第17行第6列', '科技月活动经费', '科技型中小企业入库（当年度指标值）', '26个', 'unknown-subcategory'],
    ]);
  });

  test('several names in a cell that do not pair with the values stay whole and are listed', () => {
    const text = project.replace('企业或个人投诉率\t小于5%\t小于5%', '企业或个人投诉率 企业满意度\t小于5%\t小于5% 大于 90%');
    const preview = planImport([{ kind: 'text', source: 'x.txt', text }]);
    expect(preview.forms[0].fields.indicators?.at(-1)).toMatchObject({
      name: '企业或个人投诉率 企业满意度',
      periodTarget: '小于5%',
      annualTarget: '小于5% 大于 90%',
    });
    expect(preview.unplaced.map((n) => [...note(n), n.detail])).toEqual([
      ['第23行第4列', '科技月活动经费', '服务对象满意度指标', '企业或个人投诉率 企业满意度', 'kept-whole', '指标值：小于5% | 小于5% 大于 90%'],
    ]);
  });

  test('text outside the forms, unknown rows inside, and 备注 lines of its own are listed', () => {
    const text = [
      '附件2',
      project.replace('项目概述\t\t用于科技工作的工作经费。', '项目概述\t\t用于科技工作的工作经费。\n\t\t\t\t\t审核人：李四'),
      '3. 本表用于在“一上”和“二上”阶段填报项目支出绩效目标或修订完善已入库项目的绩效目标。',
      '4. 各单位于 3 月底前报送。',
    ].join('\n');
    const preview = planImport([{ kind: 'text', source: 'x.txt', text }]);
    expect(preview.forms).toHaveLength(1);
    expect(preview.unplaced.map(note)).toEqual([
      ['第11行第6列', '科技月活动经费', '', '审核人：李四', 'unlabelled'],
      ['第35行第1列', '科技月活动经费', '备注', '4. 各单位于 3 月底前报送。', 'remark'],
      ['第1行第1列', null, '', '附件2', 'outside-form'],
    ]);
  });

  test('an input without a form is one note; an empty input none', () => {
    const preview = planImport([
      { kind: 'text', source: 'memo.txt', text: '会议纪要\t2025年\n请各单位按时报送' },
      { kind: 'text', source: 'empty.txt', text: '\n\n' },
    ]);
    expect(preview.forms).toEqual([]);
    expect(preview.unplaced.map((n) => [n.source, n.text, n.reason])).toEqual([['memo.txt', '会议纪要', 'no-form']]);
  });
});

describe('other inputs', () => {
  test('a workbook: forms on its visible sheets; hidden and add-in sheets listed as not read', () => {
    const sheets = [
      snapshotFromText(seedForms()[1], { sheetName: '项目1' }),
      { ...snapshotFromText(seedForms()[2], { sheetName: '旧表' }), visibility: 'hidden' as const },
      snapshotFromText('序号\t说明\n1\t见附件', { sheetName: '导入说明' }),
      snapshotFromText('联系人\t王五', { sheetName: '封面' }),
      { ...snapshotFromText('x', { sheetName: 'jixiao_marks' }), visibility: 'veryHidden' as const },
    ];
    const preview = planImport([{ kind: 'workbook', source: 'in.xlsx', workbook: workbookOf(sheets) }]);
    expect(preview.forms.map((f) => [f.name, f.location, f.locationEn])).toEqual([['业务工作经费', '项目1!1:44', '项目1!1:44']]);
    expect(preview.unplaced.map((n) => [n.location, n.text, n.reason, n.detail])).toEqual([
      ['旧表', '旧表', 'sheet-skipped', '隐藏的工作表，未读取'],
      ['导入说明', '导入说明', 'sheet-skipped', '加载项生成的工作表，未读取'],
      ['封面', '联系人', 'no-form', expect.stringMatching(/^没有找到/)],
    ]);
    expect(preview.unplaced.map((n) => n.detailEn)).toEqual([
      'a hidden sheet, not read',
      'a sheet the add-in made, not read',
      expect.stringMatching(/^No department or project performance target form was found/),
    ]);
  });

  test('CSV: a seed form saved as CSV imports like the text', () => {
    // A CSV has no Markdown heading: the title is a plain first field.
    const csv = seedForms()[3]
      .replace(/^## /, '')
      .split('\n')
      .map((line) => line.split('\t').map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(','))
      .join('\r\n');
    const fromCsv = planImport([{ kind: 'csv', source: 'p.csv', text: `\uFEFF${csv}` }]);
    const fromText = planImport([{ kind: 'text', source: 'p.csv', text: seedForms()[3] }]);
    expect(fromCsv).toEqual(fromText);
    expect(fromCsv.forms[0].indicatorCount).toBe(6);
  });

  test('the clipboard: HTML when it holds a table, else the plain text', () => {
    expect(clipboardInput({ text: 'a\tb', html: '<table><tr><td>a</td></tr></table>' })).toEqual({
      kind: 'html',
      source: '剪贴板',
      html: '<table><tr><td>a</td></tr></table>',
    });
    expect(clipboardInput({ text: 'a\tb', html: '<p>a b</p>' })).toEqual({ kind: 'text', source: '剪贴板', text: 'a\tb' });
    expect(clipboardInput({})).toEqual({ kind: 'text', source: '剪贴板', text: '' });
  });
});

describe('more rows than one form holds', () => {
  test('indicators past 1,000 under one 二级 and key tasks past 200 are listed, not imported', () => {
    const rows = Array.from({ length: 1002 }, (_, i) => `\t\t\t指标${i + 1}\t${i + 1}个\t${i + 1}个`);
    const project = seedForms()[3].replace('\t高新技术企业认定数量\t15个\t15个', ['\t高新技术企业认定数量\t15个\t15个', ...rows].join('\n'));
    expect(project).toContain('指标1002');
    const p = planImport([{ kind: 'text', source: 'big.txt', text: project }]);
    expect(p.forms[0].fields.indicators?.filter((i) => i.subcategory === '数量指标')).toHaveLength(1000);
    expect(p.unplaced.map((n) => [n.label, n.text, n.reason])).toEqual([
      ['数量指标', '指标1000 | 1000个 | 1000个', 'too-many-rows'],
      ['数量指标', '指标1001 | 1001个 | 1001个', 'too-many-rows'],
      ['数量指标', '指标1002 | 1002个 | 1002个', 'too-many-rows'],
    ]);

    // 196 tasks in place of the first, then the seed's other five: the last (商贸工作) is the 201st.
    const tasks = Array.from({ length: 196 }, (_, i) => `\t任务${i + 1}\t内容\t1\t目标`);
    const dept = seedForms()[0].replace(/\t外经贸工作\t[^\n]*\n/, `${tasks.join('\n')}\n`);
    expect(dept).toContain('任务196');
    const d = planImport([{ kind: 'text', source: 'dept.txt', text: dept }]);
    const form = d.forms[0];
    if (form.kind !== 'department') throw new Error('not a department form');
    expect(form.fields.keyTasks).toHaveLength(200);
    expect(form.fields.keyTasks?.at(-1)?.name).toBe('循环经济工作');
    expect(d.unplaced.filter((n) => n.reason === 'too-many-rows').map((n) => [n.label, n.text])).toEqual([
      ['名称', '商贸工作'],
      ['主要实施内容', expect.stringMatching(/^该项工作主要是到乡镇走访企业/)],
      ['拟投入的资金(万元)', '3'],
      ['期望达到的目标(概述)', '社会消费品零售总额保持增长。'],
    ]);
  });
});
