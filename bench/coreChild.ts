/**
 * Run in a child process by core.ts (`node coreChild.js COUNT`): builds COUNT project form
 * snapshots, then times recognising and validating them and measures the heap and RSS growth of
 * that step alone. Prints one JSON line. Run with --expose-gc for a clean baseline.
 */
import { recognizeWorkbook } from '../src/core/forms';
import { validateForms } from '../src/core/rules';
import { projectSnapshot } from './workbooks';

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const count = Number(process.argv[2] ?? 1000);
const wb = projectSnapshot(count);
// Warm up the code paths on a small workbook (JIT), outside the measurement.
validateForms(recognizeWorkbook(projectSnapshot(3)));
gc();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
let peakRss = before.rss;
const sample = setInterval(() => undefined, 1000);
const cpuStart = process.cpuUsage();
const start = process.hrtime.bigint();
const recognition = recognizeWorkbook(wb);
const afterRecognise = process.memoryUsage();
const findings = validateForms(recognition);
const end = process.hrtime.bigint();
const cpu = process.cpuUsage(cpuStart);
const after = process.memoryUsage();
clearInterval(sample);
peakHeap = Math.max(peakHeap, afterRecognise.heapUsed, after.heapUsed);
peakRss = Math.max(peakRss, afterRecognise.rss, after.rss);
const indicators = recognition.forms.reduce((n, f) => n + f.indicators.length, 0);
process.stdout.write(
  `${JSON.stringify({
    forms: recognition.forms.length,
    indicators,
    findings: findings.length,
    ms: Number(end - start) / 1e6,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapDelta: peakHeap - before.heapUsed,
    rssDelta: peakRss - before.rss,
    rssPeak: peakRss,
  })}\n`,
);
