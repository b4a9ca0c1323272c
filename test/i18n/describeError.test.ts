import { FileFormatError, OperationUnavailableError, PlanRefusedError, SelectionError, SheetNameError, WriteFailedError } from '../../src/core/errors';
import { describeError } from '../../src/i18n/describeError';

describe('describeError (zh-CN)', () => {
  test.each<[string, unknown, string]>([
    [
      'occupied target area',
      new PlanRefusedError([{ kind: 'cellOccupied', sheet: 'Sheet1', cell: 'C7', value: '数量指标' }]),
      '目标区域不是空的：工作表「Sheet1」的 C7 已有内容「数量指标」。请选择空白区域，或插入到新工作表。',
    ],
    [
      'long cell content is cut, line breaks flattened',
      new PlanRefusedError([{ kind: 'cellOccupied', sheet: '项目1', cell: 'B12', value: '第一行\n完成道路改造工程并通过竣工验收，确保按期通车' }]),
      '目标区域不是空的：工作表「项目1」的 B12 已有内容「第一行 完成道路改造工程并通过竣工验收，…」。请选择空白区域，或插入到新工作表。',
    ],
    [
      'protected structure',
      new PlanRefusedError([{ kind: 'structureProtected' }]),
      '工作簿结构受保护，无法新建工作表。请先撤销工作簿保护（审阅 → 保护工作簿），或插入到当前选择位置。',
    ],
    [
      'protected sheet',
      new PlanRefusedError([{ kind: 'sheetProtected', sheet: '部门整体' }]),
      '工作表「部门整体」受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）。',
    ],
    ['sheet exists', new PlanRefusedError([{ kind: 'sheetExists', sheet: '项目1' }]), '已有名为「项目1」的工作表。请改名或删除该工作表后再试。'],
    ['sheet missing', new PlanRefusedError([{ kind: 'sheetMissing', sheet: '项目2' }]), '找不到工作表「项目2」，它可能已被删除或改名。'],
    ['cell changed', new PlanRefusedError([{ kind: 'cellChanged', sheet: '汇总', cell: 'D4' }]), '工作表「汇总」的 D4 在操作期间被修改了。请重新操作。'],
    [
      'several violations: one line each, duplicates once',
      new PlanRefusedError([
        { kind: 'structureProtected' },
        { kind: 'sheetProtected', sheet: 'A' },
        { kind: 'structureProtected' },
      ]),
      '无法执行，工作簿未作任何修改：\n• 工作簿结构受保护，无法新建工作表。请先撤销工作簿保护（审阅 → 保护工作簿），或插入到当前选择位置。\n' +
        '• 工作表「A」受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护）。',
    ],
    [
      'write failure leaving a sheet',
      new WriteFailedError(4, 10, { kind: 'merge', sheet: '项目1', address: 'A1:H1' }, ['项目1', '项目2'], [], 'InvalidArgument'),
      '写入中途失败（已完成 4/10 步）：InvalidArgument\n未写完的工作表仍在工作簿中：「项目1」、「项目2」。请检查后删除，再重新插入。',
    ],
    [
      'write failure that removed its sheet',
      new WriteFailedError(2, 10, null, [], ['项目1'], 'GeneralException'),
      '写入中途失败（已完成 2/10 步）：GeneralException\n已删除未写完的工作表：「项目1」。',
    ],
    [
      'write failure on an existing sheet',
      new WriteFailedError(1, 3, { kind: 'insertRows', sheet: '项目1', at: 20, count: 1 }, [], [], 'ItemNotFound'),
      '写入中途失败（已完成 1/3 步）：ItemNotFound\n工作表「项目1」可能只写入了一部分，请检查（可用“撤消”恢复）。',
    ],
    ['sheet name too long', new SheetNameError('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', 'too-long'), '工作表名称「一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二」超过 31 个字符，请缩短。'],
    ['no selection', new SelectionError('no-selection'), '没有选中的单元格。请先在申报表中选中一个单元格。'],
    [
      'selection outside the table',
      new SelectionError('not-in-indicator-table', 'Sheet1', 'A1'),
      '所选单元格不在指标表中。请在申报表某个二级指标的区域里选中一个单元格，再添加指标行。（当前选择：工作表「Sheet1」的 A1）',
    ],
    ['legacy file', new FileFormatError('2025预算.xls', 'legacy-xls'), '「2025预算.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。'],
    ['not wired yet', new OperationUnavailableError('addIndicatorRow'), '此功能尚未接入 Excel（添加指标行）。请更新加载项后再试。'],
    ['unknown Error', new TypeError('x is not a function'), '发生意外错误：x is not a function'],
    ['a thrown string', 'AccessDenied', '发生意外错误：AccessDenied'],
    ['nothing useful', { code: 42 }, '发生意外错误。'],
  ])('%s', (_name, err, expected) => {
    expect(describeError(err, 'zh-CN')).toBe(expected);
  });
});

describe('describeError (en-US)', () => {
  test('names the sheet and cell in English', () => {
    const err = new PlanRefusedError([{ kind: 'cellOccupied', sheet: 'Sheet1', cell: 'C7', value: 'x' }]);
    expect(describeError(err, 'en-US')).toBe(
      'The target area is not empty: cell C7 on sheet “Sheet1” holds “x”. Select an empty area, or insert into a new sheet.',
    );
  });

  test('lists sheets with English quotes', () => {
    const err = new WriteFailedError(1, 2, null, ['A', 'B'], [], 'boom');
    expect(describeError(err, 'en-US')).toBe(
      'Writing failed part way (1 of 2 steps done): boom\nThese incomplete sheets are still in the workbook: “A”, “B”. Check and delete them, then insert again.',
    );
  });
});

describe("Excel's error codes", () => {
  const officeError = (code: string, message: string) => Object.assign(new Error(message), { code });

  test('a code the user can act on is explained, with Excel’s own words after it', () => {
    expect(describeError(officeError('AccessDenied', 'Access denied.'), 'zh-CN')).toBe(
      'Excel 拒绝了这次操作：工作表或工作簿可能受保护，或正在编辑某个单元格（请先按 Enter 或 Esc 结束编辑）。（Access denied.）',
    );
    expect(describeError(officeError('ConnectionFailure', ''), 'en-US')).toBe(
      'The connection to Excel was lost (on the web, perhaps the network). Check the network and try again.',
    );
  });

  test('a write cut by one: the explanation is the cause, and what was left follows', () => {
    const err = new WriteFailedError(3, 9, null, [], ['新表'], 'Lost connection', 'ConnectionFailure').recoverableBy('fill-again');
    expect(describeError(err, 'zh-CN')).toBe(
      '写入中途失败（已完成 3/9 步）：与 Excel 的连接中断了（网页版可能是网络不稳定）。请检查网络后重试。（Lost connection）\n' +
        '已写入的部分都记录在工作簿中。请再次汇总（预览后确认写入）完成，不会重复添加。',
    );
  });

  test('other codes and errors stay unexpected', () => {
    expect(describeError(officeError('SomethingNew', 'odd'), 'zh-CN')).toBe('发生意外错误：odd');
    expect(describeError(Object.assign(new Error('no such file'), { code: 'ENOENT' }), 'zh-CN')).toBe('发生意外错误：no such file');
  });
});
