/**
 * The pane's theme, following Office's. Excel fires no event when its theme changes, so the theme
 * is read again whenever the pane regains focus or becomes visible (the user changes the theme in
 * Excel, outside the pane, and comes back).
 */
import { useEffect, useState } from 'react';
import type { ThemeName } from './hostEnvironment';

export function useHostTheme(initial: ThemeName, read?: () => ThemeName): ThemeName {
  const [theme, setTheme] = useState(initial);
  useEffect(() => setTheme(initial), [initial]);
  useEffect(() => {
    if (!read) return;
    const refresh = () => {
      try {
        setTheme(read());
      } catch {
        // Office.context not readable right now: keep the theme shown.
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [read]);
  return theme;
}
