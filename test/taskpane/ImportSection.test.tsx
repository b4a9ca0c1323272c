/** @jest-environment jsdom */
import './jsdomTextDecoder';
import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ImportOutcome, ImportPreview, ImportedForm } from '../../src/taskpane/operations';
import { fakeOperations, renderPane } from './fakeOperations';


const TABLE_TEXT = '项目名称\t职业技能培训\n项目类型\t部门职能类';
const TABLE_HTML =
  '<html><body><table><tr><td colspan="2">项目支出绩效目标申报表</td></tr><tr><td>项目名称</td><td>职业技能培训</td></tr></table></body></html>';

function form(parts: Partial<ImportedForm> = {}): ImportedForm {
  return {
    kind: 'project',
    name: '职业技能培训',
    sheet: '职业技能培训',
    source: '剪贴板',
    location: '第1行至第30行',
    locationEn: 'lines 1–30',
    indicatorCount: 12,
    fieldCount: 9,
    fields: {},
    ...parts,
  } as ImportedForm;
}

const PREVIEW: ImportPreview = {
  forms: [form(), form({ kind: 'department', name: '', sheet: '部门整体', location: '第31行至第80行', locationEn: 'lines 31–80', indicatorCount: 20, fieldCount: 14, level: '区' } as Partial<ImportedForm>)],
  unplaced: [
    { source: '剪贴板', location: '第3行第5列', locationEn: 'line 3, column 5', form: '职业技能培训', label: '其中：财政资金', text: '12.5', reason: 'no-field' },
    { source: '剪贴板', location: '第90行第1列', locationEn: 'line 90, column 1', form: null, label: '', text: '<img src=x onerror=alert(1)>', reason: 'outside-form' },
    {
      source: '剪贴板',
      location: '第12行第4列',
      locationEn: 'line 12, column 4',
      form: '职业技能培训',
      label: '二级指标',
      text: '培训质量',
      reason: 'unknown-hierarchy-name',
      detail: '应为「质量指标」',
      detailEn: 'should be 质量指标',
    },
  ],
};

async function openImport(operations: Parameters<typeof renderPane>[0], lang: 'zh-CN' | 'en-US' = 'zh-CN') {
  await renderPane(operations, lang);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh-CN' ? '导入' : 'Import' }));
  return screen.getByRole('tabpanel', { name: lang === 'zh-CN' ? '导入' : 'Import' });
}

/** Pastes as a browser does: the clipboard's types; plain text lands in the box by itself. */
function paste(box: HTMLElement, data: Record<string, string>) {
  const handled = !fireEvent.paste(box, { clipboardData: { getData: (type: string) => data[type] ?? '' } });
  if (!handled && data['text/plain'] !== undefined) fireEvent.change(box, { target: { value: data['text/plain'] } });
}

describe('导入', () => {
  test('pasted plain text goes to the preview as text', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    paste(within(panel).getByLabelText('粘贴内容'), { 'text/plain': TABLE_TEXT });
    expect(within(panel).getByLabelText('粘贴内容')).toHaveValue(TABLE_TEXT);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await act(async () => undefined);
    expect(calls.previewImport).toEqual([[{ kind: 'text', source: '剪贴板', text: TABLE_TEXT }]]);
  });

  test('a pasted table keeps its HTML (cells and merges); editing the text drops it', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    const box = within(panel).getByLabelText('粘贴内容');
    paste(box, { 'text/html': TABLE_HTML, 'text/plain': TABLE_TEXT });
    expect(box).toHaveValue(TABLE_TEXT);
    expect(within(panel).getByText(/已保留复制内容中的表格结构/)).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await act(async () => undefined);
    expect(calls.previewImport[0]).toEqual([{ kind: 'html', source: '剪贴板', html: TABLE_HTML }]);

    fireEvent.change(box, { target: { value: `${TABLE_TEXT}\n补一行` } });
    expect(within(panel).queryByText(/已保留复制内容中的表格结构/)).not.toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await act(async () => undefined);
    expect(calls.previewImport[1]).toEqual([{ kind: 'text', source: '剪贴板', text: `${TABLE_TEXT}\n补一行` }]);
  });

  test('HTML without a table is pasted as text', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    paste(within(panel).getByLabelText('粘贴内容'), { 'text/html': '<p>项目名称 培训</p>', 'text/plain': '项目名称 培训' });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await act(async () => undefined);
    expect(calls.previewImport[0]).toEqual([{ kind: 'text', source: '剪贴板', text: '项目名称 培训' }]);
  });

  test('the preview lists the forms and the sheets they become, and what could not be placed, as text; 导入 creates them', async () => {
    const { operations, calls } = fakeOperations({
      previewImport: () => Promise.resolve(PREVIEW),
      importForms: () => Promise.resolve({ sheets: ['职业技能培训', '部门整体'], notesSheet: '导入说明', skipped: [] }),
    });
    const panel = await openImport(operations);
    paste(within(panel).getByLabelText('粘贴内容'), { 'text/plain': TABLE_TEXT });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));

    expect(await within(panel).findByRole('heading', { name: '找到的申报表（2 张）' })).toBeInTheDocument();
    expect(within(panel).getByText('项目支出：职业技能培训')).toBeInTheDocument();
    expect(within(panel).getByText('12 个指标，9 个栏目 → 新工作表「职业技能培训」')).toBeInTheDocument();
    expect(within(panel).getByText('部门整体：（未填名称）')).toBeInTheDocument();
    expect(within(panel).getByText('20 个指标，14 个栏目 → 新工作表「部门整体」')).toBeInTheDocument();
    expect(within(panel).getByText('来源：剪贴板 第31行至第80行')).toBeInTheDocument();

    expect(within(panel).getByRole('heading', { name: '未能放入标准表的内容（3 项）' })).toBeInTheDocument();
    expect(within(panel).getByText('其中：财政资金：12.5')).toBeInTheDocument();
    expect(within(panel).getByText('标准表中没有此栏目，未导入')).toBeInTheDocument();
    expect(within(panel).getByText('剪贴板 第90行第1列')).toBeInTheDocument();
    expect(within(panel).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(panel.querySelector('img')).toBeNull();
    expect(within(panel).getByText('不是指标体系中的一级/二级指标名称，未导入：应为「质量指标」')).toBeInTheDocument();
    expect(calls.importForms).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('button', { name: '导入' }));
    expect(await within(panel).findByText(/^已导入 2 张申报表：「职业技能培训」、「部门整体」。 未能放入的内容已列在「导入说明」工作表。$/)).toBeInTheDocument();
    expect(calls.importForms).toHaveLength(1);
    expect(calls.importForms[0].preview).toBe(PREVIEW);
    // Done: the inputs are cleared so that the same forms are not imported twice.
    expect(within(panel).getByLabelText('粘贴内容')).toHaveValue('');
  });

  test('取消 while importing aborts the signal handed to importForms; the pane says nothing was written', async () => {
    let started: AbortSignal | undefined;
    const { operations } = fakeOperations({
      previewImport: () => Promise.resolve(PREVIEW),
      // Stands in for the wiring: the write waits for the plan, and a cancel before it rejects.
      importForms: (_preview, signal) =>
        new Promise<ImportOutcome>((_resolve, reject) => {
          started = signal;
          signal!.addEventListener('abort', () => reject(signal!.reason));
        }),
    });
    const panel = await openImport(operations);
    paste(within(panel).getByLabelText('粘贴内容'), { 'text/plain': TABLE_TEXT });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    fireEvent.click(await within(panel).findByRole('button', { name: '导入' }));

    expect(await within(panel).findByText('正在导入…')).toBeInTheDocument();
    expect(started?.aborted).toBe(false);
    fireEvent.click(within(panel).getByRole('button', { name: '取消' }));
    expect(started?.aborted).toBe(true);
    expect(await within(panel).findByText('已取消导入，工作簿未作任何修改。')).toBeInTheDocument();
    // The preview stays: it can be imported after all.
    expect(within(panel).getByRole('button', { name: '导入' })).toBeEnabled();
  });

  test('files are read locally: HTML by content, CSV by name; several at once; one can be removed', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    const picker = within(panel).getByLabelText('文件') as HTMLInputElement;
    expect(picker).toHaveAttribute('accept', '.txt,.html,.htm,.csv,.xlsx');
    const files = [
      new File([TABLE_HTML], '申报表.xls', { type: 'application/vnd.ms-excel' }),
      new File(['项目名称,培训\n'], '导出.csv', { type: 'text/csv' }),
      new File(['不要的'], '多余.txt', { type: 'text/plain' }),
    ];
    fireEvent.change(picker, { target: { files } });
    fireEvent.click(within(panel).getByRole('button', { name: '移除「多余.txt」' }));
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    await waitFor(() => expect(calls.previewImport).toHaveLength(1));
    expect(calls.previewImport).toEqual([
      [
        { kind: 'html', source: '申报表.xls', html: TABLE_HTML },
        { kind: 'csv', source: '导出.csv', text: '项目名称,培训\n' },
      ],
    ]);
  });

  test('a real .xls (OLE2) is refused with what to do; nothing is previewed', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    fireEvent.change(within(panel).getByLabelText('文件'), { target: { files: [new File([ole2], '2025年申报.xls')] } });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    expect(await within(panel).findByText('「2025年申报.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。')).toBeInTheDocument();
    expect(calls.previewImport).toHaveLength(0);
  });

  test('预览 with nothing to read asks for input', async () => {
    const { operations, calls } = fakeOperations();
    const panel = await openImport(operations);
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    expect(await within(panel).findByText('请先粘贴内容或选择文件。')).toBeInTheDocument();
    expect(calls.previewImport).toHaveLength(0);
  });

  test('no form found: says what to check, and offers no 导入', async () => {
    const { operations } = fakeOperations({ previewImport: () => Promise.resolve({ forms: [], unplaced: [] }) });
    const panel = await openImport(operations);
    paste(within(panel).getByLabelText('粘贴内容'), { 'text/plain': '随便什么' });
    fireEvent.click(within(panel).getByRole('button', { name: '预览' }));
    expect(await within(panel).findByText('没有找到申报表')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: '导入' })).not.toBeInTheDocument();
  });

  test('in English', async () => {
    const { operations } = fakeOperations({ previewImport: () => Promise.resolve(PREVIEW) });
    const panel = await openImport(operations, 'en-US');
    paste(within(panel).getByLabelText('Pasted content'), { 'text/plain': TABLE_TEXT });
    fireEvent.click(within(panel).getByRole('button', { name: 'Preview' }));
    expect(await within(panel).findByRole('heading', { name: 'Forms found (2)' })).toBeInTheDocument();
    expect(within(panel).getByText('12 indicators, 9 fields → new sheet “职业技能培训”')).toBeInTheDocument();
    expect(within(panel).getByText('The standard form has no such field; not imported')).toBeInTheDocument();
    // Places and details in the input, in English too.
    expect(within(panel).getAllByText(/lines 1–30/)).not.toHaveLength(0);
    expect(within(panel).getByText(/line 12, column 4/)).toBeInTheDocument();
    expect(within(panel).getByText(/should be 质量指标/)).toBeInTheDocument();
    expect(within(panel).queryByText(/第12行第4列/)).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Import' })).toBeInTheDocument();
  });
});
