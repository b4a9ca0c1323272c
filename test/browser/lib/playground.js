/**
 * The playground page as a test sees it: the grid (cells by address, typing), the sheet tabs, the
 * toolbar, and the task pane in its frame. Scenarios act through these, the way a user does.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..', '..');
const IMAGES = path.join(root, 'docs', 'images');

class Playground {
  /**
   * @param {import('playwright-core').Page} page
   * @param {string} url the server's address
   * @param {{ updateImages: boolean, tmp: string }} options
   */
  constructor(page, url, options) {
    this.page = page;
    this.url = url;
    this.options = options;
  }

  /** Opens the page and waits for the example workbook and the pane. */
  async open(query = '') {
    await this.page.goto(`${this.url}${query}`);
    await this.waitForWorkbook();
  }

  /** Waits until the grid shows a sheet and the pane shows its tabs. */
  async waitForWorkbook() {
    await this.page.locator('#grid td[data-address="A1"]').waitFor();
    await this.pane.getByRole('tab', { name: '审核' }).waitFor();
  }

  /** The task pane's frame. */
  get pane() {
    return this.page.frameLocator('iframe[name="pane"]');
  }

  /** A grid cell by local address ("E27"). */
  cell(a1) {
    return this.page.locator(`#grid td[data-address="${a1}"]`);
  }

  /** The address of the grid cell whose whole text is `text`. */
  async addressOf(text) {
    const td = this.page.locator('#grid td').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    return td.first().getAttribute('data-address');
  }

  /** Types into a cell as a user does: double-click, type, Enter. */
  async type(a1, text) {
    await this.cell(a1).dblclick();
    const input = this.page.getByRole('textbox', { name: `编辑 ${a1}` });
    await input.fill(text);
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
  }

  /** The sheet tabs' names, in order. */
  async sheetTabs() {
    return this.page.getByRole('tablist', { name: '工作表' }).getByRole('tab').allTextContents();
  }

  async activeSheet() {
    return this.page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { selected: true }).textContent();
  }

  async showSheet(name) {
    await this.page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { name, exact: true }).click();
    await this.page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
  }

  /** A toolbar button by its label. */
  toolbar(name) {
    return this.page.getByRole('toolbar').getByRole('button', { name, exact: true });
  }

  /** A new workbook from the toolbar; waits for the pane's new frame. */
  async newWorkbook(name) {
    await this.toolbar(name).click();
    await this.page.locator('#status').filter({ hasText: '已打开' }).waitFor();
    await this.waitForWorkbook();
  }

  /** Opens the pane's section tab (插入, 审核, 设置, …). */
  async paneSection(name) {
    await this.pane.getByRole('tab', { name, exact: true }).click();
  }

  /** Runs 审核 in the pane and waits for its summary. */
  async validate() {
    await this.paneSection('审核');
    await this.pane.getByRole('button', { name: '审核', exact: true }).click();
    await this.pane.getByText(/^审核了 \d+ 张申报表/).waitFor();
  }

  /** The workbook as the fake holds it (the page's bridge), for checks a screen cannot make. */
  inspect() {
    return this.page.evaluate(() => window.jixiaoPlayground.inspect());
  }

  /** Saves a screenshot as docs/images/NAME.png when the run was asked to (--update-images). */
  async screenshot(name) {
    const file = path.join(this.options.updateImages ? IMAGES : this.options.tmp, `${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }
}

module.exports = { Playground };
