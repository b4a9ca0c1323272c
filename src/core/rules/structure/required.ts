/**
 * structure.required: 产出指标 and 效益指标 (and 满意度指标, unless switched off) each hold a 三级
 * indicator with a value. structure.cost: 成本指标 holds a 三级 indicator.
 */
import type { Finding } from '../../findings';
import { compactText, type TargetForm } from '../../forms';
import { defineRule } from '../define';
import { entriesOfForm, type IndicatorEntry } from '../entries';
import { formCell, formFinding } from '../finding';
import type { RuleSettings } from '../settings';
import { categoryCell } from './categoryCell';

function hasValue(e: IndicatorEntry): boolean {
  return e.nameState === 'real' && e.values.some((v) => v.parsed.kind !== 'empty' && v.parsed.kind !== 'placeholder');
}

/** The names a form is known by in `requireSatisfactionByForm`: 项目名称 or 部门名称, and the sheet. */
function formKeys(form: TargetForm): string[] {
  const name = form.kind === 'project' ? form.projectName.text : form.departmentName.text;
  return [name, form.sheet].map(compactText).filter((k) => k !== '');
}

export function satisfactionRequired(form: TargetForm, settings: RuleSettings): boolean {
  const keys = formKeys(form);
  for (const [key, value] of Object.entries(settings.requireSatisfactionByForm)) {
    if (keys.includes(compactText(key))) return value;
  }
  return settings.requireSatisfaction;
}

const REQUIRED_WHY: Record<string, { zh: string; en: string }> = {
  产出指标: { zh: '每张申报表至少要有一个产出指标', en: 'every form needs at least one output indicator' },
  效益指标: { zh: '每张申报表至少要有一个效益指标', en: 'every form needs at least one benefit indicator' },
  满意度指标: {
    zh: '有服务对象的项目应设满意度指标（没有服务对象的可在审核设置中关闭此项）',
    en: 'a form with people it serves needs a satisfaction indicator (switch this off in the settings when there are none)',
  },
};

export const requiredRule = defineRule({
  id: 'structure.required',
  severity: 'error',
  title: { zh: '缺少必填的指标', en: 'Required indicators missing' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      if (!form.indicatorTable) {
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: formCell(form) },
            {
              zh: '没有找到绩效指标表（一级指标、二级指标、三级指标、指标值），请补充绩效指标。',
              en: 'No indicator table (一级指标, 二级指标, 三级指标, 指标值) was found; please add the performance indicators.',
            },
          ),
        );
        return;
      }
      const required = ['产出指标', '效益指标'];
      if (satisfactionRequired(form, ctx.settings)) required.push('满意度指标');
      for (const category of required) {
        const filled = entriesOfForm(ctx.entries, form).some((e) => e.indicator.category.value === category && hasValue(e));
        if (filled) continue;
        const why = REQUIRED_WHY[category];
        findings.push(
          formFinding(
            rule,
            { form, formIndex, cell: categoryCell(form, category), indicator: category },
            {
              zh: `「${category}」下没有填写了指标值的三级指标，${why.zh}，请补充。`,
              en: `"${category}" has no indicator with a value; ${why.en}. Please add one.`,
            },
          ),
        );
      }
    });
    return findings;
  },
});

export const costRule = defineRule({
  id: 'structure.cost',
  severity: 'warning',
  title: { zh: '缺少成本指标', en: 'No cost indicator' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    ctx.recognition.forms.forEach((form, formIndex) => {
      if (!form.indicatorTable) return;
      const named = entriesOfForm(ctx.entries, form).some(
        (e) => e.indicator.category.value === '成本指标' && e.nameState === 'real',
      );
      if (named) return;
      findings.push(
        formFinding(
          rule,
          { form, formIndex, cell: categoryCell(form, '成本指标'), indicator: '成本指标' },
          {
            zh: '「成本指标」下没有三级指标。按财预〔2021〕101号，应设置成本指标（如「项目总成本」「人均成本」，以金额表示），请补充。',
            en: '"成本指标" has no indicator. Under 财预〔2021〕101号 a cost indicator (an amount, e.g. total or unit cost) is expected; please add one.',
          },
        ),
      );
    });
    return findings;
  },
});
