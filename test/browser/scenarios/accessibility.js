/**
 * axe-core over the page and the pane's frame, with findings listed: no moderate, serious or
 * critical violations (a pane without a main landmark or a level-one heading is a moderate one). Runs only where axe-core is installed (a devDependency); otherwise it is skipped.
 */
'use strict';

function axeSource() {
  try {
    return require('fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return null;
  }
}

/**
 * Fluent UI's focus helper (Tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` guards
 * around tab lists; they only pass focus on, and their maintainers call axe's aria-hidden-focus on
 * them a false positive (github.com/microsoft/tabster/issues/288). Those nodes alone are left out.
 */
function isTabsterGuard(ruleId, node) {
  return ruleId === 'aria-hidden-focus' && node.html.includes('data-tabster-dummy');
}

const FAILING = ['moderate', 'serious', 'critical'];

async function violations(frame, source) {
  await frame.evaluate(source);
  const result = await frame.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => FAILING.includes(v.impact))
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

module.exports = {
  name: 'axe-core: no moderate, serious or critical violations (page and pane)',
  skip: () => (axeSource() ? null : 'axe-core is not installed (add it as a devDependency)'),
  async run(pg) {
    const source = axeSource();
    await pg.open();
    await pg.validate();
    const paneFrame = pg.page.frames().find((f) => f.name() === 'pane');
    const found = [
      ...(await violations(pg.page.mainFrame(), source)).map((v) => `page: ${v}`),
      ...(await violations(paneFrame, source)).map((v) => `pane: ${v}`),
    ];
    if (found.length > 0) throw new Error(`axe found:\n  ${found.join('\n  ')}`);
  },
};
