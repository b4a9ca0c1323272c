/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PlanRefusedError } from '../../src/core/errors';
import { App } from '../../src/taskpane/components/App';
import { readHostEnvironment } from '../../src/taskpane/hostEnvironment';
import { fakeOperations } from './fakeOperations';

const refusing = fakeOperations({
  insert: () => Promise.reject(new PlanRefusedError([{ kind: 'cellOccupied', sheet: 'Data', cell: 'B2', value: '42' }])),
}).operations;

/** Lets the pane read its settings. */
const settle = () => act(async () => undefined);

describe('App', () => {
  test('uses the English dictionary when Office reports an en-US display language', async () => {
    const env = readHostEnvironment({ displayLanguage: 'en-US' });
    render(<App operations={refusing} lang={env.lang} theme={env.theme} />);
    await settle();

    expect(screen.getByRole('tab', { name: 'Insert' })).toBeInTheDocument();
    expect(screen.getByLabelText('Own level (本级)')).toHaveValue('市');
    expect(screen.getByRole('option', { name: 'District (区)' })).toBeInTheDocument();
    expect(screen.queryByText('插入模板')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(
      await screen.findByText('The target area is not empty: cell B2 on sheet “Data” holds “42”. Select an empty area, or insert into a new sheet.'),
    ).toBeInTheDocument();
  });

  test('Chinese by default, with every control labelled and the section in a tab panel', async () => {
    const env = readHostEnvironment({ displayLanguage: 'zh-CN' });
    render(<App operations={refusing} lang={env.lang} theme={env.theme} />);
    await settle();

    const panel = screen.getByRole('tabpanel', { name: '插入' });
    expect(panel).toBeInTheDocument();
    for (const el of panel.querySelectorAll('input, select, button')) {
      expect(el).toHaveAccessibleName();
    }
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).checked)).toEqual([true, false, true, false]);
  });

  test('five sections, every control of each labelled', async () => {
    for (const lang of ['zh-CN', 'en-US'] as const) {
      const { unmount } = render(<App operations={refusing} lang={lang} theme="light" />);
      await settle();
      const names = lang === 'zh-CN' ? ['插入', '审核', '汇总', '导入', '设置'] : ['Insert', 'Check', 'Summary', 'Import', 'Settings'];
      expect(screen.getAllByRole('tab')).toEqual(names.map((name) => screen.getByRole('tab', { name })));
      for (const name of names) {
        fireEvent.click(screen.getByRole('tab', { name }));
        const panel = screen.getByRole('tabpanel', { name });
        // The file input is hidden: its visible button opens it.
        const controls = [...panel.querySelectorAll('input, select, button, textarea')].filter((el) => !el.closest('[hidden]'));
        expect(controls.length).toBeGreaterThan(0);
        for (const el of controls) expect(el).toHaveAccessibleName();
      }
      unmount();
    }
  });

  test('follows a dark Office theme', async () => {
    const env = readHostEnvironment({ displayLanguage: 'zh-CN', officeTheme: { bodyBackgroundColor: '#262626' } });
    const { container, unmount } = render(<App operations={refusing} lang={env.lang} theme={env.theme} />);
    await settle();
    const dark = getComputedStyle(container.firstElementChild as HTMLElement).getPropertyValue('--colorNeutralBackground1');
    unmount();
    const light = render(<App operations={refusing} lang="zh-CN" theme="light" />);
    await settle();
    const lightBg = getComputedStyle(light.container.firstElementChild as HTMLElement).getPropertyValue('--colorNeutralBackground1');
    expect(dark.trim()).toBe('#292929');
    expect(lightBg.trim()).toBe('#ffffff');
  });
});
