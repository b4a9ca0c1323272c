/**
 * value.process-indicator: a budget-process figure (预算执行率, 资金支出进度, 资金到位率 …) under 效益指标.
 * The finding points at the indicator's name: it is the placement that is wrong, not the value.
 */
import type { Finding } from '../../findings';
import { defineRule } from '../define';
import { formFinding } from '../finding';

/** Names of budget-process figures: 预算执行率, 预算资金执行率, 预算使用率, 资金支出进度, 资金到位率 … */
export const PROCESS_NAME = /(?:预算|资金).{0,4}?(?:执行率|支出率|支付率|使用率|到位率|支出进度|执行进度)/u;

export const processIndicatorRule = defineRule({
  id: 'value.process-indicator',
  severity: 'info',
  title: { zh: '预算执行类指标放在效益指标下', en: 'Budget-process figure under benefits' },
  check(ctx, rule) {
    const findings: Finding[] = [];
    for (let k = 0; k < ctx.entries.length; k++) {
      const e = ctx.entries[k];
      const cell = e.indicator.name.cell;
      if (!e.traits.benefit || e.nameState !== 'real' || e.unused || cell === null) continue;
      if (!PROCESS_NAME.test(e.name.replace(/\s+/g, ''))) continue;
      findings.push(
        formFinding(
          rule,
          { form: e.form, formIndex: e.formIndex, cell, indicator: e.name },
          {
            zh: `「${e.name}」反映的是预算执行过程，不是项目带来的效益，不宜放在「效益指标」下；建议移到「产出指标」（如时效指标），效益指标应反映经济、社会、生态等方面的效果。`,
            en: `"${e.name}" measures budget execution, not a benefit, and does not belong under 效益指标; move it to 产出指标 (e.g. 时效指标). Benefit indicators should show economic, social or ecological effects.`,
          },
        ),
      );
    }
    return findings;
  },
});
