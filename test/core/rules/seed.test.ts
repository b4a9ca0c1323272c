import type { Finding } from '../../../src/core/findings';
import { validateWorkbook } from '../../../src/core/rules';
import { seedWorkbook } from '../../fixtures/forms/seedForms';

/** The user's example workbook (test/fixtures/seed.txt): 表1 department form, 表2–表4 project forms. */
const { findings } = validateWorkbook(seedWorkbook());

function line(f: Finding): string {
  return `${f.severity} ${f.rule} ${f.sheet}!${f.cell} [${f.cells.join(',')}]`;
}

function find(rule: string, sheet: string, cell: string): Finding {
  const f = findings.find((x) => x.rule === rule && x.sheet === sheet && x.cell === cell);
  if (!f) throw new Error(`no ${rule} at ${sheet}!${cell}`);
  return f;
}

describe('the seed workbook', () => {
  it('gives exactly these findings, in reading order', () => {
    expect(findings.map(line)).toEqual([
      // 表1: the department form.
      'error project.department 表1!B5 [B5]',
      'info text.markup 表1!B13 [B13]',
      'warning value.cost-unit 表1!E24 [E24]',
      'warning value.degenerate 表1!E32 [E32]',
      'info value.qualitative 表1!E36 [E36]',
      'info value.qualitative 表1!E37 [E37]',
      'info value.process-indicator 表1!D42 [D42]',
      'info value.process-indicator 表1!D44 [D44]',
      'info text.whitespace 表1!D46 [D46]',
      'warning value.vague 表1!E46 [E46]',
      'info text.whitespace 表1!E46 [E46]',
      'info text.whitespace 表1!C47 [C47]',
      // 表2: 业务工作经费 (rows from 24 on sit one column left, as in the seed).
      'warning value.cost-unit 表2!F13 [F13,E13]',
      'warning value.degenerate 表2!F21 [F21,E21]',
      'info value.qualitative 表2!E25 [E25,D25]',
      'info value.qualitative 表2!E26 [E26,D26]',
      'info value.process-indicator 表2!C31 [C31]',
      'info department.coverage 表2!C34 [C34]',
      'warning value.vague 表2!E34 [E34,D34]',
      'info department.coverage 表2!C35 [C35]',
      'warning value.vague 表2!E35 [E35,D35]',
      // 表3: 非转经工作经费（当年）.
      'warning value.cost-unit 表3!F13 [F13,E13]',
      'info value.qualitative 表3!F17 [F17,E17]',
      'info value.qualitative 表3!F18 [F18,E18]',
      'info value.process-indicator 表3!D21 [D21]',
      // 表4: 科技月活动经费.
      'warning value.cost-unit 表4!F13 [F13,E13]',
      'info department.coverage 表4!D16 [D16]',
      'info structure.similar 表4!D16 [D16]',
      'info value.process-indicator 表4!D19 [D19]',
      'info value.no-direction 表4!F19 [F19,E19]',
    ]);
  });

  it('points project.department at the department’s 部门名称 (吴中市 against three 吴川市 projects)', () => {
    expect(find('project.department', '表1', 'B5')).toMatchObject({
      severity: 'error',
      form: 0,
      indicator: '部门名称',
      value: '吴中市科工贸和信息化局',
      message:
        '「部门名称」为「吴中市科工贸和信息化局」，而 3 张项目申报表（表2、表3、表4）的「主管部门」均为「吴川市科工贸和信息化局」，两者不一致，请核实哪个名称正确并统一。',
    });
  });

  it('words the value findings with the indicator, the value and what to do', () => {
    expect(find('value.degenerate', '表2', 'F21').message).toBe(
      '「工业增加值」的实施周期和当年度指标值均为「大于0%」，只要大于零就算完成，起不到考核作用，请填写经测算的具体目标值。',
    );
    expect(find('value.vague', '表2', 'E34').message).toBe(
      '「生态环境改善」的实施周期和当年度指标值均为「比上年改善」，无法据此考核是否完成，请改为可衡量的目标，如具体数值、比率或「是/否」。',
    );
    expect(find('value.vague', '表2', 'E35').value).toBe('起到积极推广作用');
    expect(find('value.cost-unit', '表1', 'E24').message).toBe(
      '「财政资金投入成本」的指标值为「95%以上」，成本指标应填写金额（如「≤18.24万元」「≤500元/人」），请改为以元或万元表示的成本。',
    );
    expect(find('value.cost-unit', '表1', 'E24').messageEn).toBe(
      'The target of "财政资金投入成本" is "95%以上"; a cost indicator should be an amount (such as ≤18.24万元 or ≤500元/人), in 元 or 万元.',
    );
    expect(find('text.markup', '表1', 'B13').message).toBe(
      '「总体绩效目标」中留有网页标记「<p>」（多由网页系统复制而来），请删除标记，只保留文字。',
    );
    expect(find('structure.similar', '表4', 'D16').message).toBe(
      '「高新技术企业认定数量」与表1、表2中的「高新企业认定数量」只差几个字。若是同一指标，请统一名称（「汇总」按名称合并指标）。',
    );
    expect(find('value.no-direction', '表4', 'F19').message).toBe(
      '「预算资金执行率」的实施周期和当年度指标值均为 100%，没有写明是下限、上限还是等于，建议写成「=100%」。',
    );
  });

  it('finds the amounts consistent: 739.02 + 34.35 = 773.37, and 18.24 + 13.11 + 3 = 34.35', () => {
    expect(findings.filter((f) => f.rule.startsWith('amount.'))).toEqual([]);
  });
});
