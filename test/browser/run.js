#!/usr/bin/env node
/**
 * Browser tests of the playground (not part of Jest). Builds the CLI (for `jixiao new` files) and,
 * through scripts/playground.js, the production bundles; starts that server as one process; runs
 * each scenario of scenarios/index.js in a fresh tab of Chromium; stops the server; prints
 * `N passed, N failed` alone on the last line and exits non-zero on any failure.
 *
 *   node test/browser/run.js [--update-images] [--only TEXT] [--no-build]
 *     --update-images  save the screenshots to docs/images/ (otherwise to a temporary folder)
 *     --only TEXT      run the scenarios whose name contains TEXT
 *     --no-build       use the last builds (dist/, build/)
 */
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { launchBrowser } = require('./lib/browser');
const { Playground } = require('./lib/playground');
const { startPlayground } = require('./lib/server');
const scenarios = require('./scenarios');

const root = path.join(__dirname, '..', '..');

function parseArgs(argv) {
  const opts = { updateImages: false, only: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--update-images') opts.updateImages = true;
    else if (argv[i] === '--no-build') opts.build = false;
    else if (argv[i] === '--only') opts.only = argv[++i] ?? '';
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  return opts;
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs one scenario in a new tab; page errors and console errors (CSP violations among them) fail it. */
async function runScenario(context, url, scenario, options, requests) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.setDefaultTimeout(20_000);
  try {
    await scenario.run(new Playground(page, url, options), { requests });
    if (problems.length > 0) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-browser-tests-'));
  const selected = scenarios.filter((s) => opts.only === null || s.name.includes(opts.only));
  let passed = 0;
  let failed = 0;
  let server = null;
  let browser = null;
  try {
    if (opts.build || !fs.existsSync(path.join(root, 'build', 'cli', 'main.js'))) {
      const t = Date.now();
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: root, stdio: 'inherit' });
      console.log(`CLI built (${seconds(t)})`);
    }
    let t = Date.now();
    server = await startPlayground({ build: opts.build });
    console.log(`playground at ${server.url} (pid ${server.pid}, ${opts.build ? 'built and ' : ''}started in ${seconds(t)})`);
    t = Date.now();
    browser = await launchBrowser();
    console.log(`Chromium started (${seconds(t)})`);
    const requests = [];
    browser.context.on('request', (req) => requests.push(req.url()));

    for (const scenario of selected) {
      const why = scenario.skip ? scenario.skip() : null;
      if (why) {
        console.log(`skip ${scenario.name}: ${why}`);
        continue;
      }
      const s = Date.now();
      try {
        await runScenario(browser.context, server.url, scenario, { updateImages: opts.updateImages, tmp }, requests);
        passed++;
        console.log(`ok   ${scenario.name} (${seconds(s)})`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${scenario.name} (${seconds(s)})\n     ${String(err && err.stack ? err.stack : err).split('\n').join('\n     ')}`);
      }
    }
  } catch (err) {
    failed++;
    console.log(`FAIL setting up: ${err && err.stack ? err.stack : err}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server) await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (opts.updateImages) console.log(`screenshots saved to ${path.join('docs', 'images')}`);
  console.log(`total ${seconds(started)}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main();
