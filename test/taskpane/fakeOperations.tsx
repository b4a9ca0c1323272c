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
  InsertTemplateRequest,
  InsertTemplateResult,
  LoadedSettings,
  Operations,
  RuleSettings,
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
}

export interface Calls {
  insertTemplate: InsertTemplateRequest[];
  addIndicatorRow: number;
  validate: RuleSettings[];
  clearMarks: number;
  selectCell: [string, string][];
  loadSettings: number;
  saveSettings: RuleSettings[];
}

export function fakeOperations(answers: Answers = {}): { operations: Operations; calls: Calls } {
  const calls: Calls = {
    insertTemplate: [],
    addIndicatorRow: 0,
    validate: [],
    clearMarks: 0,
    selectCell: [],
    loadSettings: 0,
    saveSettings: [],
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
  };
  return { operations, calls };
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
