/**
 * What `jixiao import` prints, in Chinese and English (`--lang en`). The notes' places, texts and
 * reasons come from the task pane's dictionaries (src/i18n), so the two say them the same way.
 */
import type { OutputLang } from '../core/report';
import type { ImportNote } from '../core/import';
import { stringsFor } from '../i18n';
import { i18nLang } from './lang';

const zh = {
  imported: (count: number, out: string) => `已导入 ${count} 张申报表到 ${out}：`,
  form: (sheet: string, kind: 'department' | 'project', name: string, indicators: number, fields: number, where: string) =>
    `  ${sheet}：${kind === 'department' ? '部门整体' : '项目支出'}${name ? `「${name}」` : ''}，${indicators} 个指标，${fields} 个栏目（${where}）`,
  notesIntro: (count: number, sheet: string) => `另有 ${count} 项内容未能原样放入标准表，已列在「${sheet}」工作表：`,
  noForm: (out: string) => `未找到申报表，未写出 ${out}。(no form found; nothing written)`,
  unreadable: (count: number, out: string) => `${count} 个输入文件无法读取，未写出 ${out}。(unreadable input; nothing written)`,
  hint: '也可以在原软件中复制表格，粘贴到文本文件（.txt）后再导入。',
};

const en: typeof zh = {
  imported: (count, out) => `Imported ${count} form${count === 1 ? '' : 's'} into ${out}:`,
  form: (sheet, kind, name, indicators, fields, where) =>
    `  ${sheet}: ${kind === 'department' ? 'department form' : 'project form'}${name ? ` “${name}”` : ''}, ${indicators} indicators, ${fields} fields (${where})`,
  notesIntro: (count, sheet) => `${count} more item${count === 1 ? '' : 's'} could not be placed as they were; listed on sheet “${sheet}”:`,
  noForm: (out) => `No form found; ${out} was not written.`,
  unreadable: (count, out) => `${count} input file${count === 1 ? '' : 's'} could not be read; ${out} was not written.`,
  hint: ' You can also copy the table in the original program, paste it into a text file (.txt) and import that.',
};

export type ImportMessages = typeof zh & {
  /** A note as one line: where, what, why. */
  note(n: ImportNote): string;
};

export function importMessages(lang: OutputLang): ImportMessages {
  const s = stringsFor(i18nLang(lang));
  const t = s.import;
  return {
    ...(lang === 'en' ? en : zh),
    note: (n) => {
      const where = t.noteAt(n.source, s.pick({ zh: n.location, en: n.locationEn }));
      const why = t.noteWhy(t.reasons[n.reason] ?? n.reason, s.pick({ zh: n.detail ?? '', en: n.detailEn ?? n.detail ?? '' }));
      return `  ${where}  ${t.noteText(n.label, n.text)} — ${why}`;
    },
  };
}
