import { cellA1, parseCell, parseRange } from '../../../src/core/address';
import {
  recognizeSheet,
  recognizeWorkbook,
  snapshotFromText,
  type DepartmentForm,
  type Field,
  type Indicator,
  type ProjectForm,
  type TargetForm,
} from '../../../src/core/forms';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { insertBlankColumn, seedForms, workbookOf } from '../../fixtures/forms/seedForms';

const [DEPARTMENT, PROJECT_1, , PROJECT_3] = seedForms();

/** Where a cell of a form pasted at A1 lands when pasted at C5 with a blank column after the first. */
function moved(a1: string | null): string | null {
  if (a1 === null) return null;
  const { row, col } = parseCell(a1);
  return cellA1(row + 4, col === 1 ? 3 : col + 3);
}

function fieldView(f: Field<unknown>) {
  return { value: f.value, text: f.text, cell: f.cell, labelCell: f.labelCell };
}

/** Every field and indicator of a form, cells passed through `map`. */
function view(form: TargetForm, map: (a1: string | null) => string | null = (a) => a, rowShift = 0) {
  const f = (x: Field<unknown>) => ({ ...fieldView(x), cell: map(x.cell), labelCell: map(x.labelCell) });
  const indicators: Indicator[] = form.indicators;
  const keyTasks = form.kind === 'department' ? form.keyTasks : [];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(form)) {
    if (value && typeof value === 'object' && 'labelCell' in value) fields[key] = f(value as Field<unknown>);
  }
  const range = parseRange(form.range);
  return {
    kind: form.kind,
    title: form.title && { text: form.title.text, cell: map(form.title.cell) },
    range: `${map(cellA1(range.top, range.left))}:${map(cellA1(range.bottom, range.right))}`,
    fields,
    keyTasks: keyTasks.map((t) => [t.row + rowShift, f(t.name), f(t.content), f(t.plannedFunds), f(t.expectedResult)]),
    indicators: indicators.map((i) => ({
      row: i.row + rowShift,
      category: f(i.category),
      subcategory: f(i.subcategory),
      name: f(i.name),
      values: ('target' in i ? [i.target] : [i.periodTarget, i.annualTarget]).map(f),
      extra: i.extraValues.map(f),
      notes: i.notes,
    })),
    placeholders: form.placeholderRows.map((p) => [p.row + rowShift, f(p.category), f(p.subcategory)]),
  };
}

describe('where a form sits on its sheet', () => {
  it.each([0, 1, 2, 3])('seed form %i reads the same at C5 with an empty column after the first', (i) => {
    const text = seedForms()[i];
    const [atA1] = recognizeSheet(snapshotFromText(text));
    const shifted = recognizeSheet(snapshotFromText(insertBlankColumn(text), { originRow: 5, originCol: 3 }));
    expect(shifted).toHaveLength(1);
    const expected = view(atA1, moved, 4);
    expect(Object.keys(expected.fields)).toHaveLength(atA1.kind === 'department' ? 14 : 12);
    expect(expected.indicators.length).toBeGreaterThan(5);
    expect(view(shifted[0])).toEqual(expected);
  });

  it('spot check: the department form at C5 with the empty column D', () => {
    const [form] = recognizeSheet(snapshotFromText(insertBlankColumn(DEPARTMENT), { originRow: 5, originCol: 3 })) as DepartmentForm[];
    expect(form.range).toBe('C5:H57');
    expect(form.departmentName).toMatchObject({ value: '吴中市科工贸和信息化局', cell: 'E9', labelCell: 'C9' });
    expect(form.otherFunds).toMatchObject({ value: null, cell: 'H13' });
    expect(form.indicatorTable).toMatchObject({ headerRow: 27, labelCol: 3, categoryCol: 5, indicatorCol: 7 });
    const last = form.indicators[form.indicators.length - 1];
    expect([last.name.value, last.name.cell, last.target.cell]).toEqual(['租用国有资产群众满意度(%)', 'C53', 'G53']);
  });

  it('reads a form whose numbers were pasted as text', () => {
    const [form] = recognizeSheet(snapshotFromText(DEPARTMENT, { numbers: false })) as DepartmentForm[];
    expect(form.fundedStaff).toMatchObject({ value: 101, text: '101' });
    expect(form.basicExpenditure).toMatchObject({ value: 739.02, text: '739.02' });
    expect(form.keyTasks[4].plannedFunds).toMatchObject({ value: 1.5, text: '1.5' });
  });

  it('reads a county form with other spellings of the labels', () => {
    const county = DEPARTMENT.replace('# 市级', '# 县级')
      .replace('市本级使用资金', '县本级使用资金')
      .replace('部门名称', '部门名称：')
      .replace('财政供养人员数', '财政供养　人员数')
      .replace('基本支出\t', '基本支出（万元）\t');
    const [form] = recognizeSheet(snapshotFromText(county)) as DepartmentForm[];
    expect(form.title?.text).toBe('县级部门整体预算绩效目标申报表');
    expect(form.ownLevelFunds).toMatchObject({ value: 773.37, cell: 'E11', labelCell: 'D11' });
    expect(form.departmentName).toMatchObject({ value: '吴中市科工贸和信息化局', cell: 'B5' });
    expect(form.fundedStaff).toMatchObject({ value: 101, cell: 'C6' });
    expect(form.basicExpenditure).toMatchObject({ value: 739.02, cell: 'C8' });
  });
});

describe('several forms on one sheet', () => {
  it('splits at each title', () => {
    const forms = recognizeSheet(snapshotFromText(`${DEPARTMENT}\n\n${PROJECT_3}`));
    expect(forms.map((f) => [f.kind, f.range, f.title?.cell])).toEqual([
      ['department', 'A1:E53', 'A1'],
      ['project', 'A56:F84', 'A56'],
    ]);
    const project = forms[1] as ProjectForm;
    expect(project.projectName).toMatchObject({ value: '科技月活动经费', cell: 'C58' });
    expect(project.indicators.map((i) => i.row)).toEqual([68, 71, 72, 73, 74, 78]);
    // The department's table ends at its 备注, not at the next form.
    expect((forms[0] as DepartmentForm).indicatorTable?.lastRow).toBe(49);
  });

  it('splits at a repeated 项目名称 when the forms have no title', () => {
    const untitled = (t: string) => t.replace(/^#.*\n/, '');
    const forms = recognizeSheet(snapshotFromText(`${untitled(PROJECT_1)}\n${untitled(PROJECT_3)}`)) as ProjectForm[];
    expect(forms.map((f) => [f.range, f.title, f.projectName.value, f.projectName.cell, f.indicators.length])).toEqual([
      ['A2:F43', null, '业务工作经费', 'C2', 22],
      ['A46:F72', null, '科技月活动经费', 'C46', 6],
    ]);
  });
});

describe('merged cells', () => {
  // The seed's third project form as a workbook would hold it: labels merged over two columns,
  // values over the rest of the row, 一级 merged down their blocks.
  const MERGES = [
    'A1:F1',
    ...[3, 4, 5, 9].flatMap((r) => [`A${r}:B${r}`, `C${r}:F${r}`]),
    'A6:B6', 'E6:F6', 'A7:B7', 'A8:B8',
    'A10:B11', 'C10:D10', 'E10:F10', 'C11:D11', 'E11:F11',
    'A12:A23', 'B13:B15', 'B16:B18', 'B19:B22',
    'A25:F25', 'A27:F27', 'A29:F29',
  ];
  const text = PROJECT_3.replace('二级项目', '');

  it('reads the same form with and without its merges', () => {
    const withMerges = recognizeSheet(snapshotFromText(text, { merges: MERGES }));
    const without = recognizeSheet(snapshotFromText(text));
    expect(withMerges).toHaveLength(1);
    expect(withMerges).toEqual(without);
    // The emptied 项目等级 belongs in C5: after the merged label, or where the other labels of
    // column A keep their values.
    expect((withMerges[0] as ProjectForm).projectLevel).toEqual({ value: null, text: '', cell: 'C5', labelCell: 'A5' });
  });

  it('places empty values after a merged label; without merges, next to the label', () => {
    const blank = [
      '## 项目支出绩效目标申报表',
      '项目名称\t\t\t\t\t',
      '项目类型\t\t\t\t\t',
      '主管部门\t\t\t用款单位\t\t',
      '绩效指标\t一级指标\t二级指标\t三级指标\t实施周期指标值\t当年度指标值',
      '\t产出指标\t数量指标\t\t\t',
    ].join('\n');
    const merges = ['A1:F1', 'A2:B2', 'C2:F2', 'A3:B3', 'C3:F3', 'A4:B4', 'E4:F4'];
    const [merged] = recognizeSheet(snapshotFromText(blank, { merges })) as ProjectForm[];
    const [plain] = recognizeSheet(snapshotFromText(blank)) as ProjectForm[];
    expect([merged.projectName.cell, merged.supervisingDepartment.cell, merged.spendingUnit.cell]).toEqual(['C2', 'C4', 'E4']);
    expect([plain.projectName.cell, plain.supervisingDepartment.cell, plain.spendingUnit.cell]).toEqual(['B2', 'B4', 'E4']);
    expect(merged.range).toBe('A1:F6');
    expect(merged.placeholderRows.map((p) => [p.row, p.subcategory.value])).toEqual([[6, '数量指标']]);
  });
});

describe('sheets that hold no form', () => {
  const sheet = (name: string, text: string, extra: Partial<SheetSnapshot> = {}): SheetSnapshot => ({
    ...snapshotFromText(text, { sheetName: name }),
    ...extra,
  });

  it('gives each sheet without a form its reason', () => {
    const random = [
      '2025年度办公用品采购清单',
      '序号\t项目名称\t数量\t单价\t金额',
      '1\t打印纸\t20\t25\t500',
      '2\t签字笔\t100\t2.5\t250',
      '\t合计\t\t\t750',
      '经办人：张三\t\t审核：李四',
    ].join('\n');
    const wb = workbookOf([
      sheet('采购清单', random),
      sheet('项目1', PROJECT_3),
      sheet('项目支出汇总', PROJECT_1),
      sheet('导入说明', '导入说明\n第1行\t无法识别'),
      sheet('jixiao_store', 'x\ty', { visibility: 'veryHidden' }),
      sheet('旧表', PROJECT_1, { visibility: 'hidden' }),
      sheet('Sheet3', ''),
      sheet('未读取', '', { read: false }),
    ]);
    const { forms, otherSheets } = recognizeWorkbook(wb);
    expect(forms.map((f) => [f.sheet, f.kind])).toEqual([['项目1', 'project']]);
    expect(otherSheets).toEqual([
      { sheet: '采购清单', reason: 'not-a-form' },
      { sheet: '项目支出汇总', reason: 'ours' },
      { sheet: '导入说明', reason: 'ours' },
      { sheet: 'jixiao_store', reason: 'ours' },
      { sheet: '旧表', reason: 'hidden' },
      { sheet: 'Sheet3', reason: 'empty' },
      { sheet: '未读取', reason: 'not-read' },
    ]);
  });

  it('does not take a title and a few words for a form', () => {
    const text = '项目支出绩效目标申报表\n填报说明：请按要求填写。\n项目名称';
    expect(recognizeSheet(snapshotFromText(text))).toEqual([]);
  });
});
