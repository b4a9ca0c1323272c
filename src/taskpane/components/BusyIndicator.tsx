import { Body1, Button, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useDelayedFlag } from '../useDelayedFlag';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface BusyIndicatorProps {
  /** What is running ("正在审核…"). */
  label: string;
  /** Show nothing at all until the work turns slow (for work the user did not start, e.g. 自动审核). */
  quiet?: boolean;
  /** Offers to cancel the work. */
  onCancel?: () => void;
  cancelLabel?: string;
}

/**
 * Shown while an action runs: its label at once, and an (indeterminate) progress bar once it has
 * taken longer than SLOW_MS. Mount it only while the action runs.
 */
export function BusyIndicator({ label, quiet = false, onCancel, cancelLabel }: BusyIndicatorProps) {
  const styles = useStyles();
  const slow = useDelayedFlag(true);
  if (quiet && !slow) return null;
  return (
    <div className={styles.root} role="status">
      <div className={styles.line}>
        <Body1 className={styles.label}>{label}</Body1>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            {cancelLabel}
          </Button>
        )}
      </div>
      {slow && <ProgressBar thickness="medium" aria-label={label} />}
    </div>
  );
}
