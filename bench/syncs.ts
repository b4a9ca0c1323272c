/**
 * Round trips of each command through the Office host on the fake Excel, for workbooks of 1, 10,
 * 100 and 500 project sheets: `context.sync()` calls, request and response bytes, and the time a
 * user would wait on a link with a 100 ms round trip. Budget: while the command's requests and
 * its responses each add up to no more than Excel on the web's 5 MB, at most 3 syncs (4 for 汇总).
 * Past it, at most 3 (4) plus 2 per 5 MB of the larger direction: growing with bytes, never with
 * sheets or cells. (Two, because a read that Excel refuses as too large is made again in halves, and
 * writes are cut with a margin under the limit.) A refused batch's bytes are not counted.
 */
import { clearMarks } from '../src/commands/clearMarks';
import { fillSummary } from '../src/commands/fillSummary';
import { importForms } from '../src/commands/importForms';
import { insertTemplate } from '../src/commands/insertTemplate';
import { validateAndMark } from '../src/commands/validate';
import { planImport } from '../src/core/import';
import { EXCEL_WEB_PAYLOAD_LIMIT } from '../src/core/plan';
import { createFakeExcel, type BatchStats, type FakeExcel } from '../src/fake-excel';
import { OfficeHost, type ExcelLike } from '../src/hosts/office';
import { budgeted, MB, type Measurement } from './measure';
import { fakeSpecOf, formSheets, projectText } from './workbooks';

export const SHEET_COUNTS = [1, 10, 100, 500];
/** Assumed link: 100 ms per round trip, 10 Mbit/s each way. */
export const ROUND_TRIP_MS = 100;
const BYTES_PER_MS = (10 * 1000 * 1000) / 8 / 1000;

interface Cost {
  syncs: number;
  /** Bytes of the batches Excel accepted. */
  requestBytes: number;
  responseBytes: number;
  /** Batches refused as too large (the command then read in parts). */
  refused: number;
  /** Largest single accepted request or response. */
  largest: number;
}

function hostOf(fake: FakeExcel): OfficeHost {
  // The fake's objects stand in for Office.js's at run time.
  return new OfficeHost({ excel: fake.Excel as unknown as ExcelLike, office: fake.Office });
}

async function costOf(fake: FakeExcel, run: () => Promise<unknown>): Promise<Cost> {
  fake.resetStats();
  await run();
  const s = fake.stats;
  const tooLarge = (b: BatchStats) => Math.max(b.requestBytes, b.responseBytes) > EXCEL_WEB_PAYLOAD_LIMIT;
  const accepted = s.batches.filter((b) => !tooLarge(b));
  return {
    syncs: s.syncs,
    requestBytes: accepted.reduce((n, b) => n + b.requestBytes, 0),
    responseBytes: accepted.reduce((n, b) => n + b.responseBytes, 0),
    refused: s.batches.length - accepted.length,
    largest: Math.max(0, ...accepted.map((b) => Math.max(b.requestBytes, b.responseBytes))),
  };
}

/** The commands, each run on a fresh workbook of `n` project sheets. */
const COMMANDS: { name: string; base: number; run: (n: number) => Promise<Cost> }[] = [
  {
    name: '插入模板 insert',
    base: 3,
    run: async (n) => {
      const fake = createFakeExcel({ workbook: fakeSpecOf(formSheets(n, false)) });
      return costOf(fake, () => insertTemplate(hostOf(fake), { kind: 'project' }));
    },
  },
  {
    name: '审核+标记 validate+mark',
    base: 3,
    run: async (n) => {
      const fake = createFakeExcel({ workbook: fakeSpecOf(formSheets(n, false)) });
      return costOf(fake, () => validateAndMark(hostOf(fake), {}, { mark: true }));
    },
  },
  {
    name: '清除标记 clear',
    base: 3,
    run: async (n) => {
      const fake = createFakeExcel({ workbook: fakeSpecOf(formSheets(n, false)) });
      await validateAndMark(hostOf(fake), {}, { mark: true });
      return costOf(fake, () => clearMarks(hostOf(fake)));
    },
  },
  {
    name: '汇总 fill',
    base: 4,
    run: async (n) => {
      const fake = createFakeExcel({ workbook: fakeSpecOf(formSheets(n, true)) });
      return costOf(fake, () => fillSummary(hostOf(fake)));
    },
  },
  {
    name: '导入 import',
    base: 3,
    run: async (n) => {
      // n project forms imported from text into a workbook of one sheet.
      const fake = createFakeExcel({ workbook: { sheets: [{ name: 'Sheet1' }] } });
      const inputs = Array.from({ length: n }, (_, i) => ({ kind: 'text' as const, source: `项目${i + 1}.txt`, text: projectText(i) }));
      const preview = planImport(inputs, { takenSheets: ['Sheet1'] });
      if (preview.forms.length !== n) throw new Error(`import: ${preview.forms.length} forms found in ${n} inputs`);
      return costOf(fake, () => importForms(hostOf(fake), preview));
    },
  },
];

/** The sync budget of a command whose accepted requests and responses added up to these bytes. */
export function syncBudget(base: number, requestBytes: number, responseBytes: number): number {
  const bytes = Math.max(requestBytes, responseBytes);
  return bytes <= EXCEL_WEB_PAYLOAD_LIMIT ? base : base + 2 * Math.ceil(bytes / EXCEL_WEB_PAYLOAD_LIMIT);
}

export async function measureSyncs(counts: number[] = SHEET_COUNTS, log: (line: string) => void = () => undefined): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (const command of COMMANDS) {
    for (const n of counts) {
      const name = `${command.name}, ${n} 张项目表`;
      let cost: Cost;
      try {
        cost = await command.run(n);
      } catch (err) {
        log(`${name}: ${(err as Error).message}`);
        out.push(budgeted('Office syncs', name, NaN, 'syncs', `≤ ${command.base}`, false, `失败 failed: ${(err as Error).message}`));
        continue;
      }
      const limit = syncBudget(command.base, cost.requestBytes, cost.responseBytes);
      const simulated = cost.syncs * ROUND_TRIP_MS + (cost.requestBytes + cost.responseBytes) / BYTES_PER_MS;
      const detail =
        `req ${(cost.requestBytes / MB).toFixed(2)} MB, resp ${(cost.responseBytes / MB).toFixed(2)} MB, ` +
        `largest ${(cost.largest / MB).toFixed(2)} MB, ` +
        `${cost.refused > 0 ? `${cost.refused} refused as too large, ` : ''}simulated ${Math.round(simulated)} ms`;
      out.push(budgeted('Office syncs', name, cost.syncs, 'syncs', `≤ ${limit}`, cost.syncs <= limit, detail));
      log(`${name}: ${cost.syncs} syncs, ${detail}`);
    }
  }
  return out;
}
