import { MessageBar, MessageBarBody, Spinner, makeStyles } from '@fluentui/react-components';
import type { ActionId, ActionStatus } from '../useActionStatus';

const useStyles = makeStyles({
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
});

export interface StatusMessageProps {
  status: ActionStatus;
  /** Show the status only when it belongs to this action. */
  action: ActionId;
  busyLabel: string;
}

/** A spinner while the action runs, then its success or error message. */
export function StatusMessage({ status, action, busyLabel }: StatusMessageProps) {
  const styles = useStyles();
  if (status.kind === 'idle' || status.action !== action) return null;
  if (status.kind === 'busy') return <Spinner size="tiny" labelPosition="after" label={busyLabel} />;
  const success = status.kind === 'success';
  return (
    <MessageBar intent={success ? 'success' : 'error'} layout="multiline">
      <MessageBarBody className={styles.text}>{success ? status.lines.join('\n') : status.message}</MessageBarBody>
    </MessageBar>
  );
}
