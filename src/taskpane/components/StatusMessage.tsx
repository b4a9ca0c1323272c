import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { ActionId, ActionStatus } from '../useActionStatus';
import { BusyIndicator } from './BusyIndicator';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export interface StatusMessageProps {
  status: ActionStatus;
  /** Show the status only when it belongs to this action. */
  action: ActionId;
  busyLabel: string;
}

/** The action's label (and a progress bar once it is slow) while it runs, then its success or error message. */
export function StatusMessage({ status, action, busyLabel }: StatusMessageProps) {
  const styles = useStyles();
  if (status.kind === 'idle' || status.action !== action) return null;
  if (status.kind === 'busy') return <BusyIndicator label={busyLabel} />;
  const success = status.kind === 'success';
  return (
    <MessageBar intent={success ? 'success' : 'error'} layout="multiline">
      <MessageBarBody className={styles.text}>{success ? status.lines.join('\n') : status.message}</MessageBarBody>
    </MessageBar>
  );
}
