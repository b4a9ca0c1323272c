/**
 * structure.similar: two indicator names in the workbook that differ only slightly, likely one
 * indicator spelt two ways (the summary fill merges indicators by name). The finding goes to each
 * place the rarer spelling is used.
 */
import type { Finding } from '../../findings';
import { compactText } from '../../forms';
import { defineRule } from '../define';
import type { IndicatorEntry } from '../entries';
import { formFinding } from '../finding';
import { similarPairs } from './nameDistance';

interface Spelling {
  key: string;
  name: string;
  uses: IndicatorEntry[];
  order: number;
}

/** Names listed in one message; more are counted. */
const MAX_LISTED = 3;

function listSheets(uses: IndicatorEntry[], separator = '、'): string {
  const sheets = [...new Set(uses.map((u) => u.form.sheet))];
  return sheets.length > MAX_LISTED
    ? `${sheets.slice(0, MAX_LISTED).join(separator)}${separator === '、' ? '等' : ' and others'}`
    : sheets.join(separator);
}

export const similarRule = defineRule({
  id: 'structure.similar',
  severity: 'info',
  title: { zh: '指标名称相近', en: 'Similar indicator names' },
  check(ctx, rule) {
    const spellings = new Map<string, Spelling>();
    for (let k = 0; k < ctx.entries.length; k++) {
      const e = ctx.entries[k];
      if (e.nameState !== 'real' || e.unused || e.indicator.name.cell === null) continue;
      const key = compactText(e.name);
      const s = spellings.get(key) ?? { key, name: e.name, uses: [], order: spellings.size };
      s.uses.push(e);
      spellings.set(key, s);
    }
    const list = [...spellings.values()];
    // For each rarer spelling, the spellings it is close to.
    const near = new Map<Spelling, Spelling[]>();
    for (const [i, j] of similarPairs(list.map((s) => s.key))) {
      const [a, b] = [list[i], list[j]];
      const rarer = a.uses.length < b.uses.length ? a : b.uses.length < a.uses.length ? b : a.order > b.order ? a : b;
      const other = rarer === a ? b : a;
      const others = near.get(rarer);
      if (others) others.push(other);
      else near.set(rarer, [other]);
    }
    const findings: Finding[] = [];
    for (const [rarer, others] of near) {
      const shown = others.slice(0, MAX_LISTED);
      const more = others.length - shown.length;
      const zhList =
        shown.map((o) => `${listSheets(o.uses)}中的「${o.name}」`).join('，以及') + (more > 0 ? `等 ${others.length} 个名称` : '');
      const enList =
        shown.map((o) => `"${o.name}" (${listSheets(o.uses, ', ')})`).join(' and ') +
        (more > 0 ? ` and ${more} more` : '');
      // The other spellings' cells by sheet, once (not once per use: a name may be on every form).
      const othersOnSheet = new Map<string, string[]>();
      for (const o of others) {
        for (const u of o.uses) {
          const cells = othersOnSheet.get(u.form.sheet);
          if (cells) cells.push(u.indicator.name.cell as string);
          else othersOnSheet.set(u.form.sheet, [u.indicator.name.cell as string]);
        }
      }
      for (const use of rarer.uses) {
        const sameSheet = othersOnSheet.get(use.form.sheet) ?? [];
        findings.push(
          formFinding(
            rule,
            {
              form: use.form,
              formIndex: use.formIndex,
              cell: use.indicator.name.cell as string,
              cells: sameSheet,
              indicator: use.name,
            },
            {
              zh: `「${use.name}」与${zhList}只差几个字。若是同一指标，请统一名称（「汇总」按名称合并指标）。`,
              en: `"${use.name}" differs only slightly from ${enList}. If they are the same indicator, use one name (the summary fill merges indicators by name).`,
            },
          ),
        );
      }
    }
    return findings;
  },
});
