/**
 * 审核 on the example workbook after a visitor types 120% as the target of 企业满意度: the cell is
 * marked (fill and note, seen in the grid), the finding is listed in the pane, clicking it selects
 * the cell in the grid; 清除标记 gives the cell back its look.
 */
'use strict';
const assert = require('assert/strict');

const SHEET = '部门整体';

module.exports = {
  name: 'type 120% under 企业满意度, 审核 marks and lists it, 清除标记 restores',
  async run(pg) {
    await pg.open();
    assert.equal(await pg.activeSheet(), SHEET);
    const nameCell = await pg.addressOf('企业满意度');
    assert.ok(nameCell, 'the example has the indicator 企业满意度');
    // The department form's 指标值 column is E, beside the 三级指标 name in D.
    assert.match(nameCell, /^D\d+$/);
    const target = `E${nameCell.slice(1)}`;
    const before = (await pg.inspect()).sheets.find((s) => s.name === SHEET).cells[target];
    assert.equal(before.value, '≥95%');

    await pg.type(target, '120%');
    // Our forms give 指标值 cells the text format, so what is typed stays text, as in Excel.
    await pg.page.waitForFunction((a1) => document.querySelector(`#grid td[data-address="${a1}"]`).textContent === '120%', target);
    const typed = (await pg.inspect()).sheets.find((s) => s.name === SHEET).cells[target];
    assert.equal(typed.value, '120%');
    assert.equal(typed.format.numberFormat, '@');

    await pg.validate();
    const marked = (await pg.inspect()).sheets.find((s) => s.name === SHEET).cells[target];
    assert.ok(marked.format.fill, 'the cell has a mark fill');
    const td = pg.cell(target);
    assert.equal(await td.evaluate((el) => el.style.backgroundColor !== ''), true);
    assert.match(await td.getAttribute('class'), /has-note/);
    assert.ok((await td.getAttribute('title')).length > 0, 'the mark note shows on hover');

    const item = pg.pane.locator(`button[title="选中工作表「${SHEET}」的 ${target}"]`).first();
    assert.match(await item.textContent(), /企业满意度/);
    // Select elsewhere first, so that the finding's click is what brings the selection back.
    await pg.cell('A1').click();
    await pg.page.waitForFunction(() => document.querySelector('#name-box').value === 'A1');
    await item.click();
    await pg.page.waitForFunction((a1) => document.querySelector('#name-box').value === a1, target);
    assert.equal(await td.getAttribute('aria-selected'), 'true');
    assert.equal((await pg.inspect()).selection.address, target);
    await pg.screenshot('playground-validate');

    await pg.pane.getByRole('button', { name: '清除标记', exact: true }).click();
    await pg.pane.getByText(/^已清除标记/).waitFor();
    const cleared = (await pg.inspect()).sheets.find((s) => s.name === SHEET).cells[target];
    // Back to the cell's own look: the template's format.
    assert.deepEqual(cleared.format, before.format);
    assert.equal((await pg.inspect()).sheets.find((s) => s.name === SHEET).notes[target], undefined);
    await pg.page.waitForFunction((a1) => !document.querySelector(`#grid td[data-address="${a1}"]`).classList.contains('has-note'), target);
    assert.equal(await td.evaluate((el) => el.style.backgroundColor), '');
    await pg.screenshot('playground-cleared');
  },
};
