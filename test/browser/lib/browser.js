/**
 * Chromium through playwright-core, as /work/shared/TOOLCHAIN.md says: the system's /usr/bin/chromium
 * (never a downloaded browser), headless, a throw-away profile.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser context with downloads allowed; `close()` also removes its profile. */
async function launchBrowser() {
  if (!fs.existsSync(EXECUTABLE)) {
    throw new Error(`no Chromium at ${EXECUTABLE}: apt-get install -y --no-install-recommends chromium fonts-noto-cjk`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchBrowser };
