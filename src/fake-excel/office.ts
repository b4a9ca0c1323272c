/**
 * The fake `Office` namespace: onReady, context.displayLanguage, context.requirements.isSetSupported
 * answering from the fake's ExcelApi version, and document settings kept in memory (set/get work
 * on a working copy; saveAsync stores it in the document).
 */
import { parseVersion, versionAtLeast, type FakeEnvironment } from './api/environment';

export interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  value?: unknown;
  error?: { code: number; message: string };
}

export interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: FakeAsyncResult) => void): void;
  saveAsync(options: unknown, callback?: (result: FakeAsyncResult) => void): void;
}

export interface FakeOfficeNamespace {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  readonly context: {
    displayLanguage: string;
    readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    readonly document: { readonly settings: FakeSettings };
  };
  readonly HostType: { Excel: 'Excel' };
  readonly AsyncResultStatus: { Succeeded: 'succeeded'; Failed: 'failed' };
}

export function createOfficeNamespace(env: FakeEnvironment, displayLanguage: string): FakeOfficeNamespace {
  const saved = env.wb.settings;
  const working = new Map<string, unknown>(saved);
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const settings: FakeSettings = {
    get: (name: string) => (working.has(name) ? structuredCloneJson(working.get(name)) : null),
    set: (name: string, value: unknown) => {
      working.set(name, structuredCloneJson(value));
    },
    remove: (name: string) => {
      working.delete(name);
    },
    saveAsync(a?: unknown, b?: (result: FakeAsyncResult) => void) {
      const callback = typeof a === 'function' ? (a as (r: FakeAsyncResult) => void) : b;
      saved.clear();
      for (const [k, v] of working) saved.set(k, structuredCloneJson(v));
      setTimeout(() => callback?.({ status: 'succeeded' }), 0);
    },
  };
  return {
    onReady(callback) {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (name.toLowerCase() !== 'excelapi') return false;
          if (minVersion === undefined) return true;
          const want = typeof minVersion === 'number' ? minVersion.toFixed(1) : minVersion;
          try {
            return versionAtLeast(env.apiVersion, parseVersion(want));
          } catch {
            return false;
          }
        },
      },
      document: { settings },
    },
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}

/** Settings hold JSON: values are copied as JSON, as the document stores them. */
function structuredCloneJson<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}
