import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../../i18n';
import type { ImportNote, ImportPreview, ImportedForm } from '../operations';
import { GROUP_PAGE } from './FindingList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  text: { whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyle: 'none', margin: 0, padding: 0, fontSize: tokens.fontSizeBase200 },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ImportPreviewViewProps {
  preview: ImportPreview;
  busy: boolean;
  onImport: () => void;
  strings: Strings;
}

/** An 导入 preview: the forms found and the sheets they become, 导入, and what could not be placed. Text only. */
export function ImportPreviewView({ preview, busy, onImport, strings }: ImportPreviewViewProps) {
  const styles = useStyles();
  const t = strings.import;
  return (
    <div className={styles.root}>
      {preview.forms.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>
            <MessageBarTitle>{t.noForms}</MessageBarTitle>
            {t.noFormsDetail}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <h3 className={styles.heading}>{t.formsHeading(preview.forms.length)}</h3>
          <ul className={styles.list}>
            {preview.forms.map((f, i) => (
              <FormItem key={i} form={f} strings={strings} />
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={onImport}>
              {t.submit}
            </Button>
          </div>
        </>
      )}
      {preview.unplaced.length > 0 && <Unplaced notes={preview.unplaced} strings={strings} />}
    </div>
  );
}

function FormItem({ form, strings }: { form: ImportedForm; strings: Strings }) {
  const styles = useStyles();
  const t = strings.import;
  const kind = strings.validate.formKinds[form.kind];
  return (
    <li className={styles.item}>
      <span className={styles.name}>{t.formName(kind, form.name || strings.validate.unnamedForm)}</span>
      <span>
        {t.formDetail(form.indicatorCount, form.fieldCount)} → {t.formSheet(form.sheet)}
      </span>
      <span className={styles.muted}>{t.formSource(form.source, strings.pick({ zh: form.location, en: form.locationEn }))}</span>
    </li>
  );
}

function Unplaced({ notes, strings }: { notes: readonly ImportNote[]; strings: Strings }) {
  const styles = useStyles();
  const t = strings.import;
  const [all, setAll] = useState(false);
  const shown = all ? notes : notes.slice(0, GROUP_PAGE);
  const rest = notes.length - shown.length;
  return (
    <>
      <h3 className={styles.heading}>{t.unplacedHeading(notes.length)}</h3>
      <Body1 as="p" className={styles.hint}>
        {t.unplacedHint}
      </Body1>
      <ul className={styles.list}>
        {shown.map((n, i) => (
          <li key={i} className={styles.item}>
            <span className={styles.muted}>{t.noteAt(n.source, strings.pick({ zh: n.location, en: n.locationEn }))}</span>
            <span>{t.noteText(n.label, n.text)}</span>
            <span className={styles.muted}>{t.noteWhy(t.reasons[n.reason] ?? n.reason, strings.pick({ zh: n.detail ?? '', en: n.detailEn ?? n.detail ?? '' }))}</span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button size="small" onClick={() => setAll(true)}>
          {strings.validate.showMore(rest)}
        </Button>
      )}
    </>
  );
}
