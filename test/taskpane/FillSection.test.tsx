/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { FillRefusedError, PlanRefusedError, WriteFailedError } from '../../src/core/errors';
import type { FillPlanResult } from '../../src/core/fill';
import { resolveSettings } from '../../src/core/rules';
import type { FillApplied, FillPreview, Finding } from '../../src/taskpane/operations';
import { fakeOperations, renderPane } from './fakeOperations';

function finding(parts: Partial<Finding>): Finding {
  return {
    rule: 'amount.project-sum',
    severity: 'error',
    sheet: '部门',
    cell: 'C8',
    cells: ['C8'],
    form: 0,
    indicator: null,
    value: null,
    message: '',
    messageEn: '',
    ...parts,
  };
}

/** A preview of the seed-like workbook: 部门 and two project sheets. */
function preview(parts: Partial<FillPreview> = {}): FillPreview {
  return {
    changes: [
      { sheet: '项目支出汇总', cell: 'A1', before: '', after: '项目支出汇总', kind: 'summary' },
      { sheet: '项目支出汇总', cell: 'G5', before: '', after: "='表2'!F8", result: 18.24, kind: 'summary' },
      { sheet: '表2', cell: 'F8', before: '18.24万元', after: 18.24, kind: 'amount' },
      { sheet: '部门', cell: 'D31', before: '', after: '培训人次', kind: 'indicator' },
      { sheet: '部门', cell: 'E31', before: '', after: '≥500人次', kind: 'indicator' },
      { sheet: '部门', cell: 'D32', before: '', after: '<script>alert(1)</script>', kind: 'indicator' },
      { sheet: '部门', cell: 'C9', before: 12, after: "='项目支出汇总'!G6", result: 30.24, kind: 'project-expenditure' },
    ],
    findings: [
      finding({ rule: 'fill.value-conflict', severity: 'warning', sheet: '部门', cell: 'E20', message: '「培训人次」在项目表中的指标值不同：≥500人次、≥600人次。' }),
      finding({ message: '部门预算支出应等于基本支出与项目支出之和。' }),
    ],
    forms: [{ sheet: '部门', kind: 'department', name: '某区人社局', range: 'A1:F40' }],
    notices: [{ kind: 'indicator-not-placed', sheet: '表2', cell: 'D20', indicator: '群众获得感' }],
    departmentSheet: '部门',
    summarySheet: '项目支出汇总',
    summaryIsNew: true,
    rowsInserted: 1,
    plan: { summarySheet: '项目支出汇总' } as FillPlanResult,
    ...parts,
  };
}

async function openFill(operations: Parameters<typeof renderPane>[0], lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  await renderPane(operations, lang);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '汇总' : 'Summary' }));
  return screen.getByRole('tabpanel', { name: lang === 'zh-CN' ? '汇总' : 'Summary' });
}

describe('汇总', () => {
  test('预览 shows what it amounts to, every cell before and after, the notices, conflicts and remaining findings; nothing is written', async () => {
    const { operations, calls } = fakeOperations({ previewFill: () => Promise.resolve(preview()) });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));

    expect(
      await within(panel).findByText(
        [
          '确认写入后将修改 7 个单元格。目前工作簿尚未改动。',
          '• 新建工作表「项目支出汇总」：写入 2 个单元格（各项目金额为引用项目表的公式）。',
          '• 部门整体申报表的「项目支出」（工作表「部门」C9）改为引用汇总合计的公式。',
          '• 部门整体申报表的绩效指标表：补入 2 行指标（其中 1 行为新插入的行）。',
          '• 1 个以文字填写的项目金额改为数字。',
        ].join(' '),
      ),
    ).toBeInTheDocument();
    expect(calls.previewFill).toEqual([resolveSettings()]);

    // Cells by sheet: before → after, a formula with what it computes.
    expect(within(panel).getByText('工作表「部门」（4 处）')).toBeInTheDocument();
    expect(within(panel).getByText("C9：12 改为 ='项目支出汇总'!G6（= 30.24）")).toBeInTheDocument();
    expect(within(panel).getByText('F8：18.24万元 改为 18.24')).toBeInTheDocument();
    expect(within(panel).getByText('D31：（空） 改为 培训人次')).toBeInTheDocument();
    // Cell text is text, never markup.
    expect(within(panel).getByText('D32：（空） 改为 <script>alert(1)</script>')).toBeInTheDocument();
    expect(panel.querySelector('script')).toBeNull();
    // The summary sheet's many cells start folded.
    const summaryGroup = within(panel).getByText('工作表「项目支出汇总」（2 处）').closest('details')!;
    expect(summaryGroup).not.toHaveAttribute('open');
    expect(within(panel).getByText('工作表「部门」（4 处）').closest('details')).toHaveAttribute('open');

    expect(within(panel).getByText(/项目指标「群众获得感」（工作表「表2」D20）的二级指标无法识别/)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: '指标值冲突' })).toBeInTheDocument();
    expect(within(panel).getByText('「培训人次」在项目表中的指标值不同：≥500人次、≥600人次。')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: '写入后仍存在的问题' })).toBeInTheDocument();
    // The findings are of the workbook as it will be: listed, not buttons that select a cell.
    const remaining = within(panel).getByText('部门预算支出应等于基本支出与项目支出之和。');
    expect(remaining.closest('button')).toBeNull();

    expect(calls.applyFill).toHaveLength(0);
  });

  test('确认写入 hands the preview itself to applyFill and reports the cells written', async () => {
    const shown = preview();
    let finish: (r: FillApplied) => void = () => undefined;
    const { operations, calls } = fakeOperations({
      previewFill: () => Promise.resolve(shown),
      applyFill: () => new Promise((resolve) => (finish = resolve)),
    });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    fireEvent.click(await within(panel).findByRole('button', { name: '确认写入' }));

    expect(await within(panel).findByText('正在写入汇总…')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: '确认写入' })).toBeDisabled();
    fireEvent.click(within(panel).getByRole('button', { name: '确认写入' }));
    expect(calls.applyFill).toHaveLength(1);
    expect(calls.applyFill[0]).toBe(shown);

    await act(async () => finish({ applied: true, cells: 7, skipped: ['printSetup'] }));
    expect(within(panel).getByText(/^已写入汇总：修改了 7 个单元格。 以下内容当前 Excel 版本不支持，已略过：打印设置/)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: '确认写入' })).not.toBeInTheDocument();
  });

  test('a cell changed since the preview: nothing written, the user is asked to look again, 重新预览 does so', async () => {
    let round = 0;
    const { operations, calls } = fakeOperations({
      previewFill: () => Promise.resolve(preview({ summaryIsNew: ++round === 1 })),
      applyFill: () =>
        Promise.reject(
          new PlanRefusedError([
            { kind: 'cellChanged', sheet: '表2', cell: 'F8' },
            { kind: 'cellChanged', sheet: '部门', cell: 'C9' },
          ]),
        ),
    });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    fireEvent.click(await within(panel).findByRole('button', { name: '确认写入' }));

    expect(
      await within(panel).findByText(
        '预览之后，以下单元格已被修改：「表2」F8、「部门」C9。为免覆盖这些修改，本次未写入任何内容。请重新预览，核对后再确认写入。',
      ),
    ).toBeInTheDocument();
    // The old preview is gone: it cannot be confirmed again.
    expect(within(panel).queryByRole('button', { name: '确认写入' })).not.toBeInTheDocument();

    fireEvent.click(within(panel).getByRole('button', { name: '重新预览' }));
    expect(await within(panel).findByText(/更新工作表「项目支出汇总」：2 个单元格。/)).toBeInTheDocument();
    expect(calls.previewFill).toHaveLength(2);
  });

  test('a write cut half way: what was left and what to do, and 重新预览 to finish', async () => {
    let round = 0;
    const { operations, calls } = fakeOperations({
      previewFill: () => Promise.resolve(preview({ summaryIsNew: ++round === 1 })),
      applyFill: () =>
        Promise.reject(new WriteFailedError(40, 85, null, [], [], 'Lost connection', 'ConnectionFailure').recoverableBy('fill-again')),
    });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    fireEvent.click(await within(panel).findByRole('button', { name: '确认写入' }));
    const bar = await within(panel).findByText(/^写入中途失败（已完成 40\/85 步）：与 Excel 的连接中断了/);
    expect(bar.textContent).toContain('已写入的部分都记录在工作簿中。请再次汇总（预览后确认写入）完成，不会重复添加。');
    // The preview that was cut is gone; a new one shows what remains.
    expect(within(panel).queryByRole('button', { name: '确认写入' })).not.toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: '重新预览' }));
    expect(await within(panel).findByText(/更新工作表「项目支出汇总」：2 个单元格。/)).toBeInTheDocument();
    expect(calls.previewFill).toHaveLength(2);
  });

  test('a workbook with several department forms: the typed refusal, in words', async () => {
    const { operations } = fakeOperations({
      previewFill: () => Promise.reject(new FillRefusedError('several-departments', ['部门', '部门 (2)'])),
    });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    expect(
      await within(panel).findByText(/工作簿中有多张部门整体预算绩效目标申报表（「部门」、「部门 \(2\)」），无法确定汇总到哪一张。/),
    ).toBeInTheDocument();
  });

  test('nothing to change: says so and offers no 确认写入', async () => {
    const { operations } = fakeOperations({
      previewFill: () => Promise.resolve(preview({ changes: [], findings: [], notices: [] })),
    });
    const panel = await openFill(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    expect(await within(panel).findByText('工作簿已是汇总后的状态，没有需要修改的单元格。')).toBeInTheDocument();
    expect(within(panel).getByText('写入后审核未发现问题。')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: '确认写入' })).not.toBeInTheDocument();
  });

  test('in English', async () => {
    const { operations } = fakeOperations({ previewFill: () => Promise.resolve(preview()) });
    const panel = await openFill(operations, 'en-US');
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect(await within(panel).findByText(/^Confirming changes 7 cells\. The workbook is unchanged so far\./)).toBeInTheDocument();
    expect(within(panel).getByText("C9: 12 becomes ='项目支出汇总'!G6 (= 30.24)")).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Confirm and write' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Conflicting indicator values' })).toBeInTheDocument();
  });
});
