/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/components/App';
import type { ThemeName } from '../../src/taskpane/hostEnvironment';
import type { ImportPreview, InsertTemplateResult, ValidateOutcome } from '../../src/taskpane/operations';
import { SLOW_MS } from '../../src/taskpane/useDelayedFlag';
import { fakeOperations, renderPane } from './fakeOperations';

async function elapse(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

describe('progress', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('an action names itself at once and shows a progress bar once it takes over 300 ms', async () => {
    let finish: (r: InsertTemplateResult) => void = () => undefined;
    const { operations } = fakeOperations({ insert: () => new Promise((resolve) => (finish = resolve)) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    await elapse(0);

    expect(screen.getByText('正在插入…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await elapse(SLOW_MS - 1);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    await elapse(1);
    expect(screen.getByRole('progressbar', { name: '正在插入…' })).toBeInTheDocument();

    await act(async () => finish({ sheet: '部门整体', address: 'A1:F30', skipped: [] }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  test('a quick action never shows one', async () => {
    const { operations } = fakeOperations();
    await renderPane(operations);
    fireEvent.click(screen.getByRole('button', { name: '插入' }));
    await elapse(0);
    await elapse(SLOW_MS * 2);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/^已插入部门整体预算绩效目标申报表/)).toBeInTheDocument();
  });

  test.each([
    ['审核', '审核', '正在审核…'],
    ['汇总', '预览', '正在生成汇总预览…'],
  ])('%s: slow work shows the bar', async (tab, button, label) => {
    const { operations } = fakeOperations({
      validate: () => new Promise<ValidateOutcome>(() => undefined),
      previewFill: () => new Promise(() => undefined),
    });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: tab }));
    const panel = screen.getByRole('tabpanel', { name: tab });
    fireEvent.click(within(panel).getByRole('button', { name: button }));
    await elapse(SLOW_MS);
    expect(within(panel).getByRole('progressbar', { name: label })).toBeInTheDocument();
  });

  test('导入: the bar comes with 取消', async () => {
    let answer: (p: ImportPreview) => void = () => undefined;
    const { operations } = fakeOperations({ previewImport: () => new Promise((resolve) => (answer = resolve)) });
    await renderPane(operations);
    fireEvent.click(screen.getByRole('tab', { name: '导入' }));
    const panel = screen.getByRole('tabpanel', { name: '导入' });
    fireEvent.change(within(panel).getByLabelText('粘贴内容'), { target: { value: '项目名称\t培训' } });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await elapse(SLOW_MS);
    expect(within(panel).getByRole('progressbar', { name: '正在读取并识别申报表…' })).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: '取消' }));
    await elapse(0);
    expect(within(panel).getByText('已取消预览。')).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    // The abandoned preview's answer, when it comes, is not shown.
    await act(async () => answer({ forms: [], unplaced: [] }));
    expect(within(panel).queryByText('没有找到申报表')).not.toBeInTheDocument();
    expect(within(panel).getByText('已取消预览。')).toBeInTheDocument();
  });
});

describe('theme', () => {
  const background = (container: HTMLElement) =>
    getComputedStyle(container.firstElementChild as HTMLElement).getPropertyValue('--colorNeutralBackground1').trim();

  test('follows a change of Office theme when the pane gets the focus back or becomes visible', async () => {
    let office: ThemeName = 'light';
    const { operations } = fakeOperations();
    const { container } = render(<App operations={operations} lang="zh-CN" theme="light" readTheme={() => office} />);
    await act(async () => undefined);
    expect(background(container)).toBe('#ffffff');

    office = 'dark';
    act(() => {
      window.dispatchEvent(new Event('focus'));
    });
    expect(background(container)).toBe('#292929');

    office = 'light';
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(background(container)).toBe('#ffffff');
  });
});
