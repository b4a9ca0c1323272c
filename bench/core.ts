/**
 * Core time and memory: recognising and validating 1,000 project forms (about 34,000 indicators)
 * from snapshots, in a child process so that the heap and RSS growth are its own. Budget: under
 * 1 second of CPU time and 500 MB (wall time is shown too; on a loaded machine it runs over CPU).
 */
import { spawnSync } from 'child_process';
import { join } from 'path';
import { budgeted, figure, MB, median, type Measurement } from './measure';

interface ChildResult {
  forms: number;
  indicators: number;
  findings: number;
  ms: number;
  cpuMs: number;
  heapDelta: number;
  rssDelta: number;
  rssPeak: number;
}

export const CORE_FORMS = 1000;
export const CORE_TIME_BUDGET_MS = 1000;
export const CORE_MEMORY_BUDGET = 500 * MB;

function runChild(forms: number): ChildResult {
  const run = spawnSync(process.execPath, ['--expose-gc', join(__dirname, 'coreChild.js'), String(forms)], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`core child failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string) as ChildResult;
}

export function measureCore(runs = 3, log: (line: string) => void = () => undefined): Measurement[] {
  const results = Array.from({ length: runs }, () => {
    const r = runChild(CORE_FORMS);
    log(`core: ${r.forms} forms, ${r.indicators} indicators, ${Math.round(r.cpuMs)} ms CPU, ${Math.round(r.ms)} ms wall`);
    return r;
  });
  const first = results[0];
  const cpu = median(results.map((r) => r.cpuMs));
  const wall = median(results.map((r) => r.ms));
  const memory = Math.max(...results.map((r) => Math.max(r.heapDelta, r.rssDelta)));
  const what = `${first.forms} 张项目表, ${first.indicators} 个指标`;
  return [
    budgeted('Core', `识别+审核 recognise+validate, ${what}`, Math.round(cpu), 'ms CPU', `< ${CORE_TIME_BUDGET_MS}`, cpu < CORE_TIME_BUDGET_MS, `wall ${Math.round(wall)} ms, ${first.findings} findings, median of ${runs}`),
    budgeted('Core', `内存 memory growth, ${what}`, Math.round(memory / MB), 'MB', `< ${CORE_MEMORY_BUDGET / MB}`, memory < CORE_MEMORY_BUDGET, `heap ${Math.round(first.heapDelta / MB)} MB, RSS ${Math.round(first.rssDelta / MB)} MB (peak RSS ${Math.round(first.rssPeak / MB)} MB)`),
    figure('Core', `每个指标 per indicator`, Number(((cpu * 1000) / first.indicators).toFixed(1)), 'µs CPU'),
  ];
}
