/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { PlanRefusedError, SelectionError, WriteFailedError } from '../../src/core/errors';
import type { InsertTemplateResult } from '../../src/taskpane/operations';
import { fakeOperations, renderPane } from './fakeOperations';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('插入模板', () => {
  test('sends the project form, its typed fields, 本级 and target to insertTemplate', async () => {
    const { operations, calls } = fakeOperations({
      insert: () => Promise.resolve({ sheet: '兰溪路下立交', address: 'A1:I38', skipped: [] }),
    });
    await renderPane(operations);

    fireEvent.click(screen.getByLabelText('项目支出绩效目标申报表'));
    type('项目名称', '  兰溪路-真南路下立交工程 ');
    type('主管部门', '上海市普陀区建设和管理委员会');
    type('项目类型', '基本建设');
    type('起始年度', '2026');
    type('到期年度', '2026');
    type('总金额（万元）', '1,234.5');
    fireEvent.change(screen.getByLabelText('本级'), { target: { value: '区' } });
    fireEvent.click(screen.getByLabelText('当前选择位置（区域须为空白）'));
    fireEvent.click(screen.getByRole('button', { name: '插入' }));

    expect(await screen.findByText('已插入项目支出绩效目标申报表：工作表「兰溪路下立交」的 A1:I38。')).toBeInTheDocument();
    expect(calls.insertTemplate).toEqual([
      {
        kind: 'project',
        fields: {
          projectName: '兰溪路-真南路下立交工程',
          supervisingDepartment: '上海市普陀区建设和管理委员会',
          projectType: '基本建设',
          startYear: '2026',
          endYear: '2026',
          totalBudget: '1,234.5',
        },
        level: '区',
        target: 'selection',
      },
    ]);
  });

  test('defaults to the department form, 市 and a new sheet; sends only its own fields', async () => {
    const { operations, calls } = fakeOperations({});
    await renderPane(operations);

    type('部门名称', '某市财政局');
    fireEvent.click(screen.getByLabelText('项目支出绩效目标申报表'));
    type('项目名称', '不该发送');
    fireEvent.click(screen.getByLabelText('部门整体预算绩效目标申报表'));
    expect(screen.getByLabelText('部门名称')).toHaveValue('某市财政局');
    fireEvent.click(screen.getByRole('button', { name: '插入' }));

    await screen.findByText(/已插入部门整体预算绩效目标申报表/);
    expect(calls.insertTemplate).toEqual([{ kind: 'department', fields: { departmentName: '某市财政局' }, level: '市', target: 'newSheet' }]);
  });

  test('shows progress and blocks a second click while inserting', async () => {
    let finish: (r: InsertTemplateResult) => void = () => undefined;
    const { operations, calls } = fakeOperations({ insert: () => new Promise((resolve) => (finish = resolve)) });
    await renderPane(operations);

    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    expect(await screen.findByText('正在插入…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '插入' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '添加指标行' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    expect(calls.insertTemplate).toHaveLength(1);

    await act(async () => finish({ sheet: '部门整体', address: 'A1:F30', skipped: ['批注（需要 ExcelApi 1.18）'] }));
    expect(screen.queryByText('正在插入…')).not.toBeInTheDocument();
    expect(screen.getByText(/以下内容当前 Excel 版本不支持，已略过：批注（需要 ExcelApi 1.18）。/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '插入' })).toBeEnabled();
  });

  test('a refusal because the target area is occupied names the sheet, the cell and its content', async () => {
    const { operations } = fakeOperations({
      insert: () => Promise.reject(new PlanRefusedError([{ kind: 'cellOccupied', sheet: 'Sheet1', cell: 'C7', value: '产出指标' }])),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByLabelText('当前选择位置（区域须为空白）'));
    fireEvent.click(screen.getByRole('button', { name: '插入' }));

    expect(
      await screen.findByText('目标区域不是空的：工作表「Sheet1」的 C7 已有内容「产出指标」。请选择空白区域，或插入到新工作表。'),
    ).toBeInTheDocument();
  });

  test('a protected workbook structure is explained in Chinese', async () => {
    const { operations } = fakeOperations({ insert: () => Promise.reject(new PlanRefusedError([{ kind: 'structureProtected' }])) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    expect(await screen.findByText(/^工作簿结构受保护，无法新建工作表。/)).toBeInTheDocument();
  });

  test('a write failure says which sheet was left incomplete', async () => {
    const { operations } = fakeOperations({
      insert: () => Promise.reject(new WriteFailedError(3, 9, null, ['项目1'], [], 'RichApi.Error: 网络中断')),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    expect(await screen.findByText(/写入中途失败（已完成 3\/9 步）：RichApi.Error: 网络中断/)).toBeInTheDocument();
    expect(screen.getByText(/未写完的工作表仍在工作簿中：「项目1」/)).toBeInTheDocument();
  });
});

describe('添加指标行', () => {
  test('calls addIndicatorRow and reports the new row', async () => {
    const { operations, calls } = fakeOperations({ addRow: () => Promise.resolve({ sheet: '项目1', row: 23 }) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '添加指标行' }));
    expect(await screen.findByText('已在工作表「项目1」第 23 行添加指标行。')).toBeInTheDocument();
    expect(calls.addIndicatorRow).toBe(1);
    expect(calls.insertTemplate).toEqual([]);
  });

  test('a selection outside the indicator table gets the hint, with the selected cell', async () => {
    const { operations } = fakeOperations({
      addRow: () => Promise.reject(new SelectionError('not-in-indicator-table', '项目1', 'B3')),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '添加指标行' }));
    expect(await screen.findByText(/所选单元格不在指标表中。.*（当前选择：工作表「项目1」的 B3）/)).toBeInTheDocument();
    // The message sits with its own button, not under the insert form.
    expect(screen.queryByText(/已插入/)).not.toBeInTheDocument();
  });

  test('the button is described by the hint about selecting a 二级 block', async () => {
    await renderPane(fakeOperations({}).operations);
    expect(screen.getByRole('button', { name: '添加指标行' })).toHaveAccessibleDescription(/二级指标的区域里选中一个单元格/);
  });
});
