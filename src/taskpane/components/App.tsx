import { useState, type ReactNode } from 'react';
import { FluentProvider, Tab, TabList, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ThemeName } from '../hostEnvironment';
import { stringsFor, type Lang, type Strings } from '../../i18n';
import type { Operations } from '../operations';
import { InsertSection } from './InsertSection';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

export interface AppProps {
  operations: Operations;
  lang: Lang;
  theme: ThemeName;
}

interface PaneSection {
  id: string;
  label: (s: Strings) => string;
  render: (props: AppProps, strings: Strings) => ReactNode;
}

/** The pane's sections, one tab each; 审核, 汇总, 导入 and settings join this list later. */
const SECTIONS: readonly PaneSection[] = [
  {
    id: 'insert',
    label: (s) => s.sections.insert,
    render: ({ operations, lang }, strings) => <InsertSection operations={operations} strings={strings} lang={lang} />,
  },
];

/** The task pane: Office's light or dark theme, the section tabs, the selected section. */
export function App(props: AppProps) {
  const styles = useStyles();
  const strings = stringsFor(props.lang);
  const [selected, setSelected] = useState(SECTIONS[0].id);
  const section = SECTIONS.find((s) => s.id === selected) ?? SECTIONS[0];
  return (
    <FluentProvider theme={props.theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root} lang={props.lang}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={section.id}
        onTabSelect={(_, d) => setSelected(String(d.value))}
        aria-label={strings.sectionsLabel}
      >
        {SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id} id={`tab-${s.id}`} aria-controls={`panel-${s.id}`}>
            {s.label(strings)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${section.id}`} aria-labelledby={`tab-${section.id}`} className={styles.panel}>
        {section.render(props, strings)}
      </div>
    </FluentProvider>
  );
}
