import { Body1, Button, Divider, Subtitle2, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { Lang, Strings } from '../../i18n';
import type { InsertTemplateRequest, Operations } from '../operations';
import { useActionStatus } from '../useActionStatus';
import { StatusMessage } from './StatusMessage';
import { TemplateForm } from './TemplateForm';

import { useSectionStyles } from './sectionStyles';
const useStyles = makeStyles({
  action: { alignSelf: 'flex-start' },
});

export interface InsertSectionProps {
  operations: Pick<Operations, 'insertTemplate' | 'addIndicatorRow'>;
  strings: Strings;
  lang: Lang;
}

/** 插入模板 and 添加指标行, each with its own progress and result message. */
export function InsertSection({ operations, strings, lang }: InsertSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const { status, busy, run } = useActionStatus(lang);

  const insert = (req: InsertTemplateRequest) =>
    run(
      'insert',
      () => operations.insertTemplate(req),
      (r) => {
        const lines = [strings.insert.done(strings.insert.kinds[req.kind], r.sheet, r.address)];
        if (r.skipped.length > 0) lines.push(strings.insert.skipped([...new Set(r.skipped)].map((k) => strings.insert.skippedOp[k] ?? k).join(strings.listSeparator)));
        return lines;
      },
    );

  const addRow = () =>
    run(
      'indicatorRow',
      () => operations.addIndicatorRow(),
      (r) => [strings.indicatorRow.done(r.sheet, r.row)],
    );

  return (
    <div className={styles.section}>
      <section className={styles.section} aria-labelledby="insert-heading">
        <Subtitle2 as="h2" id="insert-heading" className={styles.heading}>
          {strings.insert.heading}
        </Subtitle2>
        <TemplateForm strings={strings} busy={busy} onInsert={insert} />
        <StatusMessage status={status} action="insert" busyLabel={strings.insert.busy} />
      </section>

      <Divider />

      <section className={styles.section} aria-labelledby="indicator-row-heading">
        <Subtitle2 as="h2" id="indicator-row-heading" className={styles.heading}>
          {strings.indicatorRow.heading}
        </Subtitle2>
        <Body1 as="p" id="indicator-row-hint" className={mergeClasses(styles.heading, styles.hint)}>
          {strings.indicatorRow.hint}
        </Body1>
        <Button className={styles.action} disabled={busy} onClick={addRow} aria-describedby="indicator-row-hint">
          {strings.indicatorRow.submit}
        </Button>
        <StatusMessage status={status} action="indicatorRow" busyLabel={strings.indicatorRow.busy} />
      </section>
    </div>
  );
}
