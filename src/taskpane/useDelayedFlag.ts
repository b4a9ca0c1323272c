/** A flag that turns true once `on` has held for `delayMs`: progress shows only for slow work. */
import { useEffect, useState } from 'react';

/** Work shorter than this shows no progress bar. */
export const SLOW_MS = 300;

export function useDelayedFlag(on: boolean, delayMs: number = SLOW_MS): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!on) {
      setLate(false);
      return;
    }
    const timer = setTimeout(() => setLate(true), delayMs);
    return () => clearTimeout(timer);
  }, [on, delayMs]);
  return on && late;
}
