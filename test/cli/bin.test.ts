/**
 * The installed command: bin/jixiao.js over the build of webpack.cli.js (npm run build:cli), run
 * as a user would, with its real exit codes and streams.
 */
import { execFileSync, spawnSync } from 'child_process';
import { join } from 'path';
import { run, tempDir, writeClean, writeLegacyXls, writeSeed } from './helpers';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'jixiao.js');

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.cli.js'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  ({ dir, cleanup } = tempDir());
  await writeSeed(join(dir, 'seed.xlsx'));
  await writeClean(join(dir, 'clean.xlsx'));
  writeLegacyXls(join(dir, 'old.xls'));
}, 120_000);
afterAll(() => cleanup());

function jixiao(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('node bin/jixiao.js validate', () => {
  it('prints the same JSON document as the in-process run, and exits 1 for the seed', async () => {
    const r = jixiao('validate', 'seed.xlsx', '--json');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse((await run(dir, 'validate', 'seed.xlsx', '--json')).stdout));
  });

  it('exits 0 for a clean form and 2 when a file among them cannot be read', () => {
    expect(jixiao('validate', 'clean.xlsx').code).toBe(0);
    const r = jixiao('validate', 'clean.xlsx', 'old.xls');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('「old.xls」是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试。');
  });
});
