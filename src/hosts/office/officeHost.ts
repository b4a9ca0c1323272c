/**
 * The WorkbookHost over Office.js. It takes the `Excel` and `Office` namespaces to use (by default
 * the globals), so that tests and the playground can pass the in-memory fake.
 */
import type { ApplyResult, WorkbookHost } from '../../core/host';
import type { EditPlan } from '../../core/plan';
import type { ReadRequest, WorkbookSnapshot } from '../../core/snapshot';
import { applyPlan, DEFAULT_BATCH_LIMIT, type ApplyOptions } from './applyPlan';
import { detectCapabilities, type OfficeCapabilities } from './capabilities';
import { globalExcel, globalOffice, type ExcelLike, type OfficeLike } from './excelApi';
import { PART_BYTES } from './readParts';
import { readSnapshot } from './readSnapshot';

export interface OfficeHostOptions {
  /** Default: the global `Excel`. */
  excel?: ExcelLike;
  /** Default: the global `Office`. */
  office?: OfficeLike;
  /** Bytes of operations per sync (default 80% of Excel on the web's 5 MB). */
  batchLimit?: number;
  /** Bytes each part of a read too large for one response aims at (default 80% of 5 MB). */
  readPartBytes?: number;
}

export class OfficeHost implements WorkbookHost {
  private readonly excel: ExcelLike;
  private readonly office: OfficeLike;
  private readonly batchLimit: number;
  private readonly readPartBytes: number;

  constructor(options: OfficeHostOptions = {}) {
    this.excel = options.excel ?? globalExcel();
    this.office = options.office ?? globalOffice();
    this.batchLimit = options.batchLimit ?? DEFAULT_BATCH_LIMIT;
    this.readPartBytes = options.readPartBytes ?? PART_BYTES;
  }

  /** What this Excel supports, asked each time (cheap, no sync). */
  capabilities(): OfficeCapabilities {
    return detectCapabilities(this.office);
  }

  /** Reads a snapshot in at most two syncs (one when no sheet contents are asked). */
  read(request?: ReadRequest): Promise<WorkbookSnapshot> {
    const caps = this.capabilities();
    return this.excel.run((context) => readSnapshot(context, caps, request, this.readPartBytes));
  }

  /**
   * Checks the preconditions (one sync, or none with `checkedAgainst`), refusing the plan with
   * PlanRefusedError before any write; then writes every operation in one sync (more only past
   * the batch limit). Throws WriteFailedError when a sync fails part way.
   */
  apply(plan: EditPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
    const caps = this.capabilities();
    return this.excel.run((context) => applyPlan(context, caps, plan, options, this.batchLimit));
  }
}
