/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen } from '@testing-library/react';
import { parseSettings, resolveSettings, type Message } from '../../src/core/rules';
import { SettingsSaveError } from '../../src/taskpane/documentSettings';
import type { RuleSettings } from '../../src/taskpane/operations';
import { fakeOperations, renderPane, type Answers } from './fakeOperations';

async function openSettings(answers: Answers = {}, lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  const fake = fakeOperations(answers);
  await renderPane(fake.operations, lang);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '设置' : 'Settings' }));
  return fake;
}

const stored = (settings: RuleSettings, problems: Message[] = []) => ({
  loadSettings: () => Promise.resolve({ settings, problems }),
});

const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: '保存' })));

describe('审核设置', () => {
  test('shows the stored settings', async () => {
    await openSettings(stored(resolveSettings({ satisfactionThreshold: 85, requireSatisfaction: false, levelSplitBase: 'fiscalAppropriation' })));
    expect(screen.getByRole('textbox', { name: '满意度指标值下限（%）' })).toHaveValue('85');
    expect(screen.getByRole('switch', { name: '要求填写满意度指标' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '财政拨款' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: '金额比较允许误差（万元）' })).toHaveValue('0.005');
    expect(screen.getByRole('textbox', { name: '金额最多保留的小数位数' })).toHaveValue('4');
  });

  test('保存 sends the edited values, and the next 审核 uses them', async () => {
    const { calls } = await openSettings();
    type('满意度指标值下限（%）', '90');
    fireEvent.click(screen.getByRole('switch', { name: '要求填写满意度指标' }));
    fireEvent.click(screen.getByRole('radio', { name: '财政拨款' }));
    type('金额比较允许误差（万元）', '0.01');
    fireEvent.click(screen.getByRole('button', { name: /^文字/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: '多余的空格或换行（提示）' }));
    fireEvent.click(screen.getByRole('button', { name: /^表格结构/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: '缺少成本指标（警告）' }));
    expect(screen.getByRole('button', { name: /^文字/ })).toHaveTextContent('已启用 1/2');
    expect(screen.getByText('有尚未保存的更改。')).toBeInTheDocument();
    await save();

    const expected = resolveSettings({
      satisfactionThreshold: 90,
      requireSatisfaction: false,
      levelSplitBase: 'fiscalAppropriation',
      amountTolerance: 0.01,
      disabled: ['structure.cost', 'text.whitespace'],
    });
    expect(calls.saveSettings).toEqual([expected]);
    expect(screen.getByText('已保存到此工作簿，之后的审核使用这些设置。')).toBeInTheDocument();
    expect(screen.queryByText('有尚未保存的更改。')).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '审核' })));
    expect(calls.validate).toEqual([expected]);
  });

  test('a number out of range is shown at its field and nothing is saved', async () => {
    const { calls } = await openSettings();
    type('满意度指标值下限（%）', '120');
    type('金额最多保留的小数位数', '2.5');
    expect(screen.getByText('请填写 0 到 100 之间的数字。')).toBeInTheDocument();
    expect(screen.getByText('请填写 0 到 10 之间的整数。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '满意度指标值下限（%）' })).toHaveAttribute('aria-invalid', 'true');
    await save();
    expect(calls.saveSettings).toEqual([]);
    expect(screen.getByText('有设置项填写有误，请按提示修改后再保存。')).toBeInTheDocument();
  });

  test('恢复默认 puts every value back; 保存 then stores the defaults', async () => {
    const { calls } = await openSettings(stored(resolveSettings({ satisfactionThreshold: 95, precisionDecimals: 2, disabled: ['text.whitespace'] })));
    fireEvent.click(screen.getByRole('button', { name: '恢复默认' }));
    expect(screen.getByText('已恢复为默认设置，点击「保存」后生效。')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '满意度指标值下限（%）' })).toHaveValue('80');
    expect(screen.getByRole('textbox', { name: '金额最多保留的小数位数' })).toHaveValue('4');
    fireEvent.click(screen.getByRole('button', { name: /^文字/ }));
    expect(screen.getByRole('checkbox', { name: '多余的空格或换行（提示）' })).toBeChecked();
    expect(calls.saveSettings).toEqual([]);
    await save();
    expect(calls.saveSettings).toEqual([resolveSettings()]);
  });

  test('导出 JSON shows every setting as the JSON --config reads', async () => {
    await openSettings(stored(resolveSettings({ reverseKeywords: ['投诉'] })));
    type('满意度指标值下限（%）', '88');
    fireEvent.click(screen.getByRole('button', { name: '导出 JSON' }));
    const json = screen.getByRole('textbox', { name: '审核设置（JSON）' });
    expect(json).toHaveAttribute('readonly');
    expect(parseSettings((json as HTMLTextAreaElement).value)).toEqual({
      settings: resolveSettings({ reverseKeywords: ['投诉'], satisfactionThreshold: 88 }),
      problems: [],
    });
    expect(screen.getByRole('button', { name: '收起 JSON' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('problems in the stored settings are shown', async () => {
    await openSettings(
      stored(resolveSettings(), [
        {
          zh: '设置项「amountTolerance」应为 0 到 100 之间的数字，现为文字「x」，已使用默认值。',
          en: 'Setting "amountTolerance" should be a number from 0 to 100, not the text "x"; the default is used.',
        },
      ]),
    );
    expect(screen.getByText(/^此工作簿中保存的审核设置有误/).textContent).toBe(
      '此工作簿中保存的审核设置有误，以下各项已改用默认值：\n• 设置项「amountTolerance」应为 0 到 100 之间的数字，现为文字「x」，已使用默认值。',
    );
  });

  test('settings that cannot be read: the defaults, and why', async () => {
    const { calls } = await openSettings({ loadSettings: () => Promise.reject(new Error('Settings are not available')) });
    expect(screen.getByText('无法读取此工作簿中的审核设置，暂用默认设置。发生意外错误：Settings are not available')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '满意度指标值下限（%）' })).toHaveValue('80');
    fireEvent.click(screen.getByRole('tab', { name: '审核' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '审核' })));
    expect(calls.validate).toEqual([resolveSettings()]);
  });

  test('a failed save is described', async () => {
    await openSettings({ saveSettings: () => Promise.reject(new SettingsSaveError('')) });
    await save();
    expect(screen.getByText('审核设置未能保存到工作簿。请确认工作簿不是只读的，然后再点击「保存」。')).toBeInTheDocument();
  });

  test('every control is labelled', async () => {
    await openSettings();
    for (const header of screen.getAllByRole('button', { expanded: false })) fireEvent.click(header);
    const panel = screen.getByRole('tabpanel', { name: '设置' });
    const controls = panel.querySelectorAll('input, select, button, textarea');
    expect(controls.length).toBeGreaterThan(50);
    for (const el of controls) expect(el).toHaveAccessibleName();
  });
});

describe('settings in English', () => {
  test('labels and rule titles in English', async () => {
    await openSettings({}, 'en-US');
    expect(screen.getByRole('textbox', { name: 'Lowest satisfaction target (%)' })).toHaveValue('80');
    fireEvent.click(screen.getByRole('button', { name: /^Amounts/ }));
    expect(screen.getByRole('checkbox', { name: 'Negative amount (Error)' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Restore defaults' })).toBeInTheDocument();
    expect(screen.queryByText('审核规则')).not.toBeInTheDocument();
  });
});
