import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity } from '../operations';

const useStyles = makeStyles({
  label: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  icon: { flexShrink: 0, width: '14px', height: '14px' },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

/** The severity's shape: a circle with a cross, a triangle with "!", a circle with "i". */
export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className={className}>
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.2L15.2 14.3H0.8Z" fill="currentColor" strokeLinejoin="round" />
          <path d="M8 5.8v4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="12.2" r="0.95" fill="#fff" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M8 7.2v4.3" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
          <circle cx="8" cy="4.8" r="0.95" fill="#fff" />
        </>
      )}
    </svg>
  );
}

/** The severity as icon, colour and word (the word is never left out: colour alone says nothing to some). */
export function SeverityLabel({ severity, text }: { severity: Severity; text: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.label, styles[severity])}>
      <SeverityIcon severity={severity} className={styles.icon} />
      {text}
    </span>
  );
}
