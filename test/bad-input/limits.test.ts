/**
 * Time and memory of `jixiao validate --mark` on the corpus's large and hostile files, bounded by
 * fixed limits: each runs in a process of its own (cliChild.js) whose V8 heap is capped, is killed
 * when it takes longer than the time limit, and reports its peak resident memory, which must stay
 * under the memory limit. The limits are several times what these files take here (about 8 s and
 * 500 MB for the 50 MB file, compiler included), so they catch a runaway, not a slow machine.
 */
import { spawnSync } from 'child_process';
import { readdirSync } from 'fs';
import { join } from 'path';
import * as cases from '../fixtures/bad/cases';
import { tempDir } from '../cli/helpers';

const HEAP_MB = 512;
const RSS_LIMIT_MB = 900;
const TIME_LIMIT_MS = 90_000;

const { dir, cleanup } = tempDir();
afterAll(cleanup);

interface Bounded {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  rssMb: number;
  ms: number;
}

function boundedRun(...argv: string[]): Bounded {
  const started = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, join(__dirname, 'cliChild.js'), ...argv], {
    cwd: dir,
    encoding: 'utf8',
    timeout: TIME_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  const rss = /JIXIAO_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  return {
    code: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    rssMb: rss ? Number(rss[1]) / 1024 : Infinity,
    ms: Date.now() - started,
  };
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

const base = (file: string) => file.split('/').pop() as string;

test.each([
  ['a used range of 100,000 formatted rows', () => cases.formattedToBottom(dir), [0, 1], '（1 张申报表）'],
  ['a 50 MB workbook', () => cases.fiftyMegabytes(dir), [0, 1], '（1 张申报表）'],
  ['a zip bomb', async () => cases.zipBomb(dir), [2], '太大，无法读取'],
  ['a truncated .xlsx', () => cases.truncated(dir), [2], '不完整或已损坏'],
])('%s: within fixed limits of time and memory, a clear outcome', async (_label, make, codes, text) => {
  const file = base(await make());
  const out = `out-${codes.join('')}-${Math.random().toString(36).slice(2)}`;
  const r = boundedRun('validate', file, '--mark', '--out-dir', out);
  // Not killed (time limit) nor out of heap (which ends with a signal or code 134).
  expect([r.signal, r.ms < TIME_LIMIT_MS]).toEqual([null, true]);
  expect(codes).toContain(r.code);
  expect(r.stdout).toContain(text);
  expect(r.stderr).not.toMatch(/internal error|内部错误|heap out of memory/);
  expect(r.rssMb).toBeLessThan(RSS_LIMIT_MB);
  // An input that cannot be read leaves no output behind.
  if (r.code === 2) expect(filesIn(join(dir, out))).toEqual([]);
}, TIME_LIMIT_MS + 30_000);
