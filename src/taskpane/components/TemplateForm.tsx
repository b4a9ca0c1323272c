import { useState, type FormEvent } from 'react';
import { Button, Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from '@fluentui/react-components';
import { FORM_FIELD_ROWS, collectFields, type FieldKey, type FieldSpec } from '../formFields';
import type { Strings } from '../../i18n';
import { LEVELS, type FormKind, type InsertTarget, type InsertTemplateRequest, type Level } from '../operations';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(8rem, 1fr))',
    alignItems: 'end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  input: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
});

export interface TemplateFormProps {
  strings: Strings;
  busy: boolean;
  onInsert: (req: InsertTemplateRequest) => void;
}

/** The 插入模板 form: form kind, basic fields, 本级, target, and the 插入 button. */
export function TemplateForm({ strings, busy, onInsert }: TemplateFormProps) {
  const styles = useStyles();
  const t = strings.insert;
  const [kind, setKind] = useState<FormKind>('department');
  const [values, setValues] = useState<Partial<Record<FieldKey, string>>>({});
  const [level, setLevel] = useState<Level>('市');
  const [target, setTarget] = useState<InsertTarget>('newSheet');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onInsert({ kind, fields: collectFields(kind, values), level, target });
  };

  const fieldInput = (spec: FieldSpec) => (
    <Field key={spec.key} label={strings.fields[spec.key]}>
      <Input
        className={styles.input}
        value={values[spec.key] ?? ''}
        inputMode={spec.input === 'year' ? 'numeric' : spec.input === 'amount' ? 'decimal' : undefined}
        maxLength={spec.input === 'year' ? 4 : undefined}
        onChange={(_, d) => setValues((v) => ({ ...v, [spec.key]: d.value }))}
      />
    </Field>
  );

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label={t.kindLabel}>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as FormKind)}>
          <Radio value="department" label={t.kinds.department} />
          <Radio value="project" label={t.kinds.project} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.fieldsHeading}</legend>
        {FORM_FIELD_ROWS[kind].map((row) => (
          <div key={row.fields.map((f) => f.key).join('+')} className={styles.row}>
            {row.fields.map(fieldInput)}
          </div>
        ))}
      </fieldset>

      <Field label={t.levelLabel} hint={t.levelHint}>
        <Select value={level} onChange={(_, d) => setLevel(d.value as Level)}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t.levels[l]}
            </option>
          ))}
        </Select>
      </Field>

      <Field label={t.targetLabel}>
        <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as InsertTarget)}>
          <Radio value="newSheet" label={t.targets.newSheet} />
          <Radio value="selection" label={t.targets.selection} />
        </RadioGroup>
      </Field>

      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t.submit}
        </Button>
      </div>
    </form>
  );
}
