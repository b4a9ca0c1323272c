/**
 * What a rule is: an id, its one severity, a title, and a check over the recognised forms.
 */
import type { Finding, Severity } from '../findings';
import type { WorkbookRecognition } from '../forms';
import type { IndicatorEntry } from './entries';
import type { RuleId } from './ids';
import type { RuleSettings } from './settings';

/** Text a user reads, in Chinese and English (a missing language is a compile error). */
export interface Message {
  zh: string;
  en: string;
}

export interface RuleContext {
  recognition: WorkbookRecognition;
  settings: RuleSettings;
  /** Every indicator row of every form, read once (see entries.ts). */
  entries: IndicatorEntry[];
}

export interface Rule {
  id: RuleId;
  severity: Severity;
  /** What the rule checks, in a few words (lists, the settings panel). */
  title: Message;
  check(ctx: RuleContext): Finding[];
}
