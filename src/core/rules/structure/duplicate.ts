/**
 * structure.duplicate: the same 三级 name twice in one form (names compared without spaces, with
 * full-width characters made half-width).
 */
import type { Finding } from '../../findings';
import { compactText } from '../../forms';
import { defineRule } from '../define';
import type { IndicatorEntry } from '../entries';
import { formFinding } from '../finding';

export const duplicateRule = defineRule({
  id: 'structure.duplicate',
  severity: 'warning',
  title: { zh: '同一张表中指标重复', en: 'Indicator listed twice' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    // By form, then by name as compared (in order of first use).
    const byForm = new Map<number, Map<string, IndicatorEntry[]>>();
    for (let k = 0; k < ctx.entries.length; k++) {
      const e = ctx.entries[k];
      if (e.nameState !== 'real' || e.unused || e.indicator.name.cell === null) continue;
      let groups = byForm.get(e.formIndex);
      if (!groups) {
        groups = new Map();
        byForm.set(e.formIndex, groups);
      }
      const key = compactText(e.name);
      const group = groups.get(key);
      if (group) group.push(e);
      else groups.set(key, [e]);
    }
    for (const group of [...byForm.values()].flatMap((groups) => [...groups.values()])) {
      if (group.length < 2) continue;
      const rows = group.map((e) => e.indicator.row).join('、');
      const [first, ...later] = group;
      for (const e of later) {
        findings.push(
          formFinding(
            rule,
            {
              form: e.form,
              formIndex: e.formIndex,
              cell: e.indicator.name.cell as string,
              cells: [first.indicator.name.cell as string],
              indicator: e.name,
            },
            {
              zh: `三级指标「${e.name}」在本表中出现了 ${group.length} 次（第 ${rows} 行），请删除重复的行，或改用能区分的名称。`,
              en: `The indicator "${e.name}" appears ${group.length} times on this form (rows ${group.map((x) => x.indicator.row).join(', ')}); delete the duplicate or give them distinct names.`,
            },
          ),
        );
      }
    }
    return findings;
  },
});
