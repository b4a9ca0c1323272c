/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, screen, within } from '@testing-library/react';
import type { Finding } from '../../src/core/findings';
import { resolveSettings } from '../../src/core/rules';
import type { ValidateOutcome } from '../../src/taskpane/operations';
import { AUTO_VALIDATE_DELAY_MS } from '../../src/taskpane/useAutoValidate';
import { fakeOperations, outcome, renderPane } from './fakeOperations';

const FORMS = [{ sheet: '项目1', kind: 'project' as const, name: '道路维修', range: 'A1:H36' }];

function found(message: string): ValidateOutcome {
  const f: Finding = { rule: 'test.rule', severity: 'error', sheet: '项目1', cell: 'C12', cells: ['C12'], form: 0, indicator: null, value: null, message, messageEn: message };
  return outcome({ forms: FORMS, findings: [f] });
}

/** Lets timers run by `ms` and the promises they start settle. */
async function elapse(ms: number) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

async function openValidate(operations: Parameters<typeof renderPane>[0]) {
  await renderPane(operations);
  fireEvent.click(screen.getByRole('tab', { name: '审核' }));
  return screen.getByRole('tabpanel', { name: '审核' });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('自动审核', () => {
  test('off by default: changes are not even watched', async () => {
    const { operations, changes } = fakeOperations();
    await openValidate(operations);
    expect(changes.watching).toBe(0);
    expect(screen.getByRole('switch', { name: '自动审核' })).not.toBeChecked();
  });

  test('on: a burst of changes gives one check, a second after the last, without marks; the list updates', async () => {
    let round = 0;
    const { operations, calls, changes } = fakeOperations({
      validateOnly: () => Promise.resolve(found(round++ === 0 ? '成本指标应填写金额。' : '满意度目标偏低。')),
    });
    const panel = await openValidate(operations);
    fireEvent.click(within(panel).getByRole('switch', { name: '自动审核' }));
    await elapse(0);
    expect(changes.watching).toBe(1);

    changes.emit();
    await elapse(400);
    changes.emit();
    await elapse(400);
    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS - 1);
    expect(calls.validateOnly).toHaveLength(0);
    await elapse(1);
    expect(calls.validateOnly).toEqual([resolveSettings()]);
    expect(calls.validate).toHaveLength(0);

    expect(within(panel).getByText('成本指标应填写金额。')).toBeInTheDocument();
    expect(within(panel).getByText(/以下为自动审核的结果，未做标记。/)).toBeInTheDocument();

    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS);
    expect(calls.validateOnly).toHaveLength(2);
    expect(within(panel).getByText('满意度目标偏低。')).toBeInTheDocument();
    expect(within(panel).queryByText('成本指标应填写金额。')).not.toBeInTheDocument();
  });

  test('a change during a check gives one more check after it; checks never overlap', async () => {
    const pending: ((o: ValidateOutcome) => void)[] = [];
    const { operations, calls, changes } = fakeOperations({
      validateOnly: () => new Promise((resolve) => pending.push(resolve)),
    });
    const panel = await openValidate(operations);
    fireEvent.click(within(panel).getByRole('switch', { name: '自动审核' }));
    await elapse(0);

    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS);
    expect(calls.validateOnly).toHaveLength(1);
    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS * 3);
    expect(calls.validateOnly).toHaveLength(1);

    await act(async () => pending[0](found('第一次')));
    await elapse(AUTO_VALIDATE_DELAY_MS);
    expect(calls.validateOnly).toHaveLength(2);
    await act(async () => pending[1](found('第二次')));
    expect(within(panel).getByText('第二次')).toBeInTheDocument();
  });

  test('a 审核 with marks started meanwhile has the last word', async () => {
    let finishAuto: (o: ValidateOutcome) => void = () => undefined;
    const { operations, changes } = fakeOperations({
      validateOnly: () => new Promise((resolve) => (finishAuto = resolve)),
      validate: () => Promise.resolve({ ...found('有标记的结果'), marked: 1 }),
    });
    const panel = await openValidate(operations);
    fireEvent.click(within(panel).getByRole('switch', { name: '自动审核' }));
    await elapse(0);
    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS);
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: '审核' }));
    });
    await act(async () => finishAuto(found('过时的自动结果')));
    expect(within(panel).getByText('有标记的结果')).toBeInTheDocument();
    expect(within(panel).queryByText('过时的自动结果')).not.toBeInTheDocument();
  });

  test('off again: watching stops and changes no longer check', async () => {
    const { operations, calls, changes } = fakeOperations();
    const panel = await openValidate(operations);
    const toggle = within(panel).getByRole('switch', { name: '自动审核' });
    fireEvent.click(toggle);
    await elapse(0);
    changes.emit();
    fireEvent.click(toggle);
    await elapse(AUTO_VALIDATE_DELAY_MS * 2);
    expect(changes.stopped).toBe(1);
    changes.emit();
    await elapse(AUTO_VALIDATE_DELAY_MS * 2);
    expect(calls.validateOnly).toHaveLength(0);
  });

  test('an Excel that reports no changes: the switch goes off and says why', async () => {
    const { operations } = fakeOperations({ watchChanges: () => Promise.resolve(null) });
    const panel = await openValidate(operations);
    fireEvent.click(within(panel).getByRole('switch', { name: '自动审核' }));
    await elapse(0);
    const toggle = within(panel).getByRole('switch', { name: '自动审核' });
    expect(toggle).not.toBeChecked();
    expect(toggle).toBeDisabled();
    expect(within(panel).getByText(/当前 Excel 版本不能通知单元格的修改（需要 ExcelApi 1.9），无法自动审核。/)).toBeInTheDocument();
  });
});
