/**
 * The validator's settings (审核设置): every threshold and switch RULES.md marks configurable, in one
 * object. A finance bureau overrides them with a JSON file (see parseSettings.ts). Severities are not
 * settings: each rule id has exactly one.
 */

/** What 本级使用资金 + 拟用于对下转移支付资金 must add up to (`amount.level-split`). */
export type LevelSplitBase = 'expenditure' | 'fiscalAppropriation';

export interface RuleSettings {
  /** Words that make an indicator a bounded rate (0–100%): 满意度, 合格率, 完成率 … */
  boundedRateNames: string[];
  /** Words that make a rate unbounded even when it also names a bounded one: 增长率, 增速 … */
  growthRateNames: string[];
  /** Words that make an indicator a reverse one (lower is better): 投诉率, 差错率, 事故 … */
  reverseKeywords: string[];
  /** Lowest acceptable target of a …满意度 / …满意率 indicator, in percent. */
  satisfactionThreshold: number;
  /** `structure.required` asks for a 满意度指标 with a value. */
  requireSatisfaction: boolean;
  /**
   * Per-form override of `requireSatisfaction`, keyed by the form's 项目名称, its 部门名称 or its sheet
   * name: `{ "非转经工作经费（当年）": false }` for a project without 服务对象.
   */
  requireSatisfactionByForm: Record<string, boolean>;
  /** The base of `amount.level-split`: 基本支出 + 项目支出 (`expenditure`) or 财政拨款. */
  levelSplitBase: LevelSplitBase;
  /** Tolerance of amount comparisons, in 万元. */
  amountTolerance: number;
  /** Most decimals an amount in 万元 may have (`amount.precision`). */
  precisionDecimals: number;
  /** Rule ids that do not run. */
  disabled: string[];
}

export const DEFAULT_SETTINGS: Readonly<RuleSettings> = Object.freeze({
  boundedRateNames: [
    '满意度',
    '满意率',
    '合格率',
    '完成率',
    '覆盖率',
    '执行率',
    '达标率',
    '知晓率',
    '到位率',
    '使用率',
    '正确率',
    '准确率',
    '及时率',
  ],
  growthRateNames: ['增长率', '增速', '增幅', '增长幅度'],
  reverseKeywords: ['投诉率', '差错率', '误差率', '事故', '违规', '违纪', '发生数', '损失', '超支'],
  satisfactionThreshold: 80,
  requireSatisfaction: true,
  requireSatisfactionByForm: {},
  levelSplitBase: 'expenditure',
  amountTolerance: 0.005,
  precisionDecimals: 4,
  disabled: [],
});

/** Full settings from a partial override (missing or undefined keys take the defaults; arrays are copied). */
export function resolveSettings(partial: Partial<RuleSettings> = {}): RuleSettings {
  const given = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const merged: RuleSettings = { ...DEFAULT_SETTINGS, ...given };
  return {
    ...merged,
    boundedRateNames: [...merged.boundedRateNames],
    growthRateNames: [...merged.growthRateNames],
    reverseKeywords: [...merged.reverseKeywords],
    requireSatisfactionByForm: { ...merged.requireSatisfactionByForm },
    disabled: [...merged.disabled],
  };
}
