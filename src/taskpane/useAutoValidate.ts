/**
 * 自动审核: while on, re-runs a check shortly after the user changes cells. Changes are debounced
 * (a burst of typing gives one check), a check never overlaps another, and a change during a
 * check gives one more check after it.
 */
import { useEffect, useRef, useState } from 'react';
import type { Operations, StopWatching } from './operations';

/** Quiet time after the last change before the check runs, in ms. */
export const AUTO_VALIDATE_DELAY_MS = 1000;

export interface AutoValidate {
  on: boolean;
  setOn(on: boolean): void;
  /** This Excel reports no cell changes: the switch cannot stay on. */
  unsupported: boolean;
}

/**
 * `check` runs the check and resolves to false when it could not run now (another action is
 * running): it is then tried again after the delay. `onError` receives a failure to start watching.
 */
export function useAutoValidate(
  watchChanges: Operations['watchChanges'],
  check: () => Promise<boolean>,
  onError: (err: unknown) => void,
): AutoValidate {
  const [on, setOn] = useState(false);
  const [unsupported, setUnsupported] = useState(false);
  const checkRef = useRef(check);
  const onErrorRef = useRef(onError);
  useEffect(() => {
    checkRef.current = check;
    onErrorRef.current = onError;
  });

  useEffect(() => {
    if (!on) return;
    let closed = false;
    let stop: StopWatching | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let again = false;

    const schedule = () => {
      if (closed) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void fire(), AUTO_VALIDATE_DELAY_MS);
    };
    const fire = async () => {
      timer = undefined;
      if (inFlight) {
        again = true;
        return;
      }
      inFlight = true;
      try {
        if (!(await checkRef.current())) again = true;
      } finally {
        inFlight = false;
        if (again) {
          again = false;
          schedule();
        }
      }
    };

    watchChanges(schedule).then(
      (s) => {
        if (closed) s?.();
        else if (s) stop = s;
        else {
          setUnsupported(true);
          setOn(false);
        }
      },
      (err: unknown) => {
        if (closed) return;
        onErrorRef.current(err);
        setOn(false);
      },
    );
    return () => {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      stop?.();
    };
  }, [on, watchChanges]);

  return { on, setOn, unsupported };
}
