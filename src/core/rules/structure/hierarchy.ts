/**
 * structure.category, structure.legacy-name, structure.subcategory: the 一级 and 二级 of the indicator
 * table against the fixed hierarchy (hierarchy.ts; legacy spellings in forms/vocabulary.ts).
 */
import { cellA1 } from '../../address';
import type { Finding } from '../../findings';
import { matchHierarchyName, type TargetForm } from '../../forms';
import { CATEGORY_NAMES, categoryOf, categorySpec } from '../../hierarchy';
import { defineRule } from '../define';
import { entriesOfForm, type IndicatorEntry } from '../entries';
import { formFinding, type RuleHead } from '../finding';
import type { Message, RuleContext } from '../types';
import { categoryAbove, hierarchyCells } from './hierarchyCells';

const CATEGORY_LIST = CATEGORY_NAMES.join('、');

function subcategoryList(category: string | null): string {
  const spec = category ? categorySpec(category) : undefined;
  return spec ? spec.subcategories.join('、') : '';
}

/**
 * One finding per row of real 三级 indicators written without a 一级 (`category`) or, under a known
 * 一级, without a 二级 (`subcategory`): at the empty cell of that column.
 */
function rowsWithoutLevel(
  ctx: RuleContext,
  rule: RuleHead,
  at: { form: TargetForm; formIndex: number },
  level: 'category' | 'subcategory',
  message: (e: IndicatorEntry, category: string) => Message,
): Finding[] {
  const table = at.form.indicatorTable;
  if (!table) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const entries = entriesOfForm(ctx.entries, at.form);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.unused || e.nameState !== 'real') continue;
    const field = e.indicator[level];
    const category = e.indicator.category.value;
    if (field.cell !== null || field.text.trim() !== '') continue;
    // No 一级 at all is the category's finding; no 二级 is reported under a known 一级.
    if (level === 'category' ? field.value !== null : category === null) continue;
    const cell = cellA1(e.indicator.row, level === 'category' ? table.categoryCol : table.subcategoryCol);
    if (seen.has(cell)) continue;
    seen.add(cell);
    findings.push(
      formFinding(
        rule,
        { ...at, cell, cells: e.indicator.name.cell ? [e.indicator.name.cell] : [], indicator: e.name },
        message(e, category ?? ''),
      ),
    );
  }
  return findings;
}

export const categoryRule = defineRule({
  id: 'structure.category',
  severity: 'error',
  title: { zh: '一级指标名称不规范', en: 'Unknown first-level indicator' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      for (const c of hierarchyCells(form)) {
        if (c.level !== 'category' || c.field.value !== null || c.field.text.trim() === '') continue;
        const text = c.field.text.trim();
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: c.cell, indicator: text, value: null },
            {
              zh: `一级指标「${text}」不是规定的名称，应为${CATEGORY_LIST}之一，请修改。`,
              en: `"${text}" is not a first-level indicator; it should be one of ${CATEGORY_LIST}. Please correct it.`,
            },
          ),
        );
      }
      // Indicators with no 一级 at all (rows above the first 一级).
      findings.push(
        ...rowsWithoutLevel(ctx, rule, { form, formIndex }, 'category', (e) => ({
          zh: `三级指标「${e.name}」没有所属的一级指标，请填写${CATEGORY_LIST}之一。`,
          en: `The indicator "${e.name}" has no first-level indicator; fill in one of ${CATEGORY_LIST}.`,
        })),
      );
    });
    return findings;
  },
});

export const legacyNameRule = defineRule({
  id: 'structure.legacy-name',
  severity: 'info',
  title: { zh: '一级/二级指标使用旧名称', en: 'Legacy indicator level name' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      for (const c of hierarchyCells(form)) {
        const match = matchHierarchyName(c.field.text, { allowShort: true });
        if (!match || match.spelling !== 'legacy') continue;
        const text = c.field.text.trim();
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: c.cell, indicator: text },
            {
              zh: `「${text}」是旧的指标名称，现行名称为「${match.name}」，已按「${match.name}」读取，建议改为现行名称。`,
              en: `"${text}" is a legacy name; the current name is "${match.name}", and it was read as such. Consider renaming it.`,
            },
          ),
        );
      }
    });
    return findings;
  },
});

export const subcategoryRule = defineRule({
  id: 'structure.subcategory',
  severity: 'error',
  title: { zh: '二级指标与一级指标不对应', en: 'Second-level indicator does not belong to its first level' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      for (const c of hierarchyCells(form)) {
        if (c.level !== 'subcategory') continue;
        const text = c.field.text.trim();
        if (c.field.value === null) {
          if (text === '') continue;
          const cat = c.category.value;
          const list = subcategoryList(cat);
          findings.push(
            formFinding(
              rule,
              { form, formIndex, cell: c.cell, indicator: text },
              cat && list
                ? {
                    zh: `二级指标「${text}」不是规定的名称，「${cat}」下应为${list}之一，请修改。`,
                    en: `"${text}" is not a second-level indicator; under "${cat}" use one of ${list}.`,
                  }
                : {
                    zh: `二级指标「${text}」不是规定的名称，请按一级指标选用规定的二级指标。`,
                    en: `"${text}" is not a second-level indicator; use one defined for its first level.`,
                  },
            ),
          );
          continue;
        }
        const owner = categoryOf(c.field.value)?.name ?? null;
        const written = c.category.cell !== null ? c.category : categoryAbove(form, c.row)?.field ?? null;
        // An unknown 一级 is structure.category's finding.
        const writtenName = written?.value ?? null;
        if (owner === null || writtenName === null || writtenName === owner) continue;
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: c.cell, cells: written?.cell ? [written.cell] : [], indicator: text },
            {
              zh: `二级指标「${text}」不属于一级指标「${writtenName}」，它属于「${owner}」，请移到「${owner}」下。`,
              en: `"${text}" does not belong to "${writtenName}"; it belongs to "${owner}". Please move it there.`,
            },
          ),
        );
      }
      // 三级 indicators without any 二级.
      findings.push(
        ...rowsWithoutLevel(ctx, rule, { form, formIndex }, 'subcategory', (e, cat) => ({
          zh: `三级指标「${e.name}」没有二级指标，请在「${cat}」下选择${subcategoryList(cat)}之一。`,
          en: `The indicator "${e.name}" has no second-level indicator; under "${cat}" choose one of ${subcategoryList(cat)}.`,
        })),
      );
    });
    return findings;
  },
});
