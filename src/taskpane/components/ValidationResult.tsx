import { useMemo, useState } from 'react';
import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { Lang, Strings } from '../../i18n';
import { countBySeverity, groupFindings } from '../findingGroups';
import { validateMarkNotices } from '../markNotices';
import type { Finding, FoundForm, OtherSheet, Severity, ValidateOutcome } from '../operations';
import { FindingList } from './FindingList';
import { SeverityIcon } from './SeverityLabel';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  filterIcon: { width: '14px', height: '14px' },
  // Pressed must show in both themes, not only through a slightly darker grey.
  pressed: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover, color: tokens.colorBrandForeground2 },
  },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  details: { fontSize: tokens.fontSizeBase200, minWidth: 0 },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2, paddingBlock: tokens.spacingVerticalXXS },
  forms: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  formAt: { color: tokens.colorNeutralForeground2 },
  others: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ValidationResultProps {
  outcome: ValidateOutcome;
  strings: Strings;
  lang: Lang;
  onSelect: (finding: Finding) => void;
  /** False for a result of 自动审核, which marks nothing (default true). */
  marking?: boolean;
}

/** After 审核: the counts (filter buttons), notes about the marks, the forms found and the findings. */
export function ValidationResult({ outcome, strings, lang, onSelect, marking = true }: ValidationResultProps) {
  const styles = useStyles();
  const t = strings.validate;
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set());
  const counts = useMemo(() => countBySeverity(outcome.findings), [outcome]);
  const groups = useMemo(() => groupFindings(outcome.findings, outcome.forms, shown), [outcome, shown]);
  const notices = validateMarkNotices(outcome, strings);

  if (outcome.forms.length === 0) {
    return (
      <div className={styles.result}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>
            <MessageBarTitle>{t.noForms}</MessageBarTitle>
            {t.noFormsDetail}
          </MessageBarBody>
        </MessageBar>
        <OtherSheets sheets={outcome.otherSheets} strings={strings} />
      </div>
    );
  }

  const clean = outcome.findings.length === 0;
  const toggle = (severity: Severity) =>
    setShown((s) => {
      const next = new Set(s);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });

  return (
    <div className={styles.result}>
      {clean ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.text}>
            <MessageBarTitle>{t.noIssues}</MessageBarTitle>
            {t.noIssuesDetail}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody className={styles.text}>
            {[
              t.summary(outcome.forms.length, counts.error, counts.warning, counts.info),
              marking ? (outcome.marked > 0 ? t.marked(outcome.marked) : t.noneMarked) : t.autoResult,
            ].join('\n')}
          </MessageBarBody>
        </MessageBar>
      )}
      {notices.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>{notices.join('\n')}</MessageBarBody>
        </MessageBar>
      )}

      <FormsFound forms={outcome.forms} open={clean} strings={strings} />
      <OtherSheets sheets={outcome.otherSheets} strings={strings} />

      {!clean && (
        <>
          <h3 id="findings-heading" className={styles.heading}>
            {t.listHeading}
          </h3>
          <div role="group" aria-label={t.filterLabel} className={styles.filters}>
            {SEVERITIES.map((severity) => (
              <ToggleButton
                key={severity}
                size="small"
                shape="circular"
                checked={shown.has(severity)}
                className={shown.has(severity) ? styles.pressed : undefined}
                disabled={counts[severity] === 0 && !shown.has(severity)}
                icon={<SeverityIcon severity={severity} className={mergeClasses(styles.filterIcon, styles[severity])} />}
                onClick={() => toggle(severity)}
              >
                {t.filterCount(t.severity[severity], counts[severity])}
              </ToggleButton>
            ))}
          </div>
          {groups.length > 0 ? (
            <FindingList groups={groups} strings={strings} lang={lang} onSelect={onSelect} />
          ) : (
            <Body1 as="p" className={styles.empty}>
              {t.filteredEmpty}
            </Body1>
          )}
        </>
      )}
    </div>
  );
}

function FormsFound({ forms, open, strings }: { forms: FoundForm[]; open: boolean; strings: Strings }) {
  const styles = useStyles();
  const t = strings.validate;
  return (
    <details className={styles.details} open={open}>
      <summary className={styles.summary}>{t.formsFound(forms.length)}</summary>
      <ul className={styles.forms}>
        {forms.map((f, i) => (
          <li key={i}>
            {t.formName(t.formKinds[f.kind], f.name || t.unnamedForm)} <span className={styles.formAt}>{t.formAt(f.sheet, f.range)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function OtherSheets({ sheets, strings }: { sheets: OtherSheet[]; strings: Strings }) {
  const styles = useStyles();
  const t = strings.validate;
  if (sheets.length === 0) return null;
  const list = sheets.map((s) => t.sheetWithReason(s.sheet, t.otherSheetReason[s.reason] ?? '')).join(strings.listSeparator);
  return <p className={styles.others}>{t.otherSheets(list)}</p>;
}
