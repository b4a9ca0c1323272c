/** The `--lang` option: Chinese by default, English on request. */
import type { OutputLang } from '../core/report';
import type { Lang } from '../i18n';
import { UsageError } from './args';

/** Reads `--lang zh|en` (also zh-CN, en-US; any case). */
export function parseLang(value: string | boolean | string[] | undefined): OutputLang {
  if (value === undefined) return 'zh';
  const v = String(value).trim().toLowerCase();
  if (v === 'zh' || v === 'zh-cn' || v === 'cn') return 'zh';
  if (v === 'en' || v === 'en-us' || v === 'en-gb') return 'en';
  throw new UsageError(`--lang 只能是 zh 或 en，收到「${String(value)}」(--lang must be zh or en)`);
}

/** The dictionary language of src/i18n for an output language. */
export function i18nLang(lang: OutputLang): Lang {
  return lang === 'en' ? 'en-US' : 'zh-CN';
}
