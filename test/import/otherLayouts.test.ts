/**
 * Layouts other than ours, imported, saved and read back: the Shanghai (普陀区) form and a
 * hand-written HTML project form with rowspan and colspan.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ProjectForm } from '../../src/core/forms';
import { readFixture } from '../fixtures/forms/seedForms';
import { importThroughFile, type Imported } from './helpers';

describe('the Shanghai example', () => {
  let imported: Imported;
  beforeAll(async () => {
    imported = await importThroughFile([{ kind: 'text', source: '普陀.txt', text: readFixture('example-shanghai-putuo.txt') }]);
  });

  test('becomes one project form with its amounts in 万元 and its years', () => {
    expect(imported.recognition.forms.map((f) => [f.sheet, f.kind])).toEqual([['兰溪路-真南路下立交工程', 'project']]);
    const form = imported.recognition.forms[0] as ProjectForm;
    expect(form.title?.text).toBe('项目支出绩效目标申报表');
    expect(form.amountUnit).toBe('万元');
    expect([form.totalBudget.value, form.annualBudget.value, form.startYear.value, form.endYear.value]).toEqual([
      77132.58, 22614.51, 2026, 2027,
    ]);
    expect([form.projectName, form.projectType, form.projectLevel, form.supervisingDepartment, form.spendingUnit].map((f) => f.value)).toEqual([
      '兰溪路-真南路下立交工程',
      '特定目标类',
      null,
      '上海市普陀区建设和管理委员会',
      '上海市普陀区市政工程建设中心',
    ]);
    expect(form.periodGoal.value).toMatch(/^为居民出行提供快速便捷的通道/);
    expect(form.annualGoal.value).toBe('积极推进项目前期征收工作，年内开展管线搬迁及维护结构施工。');
  });

  test('all nine indicators in place, their values in 当年度指标值', () => {
    const form = imported.recognition.forms[0] as ProjectForm;
    expect(form.indicators.map((i) => [i.category.value, i.subcategory.value, i.name.value, i.periodTarget.value, i.annualTarget.value])).toEqual([
      ['成本指标', '生态环境成本指标', '文明施工情况', null, '可控'],
      ['产出指标', '数量指标', '道路建设长度', null, '985米'],
      ['产出指标', '质量指标', '项目验收达标率', null, '=100.00(%)'],
      ['产出指标', '时效指标', '项目完成及时性', null, '及时'],
      ['效益指标', '社会效益指标', '道路安全隐患减少情况', null, '减少'],
      ['效益指标', '社会效益指标', '道路景观提升情况', null, '提升'],
      ['效益指标', '社会效益指标', '道路通行能力提升情况', null, '提升'],
      ['效益指标', '可持续影响指标', '长效管理制度健全性', null, '健全'],
      ['满意度指标', '服务对象满意度指标', '居民群众满意度', null, '≥90.00(%)'],
    ]);
  });

  test('导入说明 holds the fields the standard form has no place for', () => {
    expect(imported.result.notesSheet).toBe('导入说明');
    const notes = imported.snapshot.sheets.find((s) => s.name === '导入说明')!;
    const content = notes.values.slice(3).map((row) => [row[4], row[5]]);
    expect(content).toEqual([
      ['标题', '财政项目支出绩效目标申报表（2026年度）'],
      ['年度(/项目)指标值', ''],
      ['项目性质', '阶段性项目'],
      ['其中：财政资金', '771,325,800.00'],
      ['其他资金', '0'],
      ['其中：当年财政拨款', '226,145,100.00'],
      ['上年结转资金', '0'],
      ['其他资金', '0'],
    ]);
  });
});

describe('an HTML project form with rowspan and colspan', () => {
  let imported: Imported;
  beforeAll(async () => {
    const html = readFileSync(join(__dirname, '../fixtures/import/project-rowspan.html'), 'utf8');
    imported = await importThroughFile([{ kind: 'html', source: 'project-rowspan.html', html }]);
  });

  test('its fields, text as shown (line breaks kept, tags and entities gone)', () => {
    const form = imported.recognition.forms[0] as ProjectForm;
    expect(imported.recognition.forms).toHaveLength(1);
    expect(
      [
        form.projectName,
        form.projectType,
        form.projectLevel,
        form.supervisingDepartment,
        form.spendingUnit,
        form.startYear,
        form.endYear,
        form.totalBudget,
        form.annualBudget,
        form.overview,
        form.periodGoal,
        form.annualGoal,
      ].map((f) => f.value),
    ).toEqual([
      '社区养老服务补贴',
      '专项类',
      '二级项目',
      '吴中市民政局',
      '吴中市养老服务中心',
      2025,
      2026,
      1200,
      600.5,
      '为辖区 65 周岁以上老人提供上门照护服务，\n并对社区养老服务站点给予运营补贴。',
      '两年内覆盖全市 12 个街道。',
      '当年覆盖 6 个街道，服务 3,000 人次。',
    ]);
  });

  test('its indicators under their 一级/二级 in the standard order, the joined row split in two', () => {
    const form = imported.recognition.forms[0] as ProjectForm;
    expect(form.indicators.map((i) => [i.subcategory.value, i.name.value, i.periodTarget.value, i.annualTarget.value])).toEqual([
      ['经济成本指标', '人均补贴标准', '≤4000元/人', '≤4000元/人'],
      ['数量指标', '服务老人人次', '≥6000人次', '≥3000人次'],
      ['数量指标', '覆盖街道数', '12个', '6个'],
      ['质量指标', '服务合格率', '≥95%', '≥95%'],
      ['时效指标', '补贴发放及时率', '100%', '100%'],
      ['社会效益指标', '老人生活质量改善情况', '明显改善', '有所改善'],
      ['生态效益指标', '环境友好', '符合要求', '符合要求'],
      ['生态效益指标', '节能降耗', '降低5%', '降低3%'],
      ['可持续影响指标', '长效服务机制建立情况', '建立', '初步建立'],
      ['服务对象满意度指标', '老人满意度', '≥90%', '≥90%'],
      ['服务对象满意度指标', '家属满意度', '≥85%', '≥85%'],
    ]);
  });

  test('the rows without a place are listed with their table cell', () => {
    expect(imported.preview.unplaced.map((n) => [n.location, n.label, n.text, n.reason])).toEqual([
      ['表格1第7行第4列', '其中：财政资金', '1,000.00', 'no-field'],
      ['表格1第7行第6列', '其他资金', '200.00', 'no-field'],
      ['第4段文字', '备注', '填报人：张三 联系电话：0512-12345678', 'remark'],
    ]);
    // The same places in English, and the form's place by its table.
    expect(imported.preview.unplaced.map((n) => n.locationEn)).toEqual([
      'table 1 row 7, column 4',
      'table 1 row 7, column 6',
      'paragraph 4',
    ]);
    expect(imported.preview.forms.map((f) => [f.location, f.locationEn])).toEqual([['表格1', 'table 1']]);
  });
});
