import { DEFAULT_SETTINGS, parseSettings, resolveSettings } from '../../src/core/rules';
import {
  SETTINGS_KEY,
  SettingsSaveError,
  changedSettings,
  readStoredSettings,
  settingsExportJson,
  storeSettings,
  type DocumentSettingsLike,
} from '../../src/taskpane/documentSettings';
import { describeError } from '../../src/i18n/describeError';

/** Document settings in a Map; saveAsync answers as told. */
function memoryStore(save: { status: string; error?: { message: string } } = { status: 'succeeded' }) {
  const values = new Map<string, unknown>();
  let saves = 0;
  const store: DocumentSettingsLike = {
    get: (k) => (values.has(k) ? values.get(k) : null),
    set: (k, v) => void values.set(k, v),
    remove: (k) => void values.delete(k),
    saveAsync: (cb) => {
      saves += 1;
      cb?.(save);
    },
  };
  return { store, values, saves: () => saves };
}

describe('document settings', () => {
  test('stores only what differs from the defaults, as JSON parseSettings reads back', async () => {
    const { store, values, saves } = memoryStore();
    const edited = resolveSettings({ levelSplitBase: 'fiscalAppropriation', requireSatisfaction: false, growthRateNames: ['增长率'] });
    await storeSettings(store, edited);
    expect(saves()).toBe(1);
    expect(JSON.parse(values.get(SETTINGS_KEY) as string)).toEqual({
      levelSplitBase: 'fiscalAppropriation',
      requireSatisfaction: false,
      growthRateNames: ['增长率'],
    });
    expect(readStoredSettings(store)).toEqual({ settings: edited, problems: [] });
  });

  test('a failed save is a typed error, described with what to do', async () => {
    const { store } = memoryStore({ status: 'failed', error: { message: 'Document is read-only' } });
    const saving = storeSettings(store, resolveSettings({ satisfactionThreshold: 85 }));
    await expect(saving).rejects.toBeInstanceOf(SettingsSaveError);
    const err = await saving.catch((e: unknown) => e);
    expect(describeError(err, 'zh-CN')).toBe('审核设置未能保存到工作簿（Document is read-only）。请确认工作簿不是只读的，然后再点击「保存」。');
    expect(describeError(err, 'en-US')).toBe(
      'The check settings could not be saved in the workbook (Document is read-only). Make sure the workbook is not read-only, then click Save again.',
    );
  });

  test('a store that throws on get reads as no settings', () => {
    const store: DocumentSettingsLike = {
      get: () => {
        throw new Error('settings not loaded');
      },
      set: () => undefined,
      remove: () => undefined,
      saveAsync: () => undefined,
    };
    expect(readStoredSettings(store)).toEqual({ settings: resolveSettings(), problems: [] });
  });

  test('changedSettings of the defaults is empty', () => {
    expect(changedSettings(resolveSettings())).toEqual({});
    expect(changedSettings(resolveSettings({ amountTolerance: 0.01 }))).toEqual({ amountTolerance: 0.01 });
  });

  test('the export holds every key and is read by parseSettings without a problem', () => {
    const edited = resolveSettings({ satisfactionThreshold: 90, disabled: ['text.whitespace'] });
    const json = settingsExportJson(edited);
    expect(Object.keys(JSON.parse(json)).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(parseSettings(json)).toEqual({ settings: edited, problems: [] });
  });
});
