/**
 * The pane's operations as plain functions: each records its calls and answers with what the test
 * gives (or a plain default).
 */
import { act, render } from '@testing-library/react';
import { resolveSettings } from '../../src/core/rules';
import { App } from '../../src/taskpane/components/App';
import type { Lang } from '../../src/i18n';
import type {
  AddIndicatorRowResult,
  ClearMarksOutcome,
  FillApplied,
  FillPreview,
  ImportInput,
  ImportOutcome,
  ImportPreview,
  InsertTemplateRequest,
  InsertTemplateResult,
  LoadedSettings,
  Operations,
  RuleSettings,
  StopWatching,
  ValidateOutcome,
} from '../../src/taskpane/operations';

export interface Answers {
  insert?: (req: InsertTemplateRequest) => Promise<InsertTemplateResult>;
  addRow?: () => Promise<AddIndicatorRowResult>;
  validate?: (settings: RuleSettings) => Promise<ValidateOutcome>;
  clearMarks?: () => Promise<ClearMarksOutcome>;
  selectCell?: (sheet: string, cell: string) => Promise<void>;
  loadSettings?: () => Promise<LoadedSettings>;
  saveSettings?: (settings: RuleSettings) => Promise<void>;
  validateOnly?: (settings: RuleSettings) => Promise<ValidateOutcome>;
  /** Default: watching works (the test fires changes through `changes.emit`). */
  watchChanges?: (onChange: () => void) => Promise<StopWatching | null>;
  previewFill?: (settings: RuleSettings) => Promise<FillPreview>;
  applyFill?: (preview: FillPreview) => Promise<FillApplied>;
  previewImport?: (inputs: ImportInput[]) => Promise<ImportPreview>;
  importForms?: (preview: ImportPreview, signal?: AbortSignal) => Promise<ImportOutcome>;
}

export interface Calls {
  insertTemplate: InsertTemplateRequest[];
  addIndicatorRow: number;
  validate: RuleSettings[];
  clearMarks: number;
  selectCell: [string, string][];
  loadSettings: number;
  saveSettings: RuleSettings[];
  validateOnly: RuleSettings[];
  previewFill: RuleSettings[];
  applyFill: FillPreview[];
  previewImport: ImportInput[][];
  importForms: { preview: ImportPreview; signal: AbortSignal | undefined }[];
}

/** The change watchers the pane started: `emit` reports a change to those still watching. */
export interface Changes {
  watching: number;
  stopped: number;
  emit(): void;
}

export function fakeOperations(answers: Answers = {}): { operations: Operations; calls: Calls; changes: Changes } {
  const calls: Calls = {
    insertTemplate: [],
    addIndicatorRow: 0,
    validate: [],
    clearMarks: 0,
    selectCell: [],
    loadSettings: 0,
    saveSettings: [],
    validateOnly: [],
    previewFill: [],
    applyFill: [],
    previewImport: [],
    importForms: [],
  };
  const listeners = new Set<() => void>();
  const changes: Changes = {
    watching: 0,
    stopped: 0,
    emit: () => listeners.forEach((l) => l()),
  };
  const operations: Operations = {
    insertTemplate: (req) => {
      calls.insertTemplate.push(req);
      return answers.insert ? answers.insert(req) : Promise.resolve({ sheet: 'Sheet1', address: 'A1:H40', skipped: [] });
    },
    addIndicatorRow: () => {
      calls.addIndicatorRow += 1;
      return answers.addRow ? answers.addRow() : Promise.resolve({ sheet: 'Sheet1', row: 10 });
    },
    validate: (settings) => {
      calls.validate.push(settings);
      return answers.validate ? answers.validate(settings) : Promise.resolve(outcome({}));
    },
    clearMarks: () => {
      calls.clearMarks += 1;
      return answers.clearMarks
        ? answers.clearMarks()
        : Promise.resolve({ restored: 0, leftAsUserChanged: [], storeRemoved: true, kept: [], gone: 0 });
    },
    selectCell: (sheet, cell) => {
      calls.selectCell.push([sheet, cell]);
      return answers.selectCell ? answers.selectCell(sheet, cell) : Promise.resolve();
    },
    loadSettings: () => {
      calls.loadSettings += 1;
      return answers.loadSettings ? answers.loadSettings() : Promise.resolve({ settings: resolveSettings(), problems: [] });
    },
    saveSettings: (settings) => {
      calls.saveSettings.push(settings);
      return answers.saveSettings ? answers.saveSettings(settings) : Promise.resolve();
    },
    validateOnly: (settings) => {
      calls.validateOnly.push(settings);
      return answers.validateOnly ? answers.validateOnly(settings) : Promise.resolve(outcome({}));
    },
    watchChanges: (onChange) => {
      if (answers.watchChanges) return answers.watchChanges(onChange);
      const listener = () => onChange();
      listeners.add(listener);
      changes.watching++;
      return Promise.resolve(() => {
        listeners.delete(listener);
        changes.stopped++;
      });
    },
    previewFill: (settings) => {
      calls.previewFill.push(settings);
      return answers.previewFill ? answers.previewFill(settings) : Promise.reject(new Error('previewFill not answered'));
    },
    applyFill: (preview) => {
      calls.applyFill.push(preview);
      return answers.applyFill ? answers.applyFill(preview) : Promise.resolve({ applied: true, cells: preview.changes.length, skipped: [] });
    },
    previewImport: (inputs) => {
      calls.previewImport.push(inputs);
      return answers.previewImport ? answers.previewImport(inputs) : Promise.resolve({ forms: [], unplaced: [] });
    },
    importForms: (preview, signal) => {
      calls.importForms.push({ preview, signal });
      return answers.importForms
        ? answers.importForms(preview, signal)
        : Promise.resolve({ sheets: preview.forms.map((f) => f.sheet), notesSheet: null, skipped: [] });
    },
  };
  return { operations, calls, changes };
}

/** A validate outcome with nothing in it but what is given. */
export function outcome(parts: Partial<ValidateOutcome>): ValidateOutcome {
  return {
    forms: [],
    otherSheets: [],
    findings: [],
    marked: 0,
    unmarkedProtected: [],
    skipped: [],
    notes: true,
    leftAsUserChanged: [],
    kept: [],
    ...parts,
  };
}

/** Renders the pane and lets it read its settings. */
export async function renderPane(operations: Operations, lang: Lang = 'zh-CN') {
  const view = render(<App operations={operations} lang={lang} theme="light" />);
  await act(async () => undefined);
  return view;
}
