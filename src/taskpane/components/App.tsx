import { useState, type ReactNode } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeName } from '../hostEnvironment';
import { stringsFor, type Lang, type Strings } from '../../i18n';
import type { Operations } from '../operations';
import { useHostTheme } from '../useHostTheme';
import { useRuleSettings, type RuleSettingsState } from '../useRuleSettings';
import { FillSection } from './FillSection';
import { ImportSection } from './ImportSection';
import { InsertSection } from './InsertSection';
import { SettingsPanel } from './SettingsPanel';
import { ValidateSection } from './ValidateSection';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`,
    minWidth: 0,
  },
  main: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  // The pane's name for screen readers; Office shows it in the pane's title bar already.
  title: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: 'wrap' },
  panel: { minWidth: 0 },
});

export interface AppProps {
  operations: Operations;
  lang: Lang;
  theme: ThemeName;
  /** Reads Office's theme again (on focus and when the pane becomes visible); none: the theme stays. */
  readTheme?: () => ThemeName;
}

/** What every section may use. */
interface SectionContext {
  operations: Operations;
  lang: Lang;
  strings: Strings;
  settings: RuleSettingsState;
}

interface PaneSection {
  id: string;
  label: (s: Strings) => string;
  render: (ctx: SectionContext) => ReactNode;
}

/** The pane's sections, one tab each. */
const SECTIONS: readonly PaneSection[] = [
  {
    id: 'insert',
    label: (s) => s.sections.insert,
    render: ({ operations, lang, strings }) => <InsertSection operations={operations} strings={strings} lang={lang} />,
  },
  {
    id: 'validate',
    label: (s) => s.sections.validate,
    render: ({ operations, lang, strings, settings }) => (
      <ValidateSection operations={operations} settings={settings.settings} strings={strings} lang={lang} />
    ),
  },
  {
    id: 'fill',
    label: (s) => s.sections.fill,
    render: ({ operations, lang, strings, settings }) => (
      <FillSection operations={operations} settings={settings.settings} strings={strings} lang={lang} />
    ),
  },
  {
    id: 'import',
    label: (s) => s.sections.import,
    render: ({ operations, lang, strings }) => <ImportSection operations={operations} strings={strings} lang={lang} />,
  },
  {
    id: 'settings',
    label: (s) => s.sections.settings,
    render: ({ operations, lang, strings, settings }) => (
      <SettingsPanel
        operations={operations}
        settings={settings.settings}
        loadProblems={settings.problems}
        onSaved={settings.saved}
        strings={strings}
        lang={lang}
      />
    ),
  },
];

/**
 * The task pane: Office's light or dark theme (followed while the pane is open), the section tabs, the sections. Every section stays
 * mounted (the others hidden), so a findings list or an unsaved setting survives a change of tab.
 */
export function App(props: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(props.lang);
  const settings = useRuleSettings(props.operations, strings, props.lang);
  const [selected, setSelected] = useState(SECTIONS[0].id);
  const theme = useHostTheme(props.theme, props.readTheme);
  const ctx: SectionContext = { operations: props.operations, lang: props.lang, strings, settings };
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root} lang={props.lang}>
      <main className={styles.main}>
        <h1 className={styles.title}>{strings.appTitle}</h1>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, d) => setSelected(String(d.value))}
          aria-label={strings.sectionsLabel}
        >
          {SECTIONS.map((s) => (
            <Tab key={s.id} value={s.id} id={`tab-${s.id}`} aria-controls={`panel-${s.id}`}>
              {s.label(strings)}
            </Tab>
          ))}
        </TabList>
        {SECTIONS.map((s) => (
          <div
            key={s.id}
            role="tabpanel"
            id={`panel-${s.id}`}
            aria-labelledby={`tab-${s.id}`}
            hidden={s.id !== selected}
            className={styles.panel}
          >
            {s.render(ctx)}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
