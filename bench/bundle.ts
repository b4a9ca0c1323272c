/**
 * The task pane's first paint: bytes of JavaScript the production dist/taskpane.html loads (its
 * <script src> tags), each gzipped. Budget 300 KB. Office.js itself, loaded from Microsoft's CDN,
 * is listed but not counted. Builds with webpack in production mode first
 * when dist/taskpane.html is missing or older than the sources.
 */
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { budgeted, figure, type Measurement } from './measure';
import { repoPath } from './repo';

export const BUNDLE_BUDGET = 300 * 1024;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The scripts an HTML page loads by <script src=…> (quoted or not, as minified HTML has them). */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
}

const isExternal = (src: string) => /^(?:[a-z]+:)?\/\//i.test(src);

export function measureBundle(log: (line: string) => void = () => undefined): Measurement[] {
  const dist = repoPath('dist');
  const page = join(dist, 'taskpane.html');
  const stale = !existsSync(page) || statSync(page).mtimeMs < newestMtime(repoPath('src'));
  if (stale) {
    log('bundle: building with webpack --mode production');
    const cli = repoPath('node_modules', 'webpack-cli', 'bin', 'cli.js');
    const build = spawnSync(process.execPath, [cli, '--mode', 'production'], { cwd: repoPath(), encoding: 'utf8', timeout: 180_000 });
    if (build.status !== 0) throw new Error(`webpack failed: ${(build.stderr || build.stdout).slice(-1000)}`);
  }
  const all = scriptSources(readFileSync(page, 'utf8'));
  const external = all.filter(isExternal);
  const scripts = all.filter((src) => !isExternal(src));
  if (scripts.length === 0) throw new Error('dist/taskpane.html loads no local script');
  const sizes = scripts.map((src) => {
    const data = readFileSync(join(dist, src.replace(/^\.?\//, '').split(/[?#]/)[0]));
    return { src, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const total = sizes.reduce((n, s) => n + s.gzip, 0);
  const raw = sizes.reduce((n, s) => n + s.raw, 0);
  return [
    budgeted('Bundle', 'taskpane.html 首屏 JS (gzip)', Math.round(total / 1024), 'KB', `≤ ${BUNDLE_BUDGET / 1024}`, total <= BUNDLE_BUDGET, `${sizes.length} scripts, ${Math.round(raw / 1024)} KB before gzip`),
    ...sizes.map((s) => figure('Bundle', `  ${s.src}`, Math.round(s.gzip / 1024), 'KB gzip', `${Math.round(s.raw / 1024)} KB raw`)),
    // Office.js comes from Microsoft's CDN (cached by Office), not from this build: named, not counted.
    ...external.map((src) => figure('Bundle', `  ${src}`, NaN, '', 'external, not counted')),
  ];
}
