/**
 * The 导入 section's inputs: a file's bytes read as the CLI reads them (by content; .csv by name),
 * an .xlsx through ExcelJS (loaded on demand), what cannot be read refused with a typed error.
 */
import ExcelJS from 'exceljs';
import { FileFormatError } from '../../src/core/errors';
import { findSheet } from '../../src/core/snapshot';
import { fileInput, importInputs, MAX_IMPORT_FILE_BYTES, pastedInput } from '../../src/taskpane/importInputs';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function xlsxBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('申报表');
  ws.getCell('A1').value = '项目支出绩效目标申报表';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '项目名称';
  ws.getCell('C2').value = '职业技能培训';
  wb.addWorksheet('隐藏').state = 'hidden';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('fileInput', () => {
  test('an .xlsx becomes a workbook input with its sheets, cells and merges (ExcelJS in the pane)', async () => {
    const input = await fileInput('申报.xlsx', await xlsxBytes());
    expect(input.kind).toBe('workbook');
    if (input.kind !== 'workbook') return;
    expect(input.source).toBe('申报.xlsx');
    const sheet = findSheet(input.workbook, '申报表')!;
    expect(sheet.values[0][0]).toBe('项目支出绩效目标申报表');
    expect(sheet.values[1][2]).toBe('职业技能培训');
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
    expect(findSheet(input.workbook, '隐藏')?.visibility).toBe('hidden');
  });

  test('the workbook reader can be replaced (the pane loads ExcelJS only for an .xlsx)', async () => {
    const seen: string[] = [];
    const input = await fileInput('a.xlsx', await xlsxBytes(), async (name) => {
      seen.push(name);
      return { sheets: [], activeSheet: null, selection: null, names: null } as never;
    });
    expect(seen).toEqual(['a.xlsx']);
    expect(input.kind).toBe('workbook');
    // Text files never load it.
    await fileInput('a.txt', utf8('项目名称\t培训'), () => Promise.reject(new Error('must not load')));
  });

  test.each([
    ['tab-separated text', '表.txt', utf8('项目名称\t培训'), { kind: 'text', source: '表.txt', text: '项目名称\t培训' }],
    ['HTML saved as .xls', '表.xls', utf8('<table><tr><td>项目名称</td></tr></table>'), { kind: 'html', source: '表.xls', html: '<table><tr><td>项目名称</td></tr></table>' }],
    ['CSV by its name', '导出.csv', utf8('项目名称,培训'), { kind: 'csv', source: '导出.csv', text: '项目名称,培训' }],
    ['GB18030 text from Chinese Windows', '旧.txt', new Uint8Array([0xcf, 0xee, 0xc4, 0xbf]), { kind: 'text', source: '旧.txt', text: '项目' }],
    ['UTF-8 with a byte-order mark', 'bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('项目')]), { kind: 'text', source: 'bom.txt', text: '项目' }],
  ])('%s', async (_what, name, bytes, expected) => {
    expect(await fileInput(name, bytes)).toEqual(expected);
  });

  test.each([
    ['a legacy .xls', '旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'legacy-xls'],
    ['a WPS .et', '表.et', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'wps-et'],
    ['a Word document', '说明.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'docx'],
    ['a broken zip', '坏.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'not-xlsx'],
    ['an empty file', '空.txt', new Uint8Array(0), 'unreadable'],
  ])('%s is refused with a FileFormatError', async (_what, name, bytes, reason) => {
    const err = await fileInput(name, bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileFormatError);
    expect(err).toMatchObject({ file: name, reason });
  });

  test('a file over the limit is refused before it is parsed', async () => {
    const big = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1);
    await expect(fileInput('大.txt', big, () => Promise.reject(new Error('not parsed')))).rejects.toMatchObject({ reason: 'too-large' });
  });
});

describe('pasted input', () => {
  test('HTML when the paste held a table, else its text; nothing when empty', () => {
    expect(pastedInput({ text: 'a\tb', html: '<table><tr><td>a</td></tr></table>' })).toEqual({
      kind: 'html',
      source: '剪贴板',
      html: '<table><tr><td>a</td></tr></table>',
    });
    expect(pastedInput({ text: 'a\tb', html: null })).toEqual({ kind: 'text', source: '剪贴板', text: 'a\tb' });
    expect(pastedInput({ text: ' \n ', html: null })).toBeNull();
  });

  test('the paste first, then the files in their order', async () => {
    const files = [new File([utf8('x')], '1.txt'), new File([utf8('y,z')], '2.csv')];
    expect(await importInputs({ text: '粘贴', html: null }, files)).toEqual([
      { kind: 'text', source: '剪贴板', text: '粘贴' },
      { kind: 'text', source: '1.txt', text: 'x' },
      { kind: 'csv', source: '2.csv', text: 'y,z' },
    ]);
  });
});
