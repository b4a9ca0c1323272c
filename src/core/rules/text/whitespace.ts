/**
 * text.whitespace: stray spaces or line breaks inside a name or value (a space between two Latin
 * words or numbers, as in `GB 50300`, is not stray). Long prose (goals, overviews) is not checked.
 */
import type { Finding } from '../../findings';
import { TextMemo } from '../../forms/textMemo';
import { defineRule } from '../define';
import { formFinding } from '../finding';
import { valueFindings, type At, type Problem, type ValueHit } from '../valueRule';
import type { Message } from '../types';
import { textCells } from './textCells';

export type StrayWhitespace = 'break' | 'edge' | 'inner';

/** What stray white space the text holds, if any. */
export function strayWhitespace(text: string): StrayWhitespace | null {
  return strayWhitespaces.get(text);
}

const strayWhitespaces = new TextMemo((text): StrayWhitespace | null => {
  if (/[\r\n\t\v\f\u2028\u2029]/.test(text)) return 'break';
  if (text !== text.trim()) return 'edge';
  const allowed = text.replace(/(?<=[A-Za-z0-9.%]) (?=[A-Za-z0-9])/g, '');
  return /\s/.test(allowed) ? 'inner' : null;
});

/** Two runs of four or more Chinese characters around a space: likely two entries in one cell. */
function looksLikeTwo(text: string): boolean {
  return /\p{Script=Han}{4,}[\s\u3000]+\p{Script=Han}{4,}/u.test(text.trim());
}

function shown(text: string): string {
  return text.replace(/\r?\n|\r/g, '↵').replace(/\t/g, '⇥');
}

function describe(kind: StrayWhitespace): Message {
  switch (kind) {
    case 'break':
      return { zh: '中有换行', en: 'contains a line break' };
    case 'edge':
      return { zh: '首尾有多余的空格', en: 'has spaces at its start or end' };
    default:
      return { zh: '中间有多余的空格', en: 'has stray spaces inside' };
  }
}

function advice(kind: StrayWhitespace, two: boolean, what: 'name' | 'value'): Message {
  const remove = kind === 'break' ? { zh: '请删除换行', en: 'Please remove the line break' } : { zh: '请删除空格', en: 'Please remove the spaces' };
  if (!two) return { zh: `${remove.zh}。`, en: `${remove.en}.` };
  return what === 'name'
    ? {
        zh: `${remove.zh}；若是两个指标写在了同一格，请分成两行填写。`,
        en: `${remove.en}; if these are two indicators in one cell, put them on two rows.`,
      }
    : {
        zh: `${remove.zh}；若是两个指标值写在了同一格，请分成两行填写。`,
        en: `${remove.en}; if these are two values in one cell, put them on two rows.`,
      };
}

function strayInValue(name: string, text: string, kind: StrayWhitespace): Problem {
  return (at: At) => {
    const d = describe(kind);
    const a = advice(kind, looksLikeTwo(text), 'value');
    return {
      zh: `「${name}」的${at.zh}「${shown(text)}」${d.zh}，${a.zh}`,
      en: `The ${at.en} of "${name}", "${shown(text)}", ${d.en}. ${a.en}`,
    };
  };
}

export const whitespaceRule = defineRule({
  id: 'text.whitespace',
  severity: 'info',
  title: { zh: '多余的空格或换行', en: 'Stray spaces or line breaks' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const t of textCells(ctx, (text, kind) => kind !== 'prose' && strayWhitespace(text) !== null)) {
      const kind = strayWhitespace(t.text);
      if (!kind) continue;
      const d = describe(kind);
      const a = advice(kind, t.kind === 'name' && looksLikeTwo(t.text), 'name');
      const subject =
        t.kind === 'field'
          ? { zh: `「${t.label}」的内容「${shown(t.text)}」`, en: `The ${t.label} "${shown(t.text)}"` }
          : { zh: `「${shown(t.text)}」`, en: `"${shown(t.text)}"` };
      findings.push(
        formFinding(
          rule,
          { form: t.form, formIndex: t.formIndex, cell: t.cell, indicator: t.label, value: t.kind === 'field' ? t.text : null },
          { zh: `${subject.zh}${d.zh}，${a.zh}`, en: `${subject.en} ${d.en}. ${a.en}` },
        ),
      );
    }
    const entries = ctx.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry.unused) continue;
      let hits: ValueHit[] | null = null;
      for (let j = 0; j < entry.values.length; j++) {
        const value = entry.values[j];
        const kind = strayWhitespace(value.field.text);
        if (!kind || value.field.text.trim() === '') continue;
        const name = entry.name || `第 ${entry.indicator.row} 行`;
        (hits ??= []).push({ value, problem: strayInValue(name, value.field.text, kind) });
      }
      if (hits) findings.push(...valueFindings(rule, entry, hits));
    }
    return findings;
  },
});
