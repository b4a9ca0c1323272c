/**
 * The 审核设置 kept in the workbook (Office document settings), as the same JSON the CLI's
 * `--config` accepts, always read back through parseSettings so a damaged value cannot break the pane.
 */
import { SettingsSaveError } from '../core/errors';

export { SettingsSaveError };
import { DEFAULT_SETTINGS, parseSettings, resolveSettings, type RuleSettings } from '../core/rules';
import type { LoadedSettings } from './operations';

/** The document-settings key holding the JSON text. */
export const SETTINGS_KEY = 'jixiao.ruleSettings';

/** The part of `Office.context.document.settings` used here. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}


/** The stored settings, or the defaults (with the problems found) when the value is missing or wrong. */
export function readStoredSettings(store: DocumentSettingsLike): LoadedSettings {
  let raw: unknown;
  try {
    raw = store.get(SETTINGS_KEY);
  } catch {
    raw = null;
  }
  if (raw === null || raw === undefined || raw === '') return { settings: resolveSettings(), problems: [] };
  return parseSettings(raw);
}

/** Writes the settings that differ from the defaults (none: the key is removed) and saves the document. */
export function storeSettings(store: DocumentSettingsLike, settings: RuleSettings): Promise<void> {
  const changed = changedSettings(settings);
  if (Object.keys(changed).length === 0) store.remove(SETTINGS_KEY);
  else store.set(SETTINGS_KEY, JSON.stringify(changed));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (String(result.status) === 'failed') reject(new SettingsSaveError(result.error?.message ?? ''));
      else resolve();
    });
  });
}

/**
 * The keys whose values differ from the defaults: what a workbook stores, so that a later version's
 * new defaults still apply to everything the user left alone.
 */
export function changedSettings(settings: RuleSettings): Partial<RuleSettings> {
  const full = resolveSettings(settings);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof RuleSettings)[]) {
    if (JSON.stringify(full[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) out[key] = full[key];
  }
  return out as Partial<RuleSettings>;
}

/** Every setting as indented JSON: a file a finance bureau can hand out for `jixiao validate --config`. */
export function settingsExportJson(settings: RuleSettings): string {
  return JSON.stringify(resolveSettings(settings), null, 2);
}
