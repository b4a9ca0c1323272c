import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';
import { describeError } from '../../i18n/describeError';
import type { Lang, Strings } from '../../i18n';
import { clearMarksLines } from '../markNotices';
import type { ClearMarksOutcome, Finding, Operations, RuleSettings, ValidateOutcome } from '../operations';
import { useAutoValidate } from '../useAutoValidate';
import { useSectionStyles } from './sectionStyles';
import { BusyIndicator } from './BusyIndicator';
import { ValidationResult } from './ValidationResult';

const useStyles = makeStyles({
  auto: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

type Running = 'validate' | 'clearMarks' | null;

interface Failure {
  action: 'validate' | 'clearMarks' | 'selectCell' | 'auto';
  message: string;
}

export interface ValidateSectionProps {
  operations: Pick<Operations, 'validate' | 'validateOnly' | 'clearMarks' | 'selectCell' | 'watchChanges'>;
  /** The saved 审核设置; null while they are being read. */
  settings: RuleSettings | null;
  strings: Strings;
  lang: Lang;
}

/** 审核, 清除标记 and 自动审核: the buttons, their progress, errors and results, and the findings list. */
export function ValidateSection({ operations, settings, strings, lang }: ValidateSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const t = strings.validate;
  const [running, setRunning] = useState<Running>(null);
  const [autoRunning, setAutoRunning] = useState(false);
  const [outcome, setOutcome] = useState<{ result: ValidateOutcome; marking: boolean } | null>(null);
  const [cleared, setCleared] = useState<ClearMarksOutcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Each 审核 starts its list afresh (filters and collapsed groups included); 自动审核 keeps them.
  const [runs, setRuns] = useState(0);
  // What an automatic check needs to know without waiting for a render.
  const live = useRef({ running, settings, generation: 0 });
  useEffect(() => {
    live.current.running = running;
    live.current.settings = settings;
  });

  const validate = async () => {
    if (running || !settings) return;
    live.current.generation++;
    setRunning('validate');
    setFailure(null);
    setCleared(null);
    try {
      setOutcome({ result: await operations.validate(settings), marking: true });
      setRuns((n) => n + 1);
    } catch (err) {
      setFailure({ action: 'validate', message: describeError(err, lang) });
    } finally {
      setRunning(null);
    }
  };

  const clear = async () => {
    if (running) return;
    live.current.generation++;
    setRunning('clearMarks');
    setFailure(null);
    setCleared(null);
    try {
      setCleared(await operations.clearMarks());
    } catch (err) {
      setFailure({ action: 'clearMarks', message: describeError(err, lang) });
    } finally {
      setRunning(null);
    }
  };

  const { validateOnly, watchChanges } = operations;
  const check = useCallback(async () => {
    const now = live.current;
    if (now.running || !now.settings) return false;
    const generation = now.generation;
    setAutoRunning(true);
    try {
      const result = await validateOnly(now.settings);
      // A 审核 or 清除标记 started meanwhile has the newer word.
      if (live.current.generation === generation) {
        setOutcome({ result, marking: false });
        setFailure((f) => (f?.action === 'auto' ? null : f));
      }
    } catch (err) {
      setFailure({ action: 'auto', message: describeError(err, lang) });
    } finally {
      setAutoRunning(false);
    }
    return true;
  }, [validateOnly, lang]);
  const watchFailed = useCallback((err: unknown) => setFailure({ action: 'auto', message: describeError(err, lang) }), [lang]);
  const auto = useAutoValidate(watchChanges, check, watchFailed);

  const { selectCell } = operations;
  const select = useCallback(
    (finding: Finding) => {
      if (finding.sheet === null || finding.cell === null) return;
      setFailure((f) => (f?.action === 'selectCell' ? null : f));
      selectCell(finding.sheet, finding.cell).catch((err: unknown) =>
        setFailure({ action: 'selectCell', message: describeError(err, lang) }),
      );
    },
    [selectCell, lang],
  );

  const clearedText = cleared ? clearMarksLines(cleared, strings) : null;

  return (
    <section className={styles.section} aria-labelledby="validate-heading" aria-busy={running !== null}>
      <Subtitle2 as="h2" id="validate-heading" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p" id="validate-hint" className={mergeClasses(styles.heading, styles.hint)}>
        {t.hint}
      </Body1>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={running !== null || !settings} onClick={validate} aria-describedby="validate-hint">
          {t.submit}
        </Button>
        <Button disabled={running !== null} onClick={clear} title={t.clearHint}>
          {t.clear}
        </Button>
      </div>
      <div className={styles.auto}>
        <Switch
          checked={auto.on}
          disabled={!settings || auto.unsupported}
          onChange={(_, d) => auto.setOn(d.checked)}
          label={t.auto}
          aria-describedby="validate-auto-hint"
        />
        <Body1 as="p" id="validate-auto-hint" className={mergeClasses(styles.heading, styles.hint, styles.small)}>
          {auto.unsupported ? t.autoUnsupported : t.autoHint}
        </Body1>
      </div>

      <div aria-live="polite" className={styles.section}>
        {!settings && <BusyIndicator label={t.settingsLoading} />}
        {running && <BusyIndicator label={running === 'validate' ? t.busy : t.clearing} />}
        {autoRunning && !running && <BusyIndicator label={t.autoBusy} quiet />}
        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody className={styles.text}>{failure.message}</MessageBarBody>
          </MessageBar>
        )}
        {clearedText && (
          <MessageBar intent={clearedText.complete ? 'success' : 'warning'} layout="multiline">
            <MessageBarBody className={styles.text}>{clearedText.lines.join('\n')}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {outcome && (
        <ValidationResult key={runs} outcome={outcome.result} marking={outcome.marking} strings={strings} lang={lang} onSelect={select} />
      )}
    </section>
  );
}
