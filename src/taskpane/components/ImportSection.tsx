import { useRef, useState, type ClipboardEvent } from 'react';
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { describeError } from '../../i18n/describeError';
import type { Lang, Strings } from '../../i18n';
import { IMPORT_FILE_TYPES, importInputs, loadXlsx, pastedHtml, pastedInput, type Pasted, type WorkbookReader } from '../importInputs';
import type { ImportOutcome, ImportPreview, Operations } from '../operations';
import { useSectionStyles } from './sectionStyles';
import { BusyIndicator } from './BusyIndicator';
import { ImportPreviewView } from './ImportPreviewView';

const useStyles = makeStyles({
  paste: { minHeight: '8rem', fontSize: tokens.fontSizeBase200 },
  files: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  file: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileName: { overflowWrap: 'anywhere', minWidth: 0, fontSize: tokens.fontSizeBase200 },
});

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; action: 'preview' | 'import' }
  | { kind: 'message'; intent: 'success' | 'info' | 'warning' | 'error'; lines: string[] };

export interface ImportSectionProps {
  operations: Pick<Operations, 'previewImport' | 'importForms'>;
  strings: Strings;
  lang: Lang;
  /** Reads an .xlsx file's sheets (default: ExcelJS, loaded on first use). */
  readWorkbook?: WorkbookReader;
}

const EMPTY_PASTE: Pasted = { text: '', html: null };

/** The work's result, or the abort reason as soon as `signal` aborts (the work's own result is then dropped). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    work.then(resolve, reject);
  });
}

function isAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted && (err === signal.reason || (err as { name?: unknown } | null)?.name === 'AbortError');
}

/**
 * 导入: a paste box (a copied table keeps its HTML) and a file picker, 预览 of the forms found and of
 * what cannot be placed, then 导入 to create the sheets. Long work can be cancelled until the write.
 */
export function ImportSection({ operations, strings, lang, readWorkbook = loadXlsx }: ImportSectionProps) {
  const styles = { ...useSectionStyles(), ...useStyles() };
  const t = strings.import;
  const [pasted, setPasted] = useState<Pasted>(EMPTY_PASTE);
  const [files, setFiles] = useState<File[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const picker = useRef<HTMLInputElement>(null);
  const controller = useRef<AbortController | null>(null);
  const busy = status.kind === 'busy';

  /** The inputs changed: an earlier preview no longer holds. */
  const changed = () => {
    setPreview(null);
    setStatus((s) => (s.kind === 'busy' ? s : { kind: 'idle' }));
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = pastedHtml(e.clipboardData?.getData('text/html'));
    if (!html) return; // plain text: the textarea takes it as usual
    e.preventDefault();
    setPasted({ text: e.clipboardData.getData('text/plain'), html });
    changed();
  };

  const addFiles = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const picked = [...list];
    setFiles((f) => [...f, ...picked]);
    changed();
  };

  const removeFile = (index: number) => {
    setFiles((f) => f.filter((_, i) => i !== index));
    changed();
  };

  const runPreview = async () => {
    if (busy) return;
    if (!pastedInput(pasted) && files.length === 0) {
      setStatus({ kind: 'message', intent: 'warning', lines: [t.noInput] });
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setPreview(null);
    setStatus({ kind: 'busy', action: 'preview' });
    try {
      // Reading and recognising write nothing: a cancel ends them at once.
      const inputs = await untilAborted(importInputs(pasted, files, readWorkbook), abort.signal);
      const found = await untilAborted(operations.previewImport(inputs), abort.signal);
      setPreview(found);
      setStatus({ kind: 'idle' });
    } catch (err) {
      setStatus(
        isAbort(err, abort.signal)
          ? { kind: 'message', intent: 'info', lines: [t.previewCancelled] }
          : { kind: 'message', intent: 'error', lines: [describeError(err, lang)] },
      );
    }
  };

  const runImport = async () => {
    if (busy || !preview) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus({ kind: 'busy', action: 'import' });
    try {
      const r = await operations.importForms(preview, abort.signal);
      setPreview(null);
      if (r.sheets.length > 0) {
        setPasted(EMPTY_PASTE);
        setFiles([]);
      }
      setStatus({ kind: 'message', intent: 'success', lines: doneLines(r, strings) });
    } catch (err) {
      setStatus(
        isAbort(err, abort.signal)
          ? { kind: 'message', intent: 'info', lines: [t.cancelled] }
          : { kind: 'message', intent: 'error', lines: [describeError(err, lang)] },
      );
    }
  };

  return (
    <section className={styles.section} aria-labelledby="import-heading" aria-busy={busy}>
      <Subtitle2 as="h2" id="import-heading" className={styles.heading}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p" className={mergeClasses(styles.heading, styles.hint)}>
        {t.hint}
      </Body1>

      <Field label={t.pasteLabel} hint={pasted.html ? t.pasteHtmlKept : t.pasteHint}>
        <Textarea
          resize="vertical"
          value={pasted.text}
          disabled={busy}
          textarea={{ className: styles.paste, spellCheck: false }}
          onPaste={onPaste}
          onChange={(_, d) => {
            setPasted({ text: d.value, html: null });
            changed();
          }}
        />
      </Field>

      <div className={styles.section}>
        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => picker.current?.click()} aria-describedby="import-files-hint">
            {t.chooseFiles}
          </Button>
          <input
            ref={picker}
            type="file"
            multiple
            accept={IMPORT_FILE_TYPES}
            aria-label={t.filesLabel}
            hidden
            onChange={(e) => {
              addFiles(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <Body1 as="p" id="import-files-hint" className={mergeClasses(styles.heading, styles.hint, styles.small)}>
          {t.filesHint}
        </Body1>
        {files.length > 0 && (
          <ul className={styles.files} aria-label={t.filesLabel}>
            {files.map((f, i) => (
              <li key={`${i}-${f.name}`} className={styles.file}>
                <span className={styles.fileName}>{t.fileSize(f.name, (f.size / 1024).toFixed(1))}</span>
                <Button size="small" appearance="subtle" disabled={busy} aria-label={t.removeFile(f.name)} onClick={() => removeFile(i)}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className={styles.actions}>
        <Button appearance={preview ? 'secondary' : 'primary'} disabled={busy} onClick={runPreview}>
          {t.preview}
        </Button>
      </div>

      <div aria-live="polite" className={styles.section}>
        {status.kind === 'busy' && (
          <BusyIndicator
            label={status.action === 'preview' ? t.previewing : t.importing}
            onCancel={() => controller.current?.abort()}
            cancelLabel={t.cancel}
          />
        )}
        {status.kind === 'message' && (
          <MessageBar intent={status.intent} layout="multiline">
            <MessageBarBody className={styles.text}>{status.lines.join('\n')}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      {preview && <ImportPreviewView preview={preview} busy={busy} onImport={runImport} strings={strings} />}
    </section>
  );
}

function doneLines(r: ImportOutcome, strings: Strings): string[] {
  const t = strings.import;
  if (r.sheets.length === 0) return [t.doneNothing];
  const lines = [t.done(r.sheets.length, r.sheets.map(strings.quoted).join(strings.listSeparator))];
  if (r.notesSheet) lines.push(t.doneNotes(r.notesSheet));
  if (r.skipped.length > 0) {
    lines.push(strings.insert.skipped([...new Set(r.skipped)].map((k) => strings.insert.skippedOp[k] ?? k).join(strings.listSeparator)));
  }
  return lines;
}
