/**
 * Runs one pane action at a time and keeps what the user should see: busy, the success text, or the
 * described error.
 */
import { useCallback, useState } from 'react';
import { describeError } from '../i18n/describeError';
import type { Lang } from '../i18n';

export type ActionId = 'insert' | 'indicatorRow';

export type ActionStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; action: ActionId }
  | { kind: 'success'; action: ActionId; lines: string[] }
  | { kind: 'error'; action: ActionId; message: string };

export interface ActionRunner {
  status: ActionStatus;
  busy: boolean;
  /** Runs `work` unless another action is running; `describe` turns its result into lines of text. */
  run<T>(action: ActionId, work: () => Promise<T>, describe: (result: T) => string[]): Promise<void>;
}

export function useActionStatus(lang: Lang): ActionRunner {
  const [status, setStatus] = useState<ActionStatus>({ kind: 'idle' });
  const busy = status.kind === 'busy';
  const run = useCallback(
    async <T,>(action: ActionId, work: () => Promise<T>, describe: (result: T) => string[]) => {
      if (busy) return;
      setStatus({ kind: 'busy', action });
      try {
        const result = await work();
        setStatus({ kind: 'success', action, lines: describe(result) });
      } catch (err) {
        setStatus({ kind: 'error', action, message: describeError(err, lang) });
      }
    },
    [busy, lang],
  );
  return { status, busy, run };
}
