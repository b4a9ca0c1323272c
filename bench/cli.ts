/**
 * `jixiao validate` on a 300-sheet .xlsx as a whole process, beside a process that only reads the
 * same file with ExcelJS (the floor), alternating runs, medians. Budget: validate ≤ 1.3 × the
 * floor. Each run is timed by its wall clock and by its CPU time (user + system, from the
 * children's times in /proc/self/stat on Linux): on a busy machine the wall clock mostly measures
 * the others, so the budget is judged on CPU time where it can be read, else on the wall clock.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeFormsWorkbook } from './cliFile';
import { budgeted, figure, median, type Measurement } from './measure';
import { repoPath } from './repo';

export const CLI_SHEETS = 300;
export const CLI_RATIO_BUDGET = 1.3;
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds of the children this process has waited for, or null off Linux. */
function childrenCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of the file (cutime, cstime): 14 and 15 after the command name.
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS_PER_SECOND;
}

interface Timing {
  wallMs: number;
  cpuMs: number | null;
}

function timed(args: string[], okCodes: number[]): Timing {
  const cpuBefore = childrenCpu();
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childrenCpu();
  if (run.status === null || !okCodes.includes(run.status)) {
    throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  }
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000 };
}

export async function measureCli(runs = 5, log: (line: string) => void = () => undefined): Promise<Measurement[]> {
  const bin = repoPath('bin', 'jixiao.js');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  try {
    const file = join(dir, `${CLI_SHEETS}张项目表.xlsx`);
    await writeFormsWorkbook(file, CLI_SHEETS);
    const floor: Timing[] = [];
    const validate: Timing[] = [];
    // One warm-up of each (file cache, module cache on disk), not counted.
    timed([join(__dirname, 'floorRead.js'), file], [0]);
    timed([bin, 'validate', file], [0, 1]);
    for (let i = 0; i < runs; i++) {
      floor.push(timed([join(__dirname, 'floorRead.js'), file], [0]));
      validate.push(timed([bin, 'validate', file], [0, 1]));
      log(`cli run ${i + 1}: floor ${Math.round(floor[i].wallMs)} ms (${floor[i].cpuMs} CPU), validate ${Math.round(validate[i].wallMs)} ms (${validate[i].cpuMs} CPU)`);
    }
    const wallFloor = median(floor.map((t) => t.wallMs));
    const wallValidate = median(validate.map((t) => t.wallMs));
    const hasCpu = floor.every((t) => t.cpuMs !== null) && validate.every((t) => t.cpuMs !== null);
    const cpuFloor = hasCpu ? median(floor.map((t) => t.cpuMs as number)) : null;
    const cpuValidate = hasCpu ? median(validate.map((t) => t.cpuMs as number)) : null;
    const wallRatio = wallValidate / wallFloor;
    const cpuRatio = cpuFloor !== null && cpuValidate !== null ? cpuValidate / cpuFloor : null;
    const ratio = cpuRatio ?? wallRatio;
    const size = `${Math.round(statSync(file).size / 1024)} KB`;
    return [
      figure('CLI', `ExcelJS 只读 floor (${CLI_SHEETS} sheets, ${size})`, Math.round(cpuFloor ?? wallFloor), cpuFloor !== null ? 'ms CPU' : 'ms', `wall ${Math.round(wallFloor)} ms, median of ${runs}`),
      figure('CLI', `jixiao validate (${CLI_SHEETS} sheets)`, Math.round(cpuValidate ?? wallValidate), cpuValidate !== null ? 'ms CPU' : 'ms', `wall ${Math.round(wallValidate)} ms, median of ${runs}`),
      budgeted('CLI', `validate ÷ floor (${cpuRatio !== null ? 'CPU' : 'wall'})`, Number(ratio.toFixed(2)), '×', `≤ ${CLI_RATIO_BUDGET}`, ratio <= CLI_RATIO_BUDGET, `wall clock ratio ${wallRatio.toFixed(2)}`),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
