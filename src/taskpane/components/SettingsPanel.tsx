import { useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { describeError } from '../../i18n/describeError';
import type { Lang, Strings } from '../../i18n';
import { resolveSettings } from '../../core/rules';
import { settingsExportJson } from '../documentSettings';
import type { LevelSplitBase, Operations, RuleSettings } from '../operations';
import {
  draftErrors,
  draftFrom,
  settingsFromDraft,
  type NumericSetting,
  type SettingsDraft,
} from '../settingsDraft';
import { useSectionStyles } from './sectionStyles';
import { BusyIndicator } from './BusyIndicator';
import { RuleSwitches } from './RuleSwitches';

const useStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  number: { maxWidth: '10rem' },
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, minHeight: '14rem' },
});

export interface SettingsPanelProps {
  operations: Pick<Operations, 'saveSettings'>;
  /** The saved settings; null while they are being read. */
  settings: RuleSettings | null;
  /** What was wrong with the stored settings, or why they could not be read. */
  loadProblems: string[];
  /** Called once the settings are saved in the workbook. */
  onSaved: (settings: RuleSettings) => void;
  strings: Strings;
  lang: Lang;
}

/** 审核设置: the thresholds, the rules on and off, 保存 / 恢复默认 / 导出 JSON. */
export function SettingsPanel(props: SettingsPanelProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const t = props.strings.settings;
  return (
    <section className={styles.section} aria-labelledby="settings-heading">
      <Subtitle2 as="h2" id="settings-heading" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p" className={mergeClasses(styles.heading, styles.hint)}>
        {t.hint}
      </Body1>
      {props.loadProblems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.text}>{props.loadProblems.join('\n')}</MessageBarBody>
        </MessageBar>
      )}
      {props.settings ? (
        <SettingsForm {...props} settings={props.settings} />
      ) : (
        <BusyIndicator label={props.strings.validate.settingsLoading} />
      )}
    </section>
  );
}

type Status = { kind: 'idle' | 'saving' | 'saved' | 'restored' | 'invalid' } | { kind: 'error'; message: string };

function SettingsForm({ operations, settings, onSaved, strings, lang }: SettingsPanelProps & { settings: RuleSettings }) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const t = strings.settings;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(settings));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [exporting, setExporting] = useState(false);

  const errors = draftErrors(draft);
  const edited = settingsFromDraft(draft);
  const dirty = edited === null || JSON.stringify(edited) !== JSON.stringify(settings);
  const saving = status.kind === 'saving';

  const update = (change: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'idle' }));
  };
  const setNumber = (key: NumericSetting, text: string) => update({ numbers: { ...draft.numbers, [key]: text } });
  const toggleRule = (id: string, on: boolean) => {
    const disabled = new Set(draft.disabled);
    if (on) disabled.delete(id);
    else disabled.add(id);
    update({ disabled });
  };

  const save = async () => {
    if (saving) return;
    if (!edited) {
      setStatus({ kind: 'invalid' });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      await operations.saveSettings(edited);
      onSaved(edited);
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'error', message: describeError(err, lang) });
    }
  };

  const restore = () => {
    setDraft(draftFrom(resolveSettings()));
    setStatus({ kind: 'restored' });
  };

  const numberField = (key: NumericSetting, label: string, hint?: string) => {
    const range = errors[key];
    return (
      <Field
        label={label}
        hint={hint}
        validationState={range ? 'error' : 'none'}
        validationMessage={range ? (range.integer ? t.integerRange(range.min, range.max) : t.numberRange(range.min, range.max)) : undefined}
      >
        <Input
          className={styles.number}
          value={draft.numbers[key]}
          inputMode={NUMERIC_INPUT_MODE[key]}
          onChange={(_, d) => setNumber(key, d.value)}
        />
      </Field>
    );
  };

  return (
    <>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.thresholdsHeading}</legend>
        {numberField('satisfactionThreshold', t.satisfactionThreshold, t.satisfactionThresholdHint)}
        <Switch
          checked={draft.requireSatisfaction}
          onChange={(_, d) => update({ requireSatisfaction: d.checked })}
          label={t.requireSatisfaction}
        />
        <Field label={t.levelSplitBase}>
          <RadioGroup value={draft.levelSplitBase} onChange={(_, d) => update({ levelSplitBase: d.value as LevelSplitBase })}>
            <Radio value="expenditure" label={t.levelSplitBases.expenditure} />
            <Radio value="fiscalAppropriation" label={t.levelSplitBases.fiscalAppropriation} />
          </RadioGroup>
        </Field>
        {numberField('amountTolerance', t.amountTolerance)}
        {numberField('precisionDecimals', t.precisionDecimals)}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.rulesHeading}</legend>
        <Body1 as="p" className={mergeClasses(styles.heading, styles.hint)}>
          {t.rulesHint}
        </Body1>
        <RuleSwitches disabled={draft.disabled} onToggle={toggleRule} strings={strings} lang={lang} />
      </fieldset>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={saving} onClick={save}>
          {t.save}
        </Button>
        <Button disabled={saving} onClick={restore}>
          {t.restore}
        </Button>
        <Button aria-expanded={exporting} aria-controls="settings-json" onClick={() => setExporting((e) => !e)}>
          {exporting ? t.exportHide : t.export}
        </Button>
      </div>

      <div aria-live="polite" className={styles.section}>
        {status.kind === 'saving' && <BusyIndicator label={t.saving} />}
        {status.kind === 'saved' && <Message intent="success" text={t.saved} />}
        {status.kind === 'restored' && <Message intent="info" text={t.restored} />}
        {status.kind === 'invalid' && <Message intent="error" text={t.fixFirst} />}
        {status.kind === 'error' && <Message intent="error" text={status.message} />}
        {status.kind === 'idle' && dirty && <Body1 className={styles.hint}>{t.unsaved}</Body1>}
      </div>

      {exporting && (
        <Field label={t.exportLabel} hint={t.exportHint} id="settings-json">
          <Textarea
            readOnly
            resize="vertical"
            textarea={{ className: styles.json, spellCheck: false }}
            value={settingsExportJson(edited ?? settings)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </Field>
      )}
    </>
  );
}

const NUMERIC_INPUT_MODE: Record<NumericSetting, 'decimal' | 'numeric'> = {
  satisfactionThreshold: 'decimal',
  amountTolerance: 'decimal',
  precisionDecimals: 'numeric',
};

function Message({ intent, text }: { intent: 'success' | 'info' | 'error'; text: string }) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody className={styles.text}>{text}</MessageBarBody>
    </MessageBar>
  );
}
