/**
 * 导入 the seed's text (four real forms, flaws included) into a new workbook from the pane, then
 * 汇总: the department form's 项目支出 becomes a formula over the new summary sheet, and the grid
 * shows the fake's result of it, 34.35 (18.24 + 13.11 + 3 from the three project forms).
 */
'use strict';
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

const SEED = path.join(__dirname, '..', '..', 'fixtures', 'seed.txt');

module.exports = {
  name: '导入 the seed text (four forms), 汇总, read 34.35 in the grid',
  async run(pg) {
    await pg.open();
    await pg.newWorkbook('新建空白工作簿');

    await pg.paneSection('导入');
    await pg.pane.getByRole('textbox', { name: '粘贴内容' }).fill(fs.readFileSync(SEED, 'utf8'));
    await pg.pane.getByRole('button', { name: '预览', exact: true }).click();
    await pg.pane.getByText('找到的申报表（4 张）').waitFor();
    await pg.pane.getByRole('button', { name: '导入', exact: true }).click();
    await pg.page.waitForFunction(() => document.querySelectorAll('.sheet-tabs [role="tab"]').length >= 5);
    const state = await pg.inspect();
    const forms = state.sheets.filter((s) => Object.values(s.cells).some((c) => c.value === '部门名称' || c.value === '项目名称'));
    assert.equal(forms.length, 4, `sheets: ${state.sheets.map((s) => s.name).join(', ')}`);
    const department = forms.find((s) => Object.values(s.cells).some((c) => c.value === '部门名称'));

    await pg.paneSection('汇总');
    await pg.pane.getByRole('button', { name: '预览', exact: true }).click();
    await pg.pane.getByRole('button', { name: '确认写入', exact: true }).click();
    await pg.page.waitForFunction(
      (sheet) => window.jixiaoPlayground.inspect().sheets.find((s) => s.name === sheet).cells.C6.formula !== undefined,
      department.name,
    );
    const after = (await pg.inspect()).sheets.find((s) => s.name === department.name);
    assert.equal(after.cells.B6.value, '项目支出');
    assert.match(after.cells.C6.formula, /^=/);
    // A double, as Excel's own result: 18.24 + 13.11 + 3 is 34.349999999999994.
    assert.ok(Math.abs(after.cells.C6.value - 34.35) < 1e-9, `C6 = ${after.cells.C6.value}`);

    await pg.showSheet(department.name);
    assert.equal(await pg.cell('C6').textContent(), '34.35');
    await pg.cell('C6').click();
    await pg.page.waitForFunction(() => document.querySelector('#content-box').value.startsWith('='));
    await pg.screenshot('playground-fill');
  },
};
