/**
 * 插入模板 from the pane into a new blank workbook: the department form, then a project form, each
 * on a new sheet that the grid then shows, with the basic fields typed in the pane.
 */
'use strict';
const assert = require('assert/strict');

module.exports = {
  name: 'insert both templates from the pane',
  async run(pg) {
    await pg.open();
    await pg.newWorkbook('新建空白工作簿');
    assert.deepEqual(await pg.sheetTabs(), ['Sheet1']);

    await pg.paneSection('插入');
    await pg.pane.getByRole('radio', { name: '部门整体预算绩效目标申报表' }).check();
    await pg.pane.getByRole('textbox', { name: '部门名称' }).fill('测试市财政局');
    await pg.pane.getByRole('button', { name: '插入', exact: true }).click();
    await pg.pane.getByText('已插入部门整体预算绩效目标申报表').waitFor();
    await pg.page.getByRole('tab', { name: '部门整体', selected: true }).waitFor();
    assert.equal(await pg.cell('A1').textContent(), '市级部门整体预算绩效目标申报表');
    assert.equal(await pg.cell('B2').textContent(), '测试市财政局');
    // The title spans the form's width, as the template merges it.
    assert.ok(Number(await pg.cell('A1').getAttribute('colspan')) > 1);

    await pg.pane.getByRole('radio', { name: '项目支出绩效目标申报表' }).check();
    await pg.pane.getByRole('textbox', { name: '项目名称' }).fill('科技月活动经费');
    await pg.pane.getByRole('button', { name: '插入', exact: true }).click();
    await pg.pane.getByText('已插入项目支出绩效目标申报表').waitFor();
    await pg.page.getByRole('tab', { name: '科技月活动经费', selected: true }).waitFor();
    assert.equal(await pg.cell('A1').textContent(), '项目支出绩效目标申报表');
    assert.equal(await pg.cell('C2').textContent(), '科技月活动经费');
    assert.deepEqual(await pg.sheetTabs(), ['Sheet1', '部门整体', '科技月活动经费']);

    // What the grid shows is what the workbook holds.
    const state = await pg.inspect();
    const project = state.sheets.find((s) => s.name === '科技月活动经费');
    assert.equal(project.cells.C2.value, '科技月活动经费');
    assert.ok(project.merges.includes('A1:F1'), `merges: ${project.merges.join(' ')}`);

    await pg.showSheet('部门整体');
    await pg.screenshot('playground-insert');
  },
};
