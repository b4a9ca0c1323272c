/**
 * 打开 a file that is not an .xlsx workbook (an old .xls, a text file named .xlsx): the page says
 * what it is and what to do, in the CLI's words, and the open workbook stays as it was.
 */
'use strict';
const assert = require('assert/strict');
const fs = require('fs');
const path = require('path');

module.exports = {
  name: 'opening a file that is not .xlsx says why and keeps the workbook',
  async run(pg) {
    await pg.open();
    const before = await pg.sheetTabs();

    const xls = path.join(pg.options.tmp, '旧表格.xls');
    // The OLE2 signature of Excel 97-2003 files, then filler.
    fs.writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await pg.page.locator('#open-file').setInputFiles(xls);
    await pg.page.locator('#status').filter({ hasText: '「旧表格.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。' }).waitFor();

    const text = path.join(pg.options.tmp, '名单.xlsx');
    fs.writeFileSync(text, '部门名称\t吴川市科工贸和信息化局\n');
    await pg.page.locator('#open-file').setInputFiles(text);
    await pg.page.locator('#status').filter({ hasText: '「名单.xlsx」不是 .xlsx 工作簿' }).waitFor();

    assert.deepEqual(await pg.sheetTabs(), before);
    assert.equal(await pg.cell('A1').textContent(), '市级部门整体预算绩效目标申报表');
  },
};
