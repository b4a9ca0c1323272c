/**
 * text.markup: markup left in a cell (`<p>…</p>`, `&nbsp;`), typically pasted from a web system.
 */
import type { Finding } from '../../findings';
import { TextMemo } from '../../forms/textMemo';
import { stripMarkup } from '../../values';
import { defineRule } from '../define';
import { formFinding } from '../finding';
import { valueFindings, type Problem, type ValueHit } from '../valueRule';
import { textCells } from './textCells';

const SHOWN_TAG = /<\/?[A-Za-z][^<>]*>|&(?:nbsp|amp|lt|gt|quot|apos|#39);/;

/** The first tag or entity of the text, as messages show it; null when there is no markup. */
export function firstMarkup(text: string): string | null {
  return firstMarkups.get(text);
}

const firstMarkups = new TextMemo((text): string | null => {
  if (!stripMarkup(text).hadMarkup) return null;
  return SHOWN_TAG.exec(text)?.[0] ?? '<…>';
});

function markupInValue(name: string, tag: string): Problem {
  return (at) => ({
    zh: `「${name}」的${at.zh}中留有网页标记「${tag}」，请删除标记，只保留指标值。`,
    en: `The ${at.en} of "${name}" contains the markup "${tag}"; please remove it and keep the value.`,
  });
}

export const markupRule = defineRule({
  id: 'text.markup',
  severity: 'info',
  title: { zh: '单元格中留有网页标记', en: 'Markup left in a cell' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (const t of textCells(ctx, (text) => firstMarkup(text) !== null)) {
      const tag = firstMarkup(t.text);
      if (!tag) continue;
      findings.push(
        formFinding(
          rule,
          { form: t.form, formIndex: t.formIndex, cell: t.cell, indicator: t.label, value: t.text },
          {
            zh: `「${t.label}」中留有网页标记「${tag}」（多由网页系统复制而来），请删除标记，只保留文字。`,
            en: `"${t.label}" contains the markup "${tag}" (usually copied from a web system); please remove it and keep the text.`,
          },
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
        const tag = firstMarkup(value.field.text);
        if (!tag) continue;
        const name = entry.name || `第 ${entry.indicator.row} 行`;
        (hits ??= []).push({ value, problem: markupInValue(name, tag) });
      }
      if (hits) findings.push(...valueFindings(rule, entry, hits));
    }
    return findings;
  },
});
