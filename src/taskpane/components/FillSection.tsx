import { useState } from 'react';
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, mergeClasses } from '@fluentui/react-components';
import { WriteFailedError } from '../../core/errors';
import { describeError } from '../../i18n/describeError';
import type { Lang, Strings } from '../../i18n';
import { cellList } from '../cellList';
import { changedSincePreview } from '../fillPlanView';
import type { FillPreview, Operations, RuleSettings } from '../operations';
import { useSectionStyles } from './sectionStyles';
import { BusyIndicator } from './BusyIndicator';
import { FillPreviewView } from './FillPreviewView';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'preview' | 'apply' }
  /** `resume`: a write cut half way, which 汇总 again finishes. */
  | { kind: 'error'; message: string; resume?: boolean }
  /** 确认写入 refused: these cells changed since the preview. */
  | { kind: 'stale'; cells: string }
  | { kind: 'done'; lines: string[] };

export interface FillSectionProps {
  operations: Pick<Operations, 'previewFill' | 'applyFill'>;
  /** The saved 审核设置 (for the findings after the fill); null while they are being read. */
  settings: RuleSettings | null;
  strings: Strings;
  lang: Lang;
}

/** 汇总: 预览 shows every change and what remains; 确认写入 writes it. Nothing is written before. */
export function FillSection({ operations, settings, strings, lang }: FillSectionProps) {
  const styles = useSectionStyles();
  const t = strings.fill;
  const [preview, setPreview] = useState<FillPreview | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const runPreview = async () => {
    if (busy || !settings) return;
    setStatus({ kind: 'busy', action: 'preview' });
    setPreview(null);
    try {
      setPreview(await operations.previewFill(settings));
      setStatus({ kind: 'idle' });
    } catch (err) {
      setStatus({ kind: 'error', message: describeError(err, lang) });
    }
  };

  const confirm = async () => {
    if (busy || !preview) return;
    setStatus({ kind: 'busy', action: 'apply' });
    try {
      const r = await operations.applyFill(preview);
      const lines = [r.applied ? t.done(r.cells) : t.doneNothing];
      if (r.skipped.length > 0) {
        lines.push(strings.insert.skipped([...new Set(r.skipped)].map((k) => strings.insert.skippedOp[k] ?? k).join(strings.listSeparator)));
      }
      setPreview(null);
      setStatus({ kind: 'done', lines });
    } catch (err) {
      const changed = changedSincePreview(err);
      if (changed) {
        setPreview(null);
        setStatus({ kind: 'stale', cells: cellList(changed, strings) });
      } else {
        // A write cut half way: what landed is recorded, and a new preview shows what remains.
        const resume = err instanceof WriteFailedError && err.recovery === 'fill-again';
        if (resume) setPreview(null);
        setStatus({ kind: 'error', message: describeError(err, lang), resume });
      }
    }
  };

  const discard = () => {
    setPreview(null);
    setStatus({ kind: 'idle' });
  };

  const againButton = { label: t.previewAgain, onClick: runPreview };

  return (
    <section className={styles.section} aria-labelledby="fill-heading" aria-busy={busy}>
      <Subtitle2 as="h2" id="fill-heading" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p" id="fill-hint" className={mergeClasses(styles.heading, styles.hint)}>
        {t.hint}
      </Body1>
      <div className={styles.actions}>
        <Button appearance={preview ? 'secondary' : 'primary'} disabled={busy || !settings} onClick={runPreview} aria-describedby="fill-hint">
          {preview ? t.previewAgain : t.preview}
        </Button>
      </div>

      <div aria-live="polite" className={styles.section}>
        {!settings && <BusyIndicator label={strings.validate.settingsLoading} />}
        {status.kind === 'busy' && <BusyIndicator label={status.action === 'preview' ? t.previewing : t.applying} />}
        {status.kind === 'error' && (
          <Notice intent="error" text={status.message} again={status.resume ? againButton : null} />
        )}
        {status.kind === 'stale' && <Notice intent="warning" text={t.changedSincePreview(status.cells)} again={againButton} />}
        {status.kind === 'done' && <Notice intent="success" text={status.lines.join('\n')} again={null} />}
      </div>

      {preview && <FillPreviewView preview={preview} busy={busy} onConfirm={confirm} onDiscard={discard} strings={strings} lang={lang} />}
    </section>
  );
}

/** A message under the buttons, with 重新预览 in it when looking again is the way on. */
function Notice(props: {
  intent: 'error' | 'warning' | 'success';
  text: string;
  again: { label: string; onClick: () => void } | null;
}) {
  const styles = useSectionStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody className={styles.text}>
        {props.text}
        {props.again && (
          <div className={styles.barActions}>
            <Button size="small" appearance="primary" onClick={props.again.onClick}>
              {props.again.label}
            </Button>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
