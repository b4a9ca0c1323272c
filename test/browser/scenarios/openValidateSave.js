/**
 * 打开 a real .xlsx written by `jixiao new`, 审核 it in the pane, 保存 it (the download), and read
 * the saved file back with ExcelJS in Node: the forms as they were, the marks 审核 made (fills and
 * notes on exactly the cells it marked), the very hidden mark store, the merges and the layout.
 */
'use strict';
const assert = require('assert/strict');
const { execFileSync } = require('child_process');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.join(__dirname, '..', '..', '..');

function fillOf(cell) {
  const f = cell.fill;
  return f && f.type === 'pattern' && f.pattern === 'solid' && f.fgColor && f.fgColor.argb ? f.fgColor.argb.slice(-6).toUpperCase() : null;
}

function noteOf(cell) {
  const n = cell.note;
  if (n === undefined || n === null) return null;
  return typeof n === 'string' ? n : (n.texts || []).map((t) => t.text).join('');
}

function valueOf(cell) {
  const v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) return v.result === undefined ? '' : v.result;
  if (v && typeof v === 'object' && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  return v === null || v === undefined ? '' : v;
}

module.exports = {
  name: 'open an .xlsx, 审核, save it, read the saved file back',
  async run(pg) {
    const input = path.join(pg.options.tmp, '绩效目标-打开测试.xlsx');
    execFileSync(process.execPath, [path.join(root, 'bin', 'jixiao.js'), 'new', '--department', '--project', '科技月活动经费', '-o', input, '--force']);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(input);

    await pg.open();
    await pg.page.locator('#open-file').setInputFiles(input);
    await pg.page.locator('#status').filter({ hasText: '已打开「绩效目标-打开测试.xlsx」' }).waitFor();
    await pg.waitForWorkbook();
    assert.deepEqual(await pg.sheetTabs(), ['部门整体', '科技月活动经费']);
    assert.equal(await pg.cell('A1').textContent(), '市级部门整体预算绩效目标申报表');

    await pg.validate();
    const summary = await pg.pane.getByText(/^审核了 \d+ 张申报表/).textContent();
    const marked = Number(/已在 (\d+) 个单元格上做了标记/.exec(summary)[1]);
    assert.ok(marked > 0, 'a blank form has findings to mark');

    const [download] = await Promise.all([pg.page.waitForEvent('download'), pg.toolbar('保存为 .xlsx').click()]);
    assert.equal(download.suggestedFilename(), '绩效目标-打开测试.xlsx');
    const saved = path.join(pg.options.tmp, 'saved.xlsx');
    await download.saveAs(saved);
    const state = await pg.inspect();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    assert.deepEqual(
      wb.worksheets.map((ws) => [ws.name, ws.state]),
      state.sheets.map((s) => [s.name, { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' }[s.visibility]]),
    );
    assert.ok(wb.worksheets.some((ws) => ws.state === 'veryHidden'), 'the mark store is saved, very hidden');

    let changedFills = 0;
    for (const ws of original.worksheets) {
      const out = wb.getWorksheet(ws.name);
      const s = state.sheets.find((x) => x.name === ws.name);
      // Contents and merges as they were.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.master !== cell) return;
          assert.deepEqual(valueOf(out.getCell(cell.address)), valueOf(cell), `${ws.name}!${cell.address}`);
        }),
      );
      assert.deepEqual([...out.model.merges].sort(), [...ws.model.merges].sort(), `${ws.name} merges`);
      assert.equal(Math.round(out.getColumn(4).width), Math.round(ws.getColumn(4).width), `${ws.name} column D width`);
      // Fills and notes: the marks where 审核 put them, and nothing else changed.
      for (const [a1, cell] of Object.entries(s.cells)) {
        const fill = cell.format && cell.format.fill ? cell.format.fill.slice(1) : null;
        assert.equal(fillOf(out.getCell(a1)), fill, `${ws.name}!${a1} fill`);
        if (fill !== fillOf(ws.getCell(a1))) changedFills++;
        assert.equal(noteOf(out.getCell(a1)), s.notes[a1] ?? null, `${ws.name}!${a1} note`);
      }
      assert.deepEqual(out.getCell('A2').border, ws.getCell('A2').border, `${ws.name}!A2 border`);
    }
    assert.equal(changedFills, marked, 'the saved file differs from the input by the marked cells');
  },
};
