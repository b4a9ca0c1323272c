/**
 * The xlsx host's side of marks: what the saved file holds, theme colours, and ExcelJS's style ids.
 */
import { readFileSync } from 'fs';
import { Workbook } from 'exceljs';
import { clearMarks } from '../../src/commands/clearMarks';
import { markFindings } from '../../src/commands/validate';
import { readCentralDirectory, readEntry } from '../../src/hosts/xlsx/zip/zipReader';
import { xlsxHarness, xlsxHarnessOver } from './harness';
import { finding, smallBook, smallFindings } from './start';

/** Every text part of a saved .xlsx, by name. */
function parts(file: string): Record<string, string> {
  const buf = readFileSync(file);
  return Object.fromEntries(readCentralDirectory(buf).map((e) => [e.name, readEntry(buf, e).toString('utf8')]));
}

describe('xlsx host: the file', () => {
  test('holds a very hidden store sheet and a name per mark while marked, and nothing of ours once cleared', async () => {
    const h = await xlsxHarness(smallBook());
    try {
      await markFindings(h.host, smallFindings());
      const marked = parts(await h.save());
      expect(marked['xl/workbook.xml']).toMatch(/<sheet sheetId="\d+" name="jixiao_marks" state="veryHidden"/);
      expect(marked['xl/workbook.xml']).toContain('<definedName name="_jixiao_m_2">&apos;项目1&apos;!$C$4</definedName>');
      await h.reopen();
      await clearMarks(h.host);
      const cleared = parts(await h.save());
      for (const [name, text] of Object.entries(cleared)) expect([name, /jixiao/i.test(text)]).toEqual([name, false]);
    } finally {
      h.cleanup();
    }
  });

  test('a theme-coloured original fill comes back as the colour the host reports for it', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('项目1');
    ws.getCell('C4').value = '95%以上';
    // ExcelJS keeps a theme colour's tint, which its typings leave out.
    const themed = { theme: 4, tint: 0.5999938962981048 } as unknown as { argb: string };
    ws.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: themed };
    const h = await xlsxHarnessOver(wb);
    try {
      await h.reopen();
      const before = await h.look('项目1', ['C4']);
      expect(before.C4.fill).toMatch(/^#[0-9A-F]{6}$/);
      await markFindings(h.host, [finding('项目1', 'C4', 'error', '成本指标应填写金额。')]);
      await h.reopen();
      expect((await h.look('项目1', ['C4'])).C4.fill).toBe('#FFC7CE');
      expect(await clearMarks(h.host)).toMatchObject({ restored: 1, storeRemoved: true });
      await h.reopen();
      // Same colour as reported before; the file now holds it as RGB rather than theme and tint.
      expect(await h.look('项目1', ['C4'])).toEqual(before);
    } finally {
      h.cleanup();
    }
  });

  test('cells loaded with a shared style keep their own fills once one is cleared (ExcelJS style ids)', async () => {
    const start = { sheets: [{ name: 'S', cells: { A1: 'a', B2: 5 }, fills: { A1: '#DDEBF7', B2: '#DDEBF7' } }] };
    const h = await xlsxHarness(start);
    try {
      await h.reopen();
      await h.userFill('S', 'B2', null);
      await h.userFill('S', 'A1', '#FFC7CE');
      await h.reopen();
      expect(await h.look('S', ['A1', 'B2'])).toEqual({
        A1: { value: 'a', fill: '#FFC7CE', note: null },
        B2: { value: 5, fill: null, note: null },
      });
    } finally {
      h.cleanup();
    }
  });
});
