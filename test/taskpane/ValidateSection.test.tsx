/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { MarkStoreError, OperationUnavailableError, PlanRefusedError } from '../../src/core/errors';
import type { Finding, Severity } from '../../src/core/findings';
import { resolveSettings } from '../../src/core/rules';
import type { FoundForm, ValidateOutcome } from '../../src/taskpane/operations';
import { fakeOperations, outcome, renderPane } from './fakeOperations';

function finding(sheet: string, cell: string, severity: Severity, form: number | null, message: string, messageEn = message): Finding {
  return { rule: 'test.rule', severity, sheet, cell, cells: [cell], form, indicator: null, value: null, message, messageEn };
}

const FORMS: FoundForm[] = [
  { sheet: '部门整体', kind: 'department', name: '某市财政局', range: 'A1:F48' },
  { sheet: '项目1', kind: 'project', name: '道路维修', range: 'A1:H36' },
];

const FINDINGS: Finding[] = [
  finding('项目1', 'E20', 'warning', 1, '满意度目标偏低：写的是 70%，低于 80%。'),
  finding('项目1', 'C12', 'error', 1, '成本指标应填写金额。', 'A cost indicator needs an amount.'),
  finding('部门整体', 'D30', 'warning', 0, '指标值无法考核：“较好”。'),
  finding('项目1', 'B8', 'info', 1, '单元格中有多余的空格。'),
  finding('部门整体', 'B12', 'error', 0, '部门预算支出与收入来源不平衡。'),
  finding('项目1', 'F22', 'warning', 1, '指标值缺少计量单位。'),
];

const WITH_FINDINGS = outcome({ forms: FORMS, otherSheets: [{ sheet: '说明', reason: 'not-a-form' }], findings: FINDINGS, marked: 5 });

async function validated(result: ValidateOutcome | (() => Promise<ValidateOutcome>), lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const fake = fakeOperations({ validate: typeof result === 'function' ? result : () => Promise.resolve(result) });
  const view = await renderPane(fake.operations, lang);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '审核' : 'Check' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: lang === 'zh-CN' ? '审核' : 'Check' }));
  });
  return { ...fake, view };
}

/** The messages of the findings shown, in order. */
const shownMessages = () => screen.queryAllByTitle(/^选中工作表/).map((b) => b.lastElementChild?.textContent);

describe('审核', () => {
  test('validates with the settings kept in the workbook', async () => {
    const stored = resolveSettings({ satisfactionThreshold: 90, disabled: ['text.whitespace'] });
    const { operations, calls } = fakeOperations({ loadSettings: () => Promise.resolve({ settings: stored, problems: [] }) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '审核' }));
    });
    expect(calls.validate).toEqual([stored]);
  });

  test('counts by severity, findings grouped by sheet and form, errors first', async () => {
    await validated(WITH_FINDINGS);

    expect(screen.getByText(/^审核了/).textContent).toBe('审核了 2 张申报表：2 个错误，3 个警告，1 个提示。\n已在 5 个单元格上做了标记。');
    const filters = within(screen.getByRole('group', { name: '按严重程度筛选' }));
    expect(filters.getAllByRole('button').map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['错误 2', 'false'],
      ['警告 3', 'false'],
      ['提示 1', 'false'],
    ]);

    const groups = screen.getAllByRole('heading', { level: 3 }).filter((h) => h.querySelector('[aria-expanded]'));
    expect(groups.map((g) => g.textContent)).toEqual([
      '›工作表「部门整体」 · 部门整体：某市财政局2 条',
      '›工作表「项目1」 · 项目支出：道路维修4 条',
    ]);
    expect(shownMessages()).toEqual([
      '部门预算支出与收入来源不平衡。',
      '指标值无法考核：“较好”。',
      '成本指标应填写金额。',
      '满意度目标偏低：写的是 70%，低于 80%。',
      '指标值缺少计量单位。',
      '单元格中有多余的空格。',
    ]);
    // Each item says its severity in words and its cell, not by colour alone.
    const item = screen.getByRole('button', { name: /成本指标应填写金额/ });
    expect(item).toHaveTextContent(/^错误C12成本指标应填写金额。$/);
    expect(screen.getByText(/其他工作表（不是申报表）：「说明」/)).toBeInTheDocument();
  });

  test('the severity buttons filter the list, each toggling on and off', async () => {
    await validated(WITH_FINDINGS);
    const button = (name: RegExp) => screen.getByRole('button', { name });

    fireEvent.click(button(/^错误 2$/));
    expect(button(/^错误 2$/)).toHaveAttribute('aria-pressed', 'true');
    expect(shownMessages()).toEqual(['部门预算支出与收入来源不平衡。', '成本指标应填写金额。']);

    fireEvent.click(button(/^提示 1$/));
    expect(shownMessages()).toEqual(['部门预算支出与收入来源不平衡。', '成本指标应填写金额。', '单元格中有多余的空格。']);

    fireEvent.click(button(/^错误 2$/));
    expect(shownMessages()).toEqual(['单元格中有多余的空格。']);
    expect(screen.queryByRole('heading', { name: /部门整体：某市财政局/ })).not.toBeInTheDocument();

    fireEvent.click(button(/^提示 1$/));
    expect(shownMessages()).toHaveLength(6);
  });

  test('click or Enter on a finding selects its cell, once', async () => {
    const { calls } = await validated(WITH_FINDINGS);
    fireEvent.click(screen.getByRole('button', { name: /成本指标应填写金额/ }));
    expect(calls.selectCell).toEqual([['项目1', 'C12']]);

    const other = screen.getByRole('button', { name: /不平衡/ });
    other.focus();
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(calls.selectCell).toEqual([
      ['项目1', 'C12'],
      ['部门整体', 'B12'],
    ]);
    fireEvent.keyDown(other, { key: 'ArrowDown' });
    expect(calls.selectCell).toHaveLength(2);
    expect(other).toHaveAttribute('title', '选中工作表「部门整体」的 B12');
  });

  test('cell contents and sheet names show as text, never as markup', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const sheet = '<b>x</b>';
    const { view } = await validated(
      outcome({
        forms: [{ sheet, kind: 'project', name: attack, range: 'A1:H30' }],
        findings: [{ ...finding(sheet, 'B3', 'warning', 0, `单元格中留有网页标记：${attack}`), value: attack }],
        marked: 1,
      }),
    );
    expect(screen.getByText(`单元格中留有网页标记：${attack}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { expanded: true }).textContent).toBe(`›工作表「${sheet}」 · 项目支出：${attack}1 条`);
    expect(view.container.querySelector('img, b')).toBeNull();
  });

  test('no forms: says so, with the sheets that were read', async () => {
    await validated(
      outcome({
        otherSheets: [
          { sheet: 'Sheet1', reason: 'empty' },
          { sheet: '往来数据', reason: 'not-a-form' },
          { sheet: '旧表', reason: 'hidden' },
        ],
        findings: [{ ...finding('x', 'A1', 'error', null, '工作簿中没有申报表。'), sheet: null, cell: null, cells: [] }],
      }),
    );
    expect(screen.getByText('没有找到申报表')).toBeInTheDocument();
    expect(screen.getByText(/请确认表中有「部门名称」或「项目名称」等栏目/)).toBeInTheDocument();
    expect(screen.getByText('其他工作表（不是申报表）：「Sheet1」（空白）、「往来数据」、「旧表」（隐藏）')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '按严重程度筛选' })).not.toBeInTheDocument();
  });

  test('no findings: 未发现问题, and the forms found', async () => {
    await validated(outcome({ forms: [...FORMS, { sheet: '项目2', kind: 'project', name: '', range: 'A1:H30' }] }));
    expect(screen.getByText('未发现问题')).toBeInTheDocument();
    const forms = within(screen.getByText('已识别的申报表（3 张）').closest('details') as HTMLElement);
    expect(forms.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '部门整体：某市财政局 工作表「部门整体」A1:F48',
      '项目支出：道路维修 工作表「项目1」A1:H36',
      '项目支出：（未填名称） 工作表「项目2」A1:H30',
    ]);
    expect(screen.getByText('已识别的申报表（3 张）').closest('details')).toHaveAttribute('open');
  });

  test('marks that could not be written are named: protected sheets, no notes, earlier marks', async () => {
    await validated(
      outcome({
        forms: FORMS,
        findings: FINDINGS,
        marked: 2,
        notes: false,
        unmarkedProtected: [
          { sheet: '部门整体', cell: 'B12' },
          { sheet: '部门整体', cell: 'D30' },
        ],
        skipped: [{ sheet: '项目1', cell: 'E20', reason: 'note-too-long' }],
        leftAsUserChanged: [{ sheet: '项目1', cell: 'A3' }],
        kept: [{ sheet: '部门整体', cell: 'C5', reason: 'protected' }],
      }),
    );
    const notice = screen.getByText(/未做标记/);
    expect(notice.textContent?.split('\n')).toEqual([
      '以下单元格位于受保护的工作表上，未做标记：「部门整体」B12、「部门整体」D30。撤销工作表保护（审阅 → 撤销工作表保护）后重新审核即可标记。',
      '以下单元格原有的批注太长，无法记录，未做标记：「项目1」E20。',
      '当前 Excel 版本不支持批注，标记只有填充颜色；每个问题的说明请看下方列表。',
      '以下单元格位于受保护的工作表上，上次的标记未能清除：「部门整体」C5。撤销工作表保护后再清除标记。',
      '上次审核标记过的以下单元格已被修改，保留现状，不再跟踪：「项目1」A3。',
    ]);
  });

  test('progress while validating; the buttons wait', async () => {
    let finish: (o: ValidateOutcome) => void = () => undefined;
    const { calls } = await validated(() => new Promise((resolve) => (finish = resolve)));
    expect(screen.getByText('正在审核…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '审核' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '清除标记' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '审核' }));
    expect(calls.validate).toHaveLength(1);
    await act(async () => finish(WITH_FINDINGS));
    expect(screen.queryByText('正在审核…')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '审核' })).toBeEnabled();
  });

  test('errors are described with what to do', async () => {
    await validated(() => Promise.reject(new MarkStoreError('jixiao_marks', 'newer-version')));
    expect(screen.getByText(/由较新版本的工具写入.*请更新后再审核或清除标记/)).toBeInTheDocument();
  });

  test('清除标记 with a damaged store: described, naming the row', async () => {
    const { operations } = fakeOperations({ clearMarks: () => Promise.reject(new MarkStoreError('jixiao_marks', 'unreadable', 7)) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(screen.getByText(/^工作簿中的审核标记记录（工作表「jixiao_marks」第 7 行）已损坏/)).toBeInTheDocument();
  });

  test('outside Excel the buttons say the feature is not connected', async () => {
    const { operations } = fakeOperations({ validate: () => Promise.reject(new OperationUnavailableError('validate')) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '审核' })));
    expect(screen.getByText('此功能尚未接入 Excel（审核）。请更新加载项后再试。')).toBeInTheDocument();
  });

  test('a finding on a sheet deleted since: the selection error is shown, the list stays', async () => {
    const { operations } = fakeOperations({
      validate: () => Promise.resolve(WITH_FINDINGS),
      selectCell: (sheet) => Promise.reject(new PlanRefusedError([{ kind: 'sheetMissing', sheet }])),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '审核' })));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /成本指标应填写金额/ })));
    expect(screen.getByText('找不到工作表「项目1」，它可能已被删除或改名。')).toBeInTheDocument();
    expect(shownMessages()).toHaveLength(6);
  });

  test('a long group shows its first hundred, then the rest on request; groups collapse', async () => {
    const many = Array.from({ length: 250 }, (_, i) => finding('项目1', `C${i + 10}`, 'warning', 1, `第 ${i + 1} 条`));
    await validated(outcome({ forms: FORMS, findings: many, marked: 250 }));
    expect(shownMessages()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: '显示其余 150 条' }));
    expect(shownMessages()).toHaveLength(250);
    expect(shownMessages()[249]).toBe('第 250 条');

    const toggle = screen.getByRole('button', { name: /道路维修/, expanded: true });
    fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(shownMessages()).toHaveLength(0);
  });
});

describe('清除标记', () => {
  test('reports what was restored and the cells the user changed since', async () => {
    const { operations, calls } = fakeOperations({
      clearMarks: () =>
        Promise.resolve({
          restored: 7,
          leftAsUserChanged: [
            { sheet: '项目1', cell: 'C4' },
            { sheet: '项目1', cell: 'E5' },
          ],
          storeRemoved: true,
          kept: [],
          gone: 1,
        }),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(calls.clearMarks).toBe(1);
    expect(screen.getByText(/^已清除标记/).textContent?.split('\n')).toEqual([
      '已清除标记：7 个单元格恢复了原来的样子。',
      '以下单元格在标记后被修改过，保留现状：「项目1」C4、「项目1」E5。',
      '另有 1 个标记所在的行或工作表已被删除。',
    ]);
  });

  test('marks left on a protected sheet are named, with what to do', async () => {
    const { operations } = fakeOperations({
      clearMarks: () =>
        Promise.resolve({ restored: 0, leftAsUserChanged: [], storeRemoved: false, kept: [{ sheet: '部门整体', cell: 'B12', reason: 'protected' }], gone: 0 }),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(screen.getByText(/上次的标记未能清除：「部门整体」B12。撤销工作表保护后再清除标记。/)).toBeInTheDocument();
    expect(screen.getByText(/标记记录仍保留在工作簿中/)).toBeInTheDocument();
  });

  test('nothing to clear', async () => {
    await renderPane(fakeOperations({}).operations);
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '清除标记' })));
    expect(screen.getByText('工作簿中没有需要清除的标记。')).toBeInTheDocument();
  });
});

describe('审核 in English', () => {
  test('labels, counts and the findings’ English messages', async () => {
    await validated(WITH_FINDINGS, 'en-US');
    expect(screen.getByText(/^Checked/).textContent).toBe('Checked 2 forms: 2 errors, 3 warnings, 1 info.\nMarked 5 cells.');
    expect(screen.getByRole('button', { name: 'Error 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear marks' })).toBeInTheDocument();
    const item = screen.getByRole('button', { name: /A cost indicator needs an amount/ });
    expect(item).toHaveTextContent(/^ErrorC12A cost indicator needs an amount\.$/);
    expect(screen.getByRole('heading', { name: /^Sheet “项目1” · Project: 道路维修/ })).toBeInTheDocument();
    expect(screen.queryByText('成本指标应填写金额。')).not.toBeInTheDocument();
  });
});
