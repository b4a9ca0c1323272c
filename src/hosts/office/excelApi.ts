/**
 * The parts of the Office.js globals the Office host uses. They are injected so that tests can pass
 * the in-memory fake; by default the host takes the real `Excel` and `Office` globals.
 */

/** What the host needs of the `Excel` namespace. */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** What the host needs of the `Office` namespace. */
export interface OfficeLike {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** The global `Excel` (inside Office, after Office.onReady). */
export function globalExcel(): ExcelLike {
  return (globalThis as unknown as { Excel: ExcelLike }).Excel;
}

/** The global `Office`. */
export function globalOffice(): OfficeLike {
  return (globalThis as unknown as { Office: OfficeLike }).Office;
}

/** An error from context.sync(), as OfficeExtension.Error reports it. */
export interface OfficeErrorLike {
  code: string;
  message: string;
  traceMessages?: string[];
}

export function isOfficeError(e: unknown): e is OfficeErrorLike {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
}
