import { useCallback, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { describeError } from '../../i18n/describeError';
import type { Lang, Strings } from '../../i18n';
import { clearMarksLines } from '../markNotices';
import type { ClearMarksOutcome, Finding, Operations, RuleSettings, ValidateOutcome } from '../operations';
import { ValidationResult } from './ValidationResult';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

type Running = 'validate' | 'clearMarks' | null;

interface Failure {
  action: 'validate' | 'clearMarks' | 'selectCell';
  message: string;
}

export interface ValidateSectionProps {
  operations: Pick<Operations, 'validate' | 'clearMarks' | 'selectCell'>;
  /** The saved 审核设置; null while they are being read. */
  settings: RuleSettings | null;
  strings: Strings;
  lang: Lang;
}

/** 审核 and 清除标记: the buttons, their progress, errors and results, and the findings list. */
export function ValidateSection({ operations, settings, strings, lang }: ValidateSectionProps) {
  const styles = useStyles();
  const t = strings.validate;
  const [running, setRunning] = useState<Running>(null);
  const [outcome, setOutcome] = useState<ValidateOutcome | null>(null);
  const [cleared, setCleared] = useState<ClearMarksOutcome | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Each 审核 starts its list afresh (filters and collapsed groups included).
  const [runs, setRuns] = useState(0);

  const validate = async () => {
    if (running || !settings) return;
    setRunning('validate');
    setFailure(null);
    setCleared(null);
    try {
      setOutcome(await operations.validate(settings));
      setRuns((n) => n + 1);
    } catch (err) {
      setFailure({ action: 'validate', message: describeError(err, lang) });
    } finally {
      setRunning(null);
    }
  };

  const clear = async () => {
    if (running) return;
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

      <div aria-live="polite" className={styles.section}>
        {!settings && <Spinner size="tiny" labelPosition="after" label={t.settingsLoading} />}
        {running && <Spinner size="tiny" labelPosition="after" label={running === 'validate' ? t.busy : t.clearing} />}
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

      {outcome && <ValidationResult key={runs} outcome={outcome} strings={strings} lang={lang} onSelect={select} />}
    </section>
  );
}
