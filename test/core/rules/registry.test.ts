import { recognizeWorkbook } from '../../../src/core/forms';
import { RULES, RULE_IDS, resolveSettings, ruleById, valueConflictFinding } from '../../../src/core/rules';
import { entriesOf } from '../../../src/core/rules/entries';
import { seedWorkbook } from '../../fixtures/forms/seedForms';

/** Every id of RULES.md with its one severity. */
const EXPECTED: Record<string, string> = {
  'workbook.no-form': 'error',
  'structure.category': 'error',
  'structure.legacy-name': 'info',
  'structure.subcategory': 'error',
  'structure.required': 'error',
  'structure.cost': 'warning',
  'structure.missing-value': 'error',
  'structure.missing-name': 'error',
  'structure.placeholder': 'error',
  'structure.duplicate': 'warning',
  'structure.similar': 'info',
  'text.whitespace': 'info',
  'text.markup': 'info',
  'value.unrecognized': 'warning',
  'value.unit-missing': 'warning',
  'value.percent-range': 'error',
  'value.ocr-ge': 'warning',
  'value.direction': 'warning',
  'value.no-direction': 'info',
  'value.degenerate': 'warning',
  'value.vague': 'warning',
  'value.qualitative': 'info',
  'value.satisfaction-low': 'warning',
  'value.cost-unit': 'warning',
  'value.cost-exceeds': 'warning',
  'value.timeliness': 'warning',
  'value.frequency-context': 'info',
  'value.process-indicator': 'info',
  'value.deadline-after-end': 'error',
  'project.years': 'error',
  'project.amounts': 'error',
  'project.single-year-amounts': 'warning',
  'project.single-year-targets': 'warning',
  'project.annual-exceeds-period': 'warning',
  'project.period-goal': 'error',
  'project.department': 'error',
  'amount.negative': 'error',
  'amount.precision': 'info',
  'amount.balance': 'error',
  'amount.level-split': 'warning',
  'amount.development-funds': 'warning',
  'amount.project-sum': 'error',
  'amount.project-sum-short': 'warning',
  'amount.key-tasks': 'warning',
  'department.goal': 'error',
  'department.coverage': 'info',
  'fill.value-conflict': 'warning',
};

describe('the registry', () => {
  it('holds every rule of RULES.md once, in its order, with its severity', () => {
    expect(RULES.map((r) => r.id)).toEqual(Object.keys(EXPECTED));
    expect(RULE_IDS).toEqual(Object.keys(EXPECTED));
    expect(Object.fromEntries(RULES.map((r) => [r.id, r.severity]))).toEqual(EXPECTED);
  });

  it('gives every rule a Chinese and an English title', () => {
    for (const r of RULES) {
      expect(r.title.zh).toMatch(/\p{Script=Han}/u);
      expect(r.title.en).toMatch(/^[A-Z]/);
    }
    expect(ruleById('value.vague')?.title.zh).toBe('指标值表述无法考核');
    expect(ruleById('value.nothing')).toBeUndefined();
  });
});

describe('fill.value-conflict', () => {
  it('has no check of its own: validation never produces it', () => {
    const recognition = recognizeWorkbook(seedWorkbook());
    const settings = resolveSettings();
    const rule = ruleById('fill.value-conflict');
    expect(rule?.check({ recognition, settings, entries: entriesOf(recognition, settings) })).toEqual([]);
  });

  it('builds the summary fill’s finding', () => {
    expect(
      valueConflictFinding({
        sheet: '表1',
        cell: 'E27',
        form: 0,
        indicator: '高新技术企业认定数量',
        values: [
          { source: '业务工作经费', value: '15个' },
          { source: '科技月活动经费', value: '20个' },
        ],
        kept: '15个',
      }),
    ).toEqual({
      rule: 'fill.value-conflict',
      severity: 'warning',
      sheet: '表1',
      cell: 'E27',
      cells: ['E27'],
      form: 0,
      indicator: '高新技术企业认定数量',
      value: '15个',
      message:
        '「高新技术企业认定数量」在各表中的指标值不一致（业务工作经费为「15个」、科技月活动经费为「20个」），汇总保留了「15个」，请核实。',
      messageEn:
        '"高新技术企业认定数量" has different values (业务工作经费: "15个"; 科技月活动经费: "20个"); the summary kept "15个". Please check.',
    });
  });
});
