/**
 * Nothing leaves this machine: every request the page and the pane made during the whole run (and
 * during this scenario's own load, 审核 and 保存) went to the playground's server, or was a data:
 * or blob: URL.
 */
'use strict';
const assert = require('assert/strict');

module.exports = {
  name: 'no request leaves localhost',
  async run(pg, { requests }) {
    await pg.open();
    await pg.validate();
    await Promise.all([pg.page.waitForEvent('download'), pg.toolbar('保存为 .xlsx').click()]);
    const local = /^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/;
    const outside = requests.filter((u) => !local.test(u));
    assert.deepEqual(outside, [], `requests outside localhost:\n${outside.join('\n')}`);
    // The check saw the page's own loads: the playground, its script and the pane's script.
    assert.ok(requests.some((u) => /\/playground-pane\.html$/.test(u)));
    assert.ok(requests.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u)));
  },
};
