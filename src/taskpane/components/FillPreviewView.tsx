import { useMemo } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang, Strings } from '../../i18n';
import { groupFindings } from '../findingGroups';
import { fillNoticeLines, fillSummaryLines, VALUE_CONFLICT_RULE } from '../fillPlanView';
import type { FillPreview } from '../operations';
import { FillChangeList } from './FillChangeList';
import { FindingList } from './FindingList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const NO_SEVERITY_FILTER = new Set<never>();

export interface FillPreviewViewProps {
  preview: FillPreview;
  /** An action is running: the buttons wait. */
  busy: boolean;
  onConfirm: () => void;
  onDiscard: () => void;
  strings: Strings;
  lang: Lang;
}

/**
 * A 汇总 preview: what it amounts to, 确认写入 / 放弃, what it cannot do, the value conflicts, every
 * cell it changes by sheet, and what validation still finds once it is written (a list only: the
 * cells are as they will be, so they are not selected).
 */
export function FillPreviewView({ preview, busy, onConfirm, onDiscard, strings, lang }: FillPreviewViewProps) {
  const styles = useStyles();
  const t = strings.fill;
  const nothing = preview.changes.length === 0;
  const notices = fillNoticeLines(preview, strings);
  const conflicts = useMemo(() => preview.findings.filter((f) => f.rule === VALUE_CONFLICT_RULE), [preview]);
  const remaining = useMemo(() => preview.findings.filter((f) => f.rule !== VALUE_CONFLICT_RULE), [preview]);
  const conflictGroups = useMemo(() => groupFindings(conflicts, preview.forms, NO_SEVERITY_FILTER), [conflicts, preview]);
  const remainingGroups = useMemo(() => groupFindings(remaining, preview.forms, NO_SEVERITY_FILTER), [remaining, preview]);
  const closed = useMemo(() => new Set([preview.summarySheet]), [preview]);

  return (
    <div className={styles.root}>
      <MessageBar intent={nothing ? 'success' : 'info'} layout="multiline">
        <MessageBarBody className={styles.text}>
          {nothing ? t.nothingToDo : [t.planIntro(preview.changes.length), ...fillSummaryLines(preview, strings).map((l) => `• ${l}`)].join('\n')}
        </MessageBarBody>
      </MessageBar>
      {!nothing && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onConfirm}>
            {t.confirm}
          </Button>
          <Button disabled={busy} onClick={onDiscard}>
            {t.discard}
          </Button>
        </div>
      )}

      {notices.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>{[t.noticesHeading, ...notices.map((l) => `• ${l}`)].join('\n')}</MessageBarBody>
        </MessageBar>
      )}

      {conflicts.length > 0 && (
        <>
          <h3 className={styles.heading}>{t.conflictsHeading}</h3>
          <p className={styles.hint}>{t.conflictsHint}</p>
          <FindingList groups={conflictGroups} strings={strings} lang={lang} />
        </>
      )}

      {!nothing && (
        <>
          <h3 className={styles.heading}>{t.changesHeading}</h3>
          <FillChangeList changes={preview.changes} closed={closed} strings={strings} />
        </>
      )}

      <h3 className={styles.heading}>{t.findingsHeading}</h3>
      {remaining.length > 0 ? (
        <FindingList groups={remainingGroups} strings={strings} lang={lang} />
      ) : (
        <Body1 as="p" className={styles.hint}>
          {t.findingsNone}
        </Body1>
      )}
    </div>
  );
}
