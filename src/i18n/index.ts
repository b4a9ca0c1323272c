/** The pane's languages: Chinese first, English when Office's display language is English. */
import { enUS } from './en-US';
import { zhCN, type Strings } from './zh-CN';

export type { Strings } from './zh-CN';

export type Lang = 'zh-CN' | 'en-US';

const DICTIONARIES: Record<Lang, Strings> = { 'zh-CN': zhCN, 'en-US': enUS };

/** English for any "en…" display language (en-US, en-GB, EN); Chinese otherwise. */
export function pickLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

export function stringsFor(lang: Lang): Strings {
  return DICTIONARIES[lang];
}
