/**
 * The 审核设置 the pane uses: read from the workbook once when the pane opens, replaced when the
 * settings panel saves. Reading never leaves the pane without settings: on failure the defaults are
 * used and the reason is kept for the settings panel to show.
 */
import { useCallback, useEffect, useState } from 'react';
import { resolveSettings } from '../core/rules';
import { describeError } from '../i18n/describeError';
import type { Lang, Strings } from '../i18n';
import type { Operations, RuleSettings } from './operations';

export interface RuleSettingsState {
  /** null while being read. */
  settings: RuleSettings | null;
  /** Lines to show about the stored settings (empty when they were fine). */
  problems: string[];
  /** Takes settings just saved. */
  saved: (settings: RuleSettings) => void;
}

export function useRuleSettings(operations: Pick<Operations, 'loadSettings'>, strings: Strings, lang: Lang): RuleSettingsState {
  const [settings, setSettings] = useState<RuleSettings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    let active = true;
    operations.loadSettings().then(
      (loaded) => {
        if (!active) return;
        setSettings(loaded.settings);
        setProblems(loaded.problems.length > 0 ? [strings.settings.loadProblems, ...loaded.problems.map((p) => `• ${lang === 'en-US' ? p.en : p.zh}`)] : []);
      },
      (err: unknown) => {
        if (!active) return;
        setSettings(resolveSettings());
        setProblems([strings.settings.loadFailed(describeError(err, lang))]);
      },
    );
    return () => {
      active = false;
    };
    // Read once per pane (the language does not change while it is open).
  }, [operations]);

  const saved = useCallback((next: RuleSettings) => {
    setSettings(next);
    setProblems([]);
  }, []);

  return { settings, problems, saved };
}
