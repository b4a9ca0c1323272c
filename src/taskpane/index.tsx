/**
 * Task pane entry: waits for Office, reads the display language and theme, and renders the pane
 * with the operations from wiring.ts.
 */
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { readHostEnvironment } from './hostEnvironment';
import { stringsFor } from '../i18n';
import { createOperations } from './wiring';

const container = document.getElementById('root');

if (container) {
  if (typeof Office === 'undefined') {
    // office.js did not load (offline, or the page was opened outside Office).
    const lang = navigator.language.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
    container.textContent = stringsFor(lang).officeUnavailable;
  } else {
    Office.onReady(() => {
      const env = readHostEnvironment(Office.context);
      document.documentElement.lang = env.lang;
      const readTheme = () => readHostEnvironment(Office.context).theme;
      createRoot(container).render(<App operations={createOperations()} lang={env.lang} theme={env.theme} readTheme={readTheme} />);
    });
  }
}
