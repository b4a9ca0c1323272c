/**
 * The performance budgets: `node build/bench/bench/run.js [--json] [--only syncs,core,cli,bundle]
 * [--quick] [--verbose]`. Prints a table (or one JSON document with --json) and exits 1 when a
 * budget fails, 2 when a measurement could not be made.
 *   syncs   context.sync() calls and bytes per command through the Office host on the fake Excel
 *   core    recognise + validate 1,000 project forms: CPU time and memory
 *   cli     jixiao validate on a 300-sheet .xlsx against an ExcelJS-only read
 *   bundle  gzipped JavaScript the task pane loads at first paint
 * --quick: fewer repetitions (1 core run, 3 CLI runs).
 */
import { spawnSync } from 'child_process';
import { measureBundle } from './bundle';
import { measureCli } from './cli';
import { measureCore } from './core';
import type { Measurement } from './measure';
import { repoPath } from './repo';
import { measureSyncs } from './syncs';
import { formatTable } from './table';

const SECTIONS = ['syncs', 'core', 'cli', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  json: boolean;
  quick: boolean;
  verbose: boolean;
  only: Section[];
}

function parse(argv: string[]): Options {
  const options: Options = { json: false, quick: false, verbose: false, only: [...SECTIONS] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') options.json = true;
    else if (a === '--quick') options.quick = true;
    else if (a === '--verbose') options.verbose = true;
    else if (a === '--only' || a.startsWith('--only=')) {
      const value = a === '--only' ? argv[++i] ?? '' : a.slice('--only='.length);
      const wanted = value.split(',').map((s) => s.trim());
      const unknown = wanted.filter((w) => !(SECTIONS as readonly string[]).includes(w));
      if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}: use ${SECTIONS.join(', ')}`);
      options.only = wanted as Section[];
    } else throw new Error(`unknown option ${a}`);
  }
  return options;
}

/** The CLI the cli section runs must be built from the current sources, as `npm run build:cli` does. */
function ensureCliBuilt(log: (line: string) => void): void {
  log('building the CLI (webpack --config webpack.cli.js)');
  const webpack = repoPath('node_modules', 'webpack', 'bin', 'webpack.js');
  const run = spawnSync(process.execPath, [webpack, '--config', repoPath('webpack.cli.js')], {
    cwd: repoPath(),
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) throw new Error(`webpack --config webpack.cli.js failed: ${run.stdout}${run.stderr}`);
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    return 2;
  }
  const log = (line: string) => {
    if (options.verbose) process.stderr.write(`${line}\n`);
  };
  const started = Date.now();
  const results: Measurement[] = [];
  const errors: string[] = [];
  const section = async (name: Section, run: () => Measurement[] | Promise<Measurement[]>) => {
    if (!options.only.includes(name)) return;
    const t = Date.now();
    try {
      results.push(...(await run()));
    } catch (err) {
      errors.push(`${name}: ${(err as Error).message}`);
    }
    log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await section('syncs', () => measureSyncs(undefined, log));
  await section('core', () => measureCore(options.quick ? 1 : 3, log));
  await section('cli', () => {
    ensureCliBuilt(log);
    return measureCli(options.quick ? 3 : 5, log);
  });
  await section('bundle', () => measureBundle(log));

  const failed = results.filter((r) => r.ok === false);
  const seconds = (Date.now() - started) / 1000;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ seconds, passed: failed.length === 0 && errors.length === 0, errors, results }, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatTable(results)}\n`);
    for (const e of errors) process.stdout.write(`错误 error: ${e}\n`);
    process.stdout.write(
      `\n${results.filter((r) => r.ok === true).length} passed, ${failed.length} failed` +
        `${errors.length > 0 ? `, ${errors.length} not measured` : ''} (${seconds.toFixed(0)} s)\n`,
    );
  }
  if (errors.length > 0) return 2;
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`bench: ${err.stack ?? err.message}\n`);
    process.exit(2);
  },
);
