/**
 * A parsed indicator value (指标值). Every field is always present; fields that do not apply to a
 * kind are null (or false / '').
 */

/** What a value is. */
export type TargetValueKind =
  /** A comparison, one number and a unit: `95%以上`, `大于3家`, `985米`. */
  | 'quantity'
  /** Two numbers: `90%-95%`, `90%至95%`, or a deviation `±3%以内` (−3..3). */
  | 'range'
  /** 是 / 否 / 有 / 无. */
  | 'yesno'
  /** A period, optionally with a count: `每个季度`, `每季度1次`, `1次/月`. */
  | 'frequency'
  /** An amount of time: `≤3个工作日`, `15日内办结`. */
  | 'duration'
  /** A date or a month, year or year's end: `2025年12月底前`, `12月31日前`, `年底前`. */
  | 'deadline'
  /** Words without a figure: `符合规定`, `及时`, `比上年改善`. */
  | 'qualitative'
  /** Blank, or an unused-row marker such as `/` or `—`. */
  | 'empty'
  /** A template placeholder: `*`, `**`, `XX`, `待定`, `≥**%`. */
  | 'placeholder'
  /** `不适用`, `不涉及`, `N/A`: a valid value saying the indicator does not apply. */
  | 'notApplicable'
  /** None of the above (for instance text with figures that fit no form). */
  | 'unrecognized';

/** The comparison a target sets. A bare number reads as '='. */
export type Comparison = '>=' | '<=' | '>' | '<' | '=';

/** How the comparison was written: a symbol (≥), a word (以上, 不低于) or nothing (a bare number). */
export type ComparisonForm = 'symbol' | 'word' | 'bare';

/** Which way the target points: up (≥, >), down (≤, <, a deadline), exact (=). */
export type Direction = 'up' | 'down' | 'exact';

/** Where the unit came from: the value itself, or the indicator's name (`年度资金支出进度（%）`). */
export type UnitSource = 'value' | 'name';

export type FrequencyPeriod = 'day' | 'week' | 'tenDays' | 'month' | 'quarter' | 'halfYear' | 'year' | 'semester';

export interface Frequency {
  period: FrequencyPeriod;
  /** Every how many periods (每2周 → 2); 1 when not written. */
  every: number;
  /** Times per period (每季度1次 → 1), null when not written. The value's `comparison` applies to it. */
  count: number | null;
}

/**
 * A deadline as written. `endOf` marks 年底 / 12月底; a year or month left out (`12月31日前`, `年底前`)
 * means the budget year's.
 */
export interface Deadline {
  year: number | null;
  month: number | null;
  day: number | null;
  endOf: 'year' | 'month' | null;
}

/**
 * How checkable qualitative wording is:
 * - `vague`: cannot be checked (`起到积极推广作用`, `比上年改善` without a figure, `有所提高`, `明显提升`);
 * - `acceptable`: accepted wording that could be sharper (`符合规定`, `符合规范`, `合规`, `按时`, `及时`);
 * - `directional`: a bare direction word with no figure or baseline (`提升`, `减少`);
 * - `descriptive`: any other state (`可控`, `健全`).
 */
export type QualitativeGrade = 'vague' | 'acceptable' | 'directional' | 'descriptive';

export interface TargetValue {
  kind: TargetValueKind;
  /** The cell's text exactly as typed. */
  text: string;
  /** Markup removed, full-width characters made half-width, runs of white space made one space, trimmed. */
  normalizedText: string;
  /** The text held markup (`<p>…</p>`), stripped before parsing. */
  hadMarkup: boolean;
  /**
   * The comparison of a quantity, duration or placeholder; of a frequency's count; '<=' for a
   * deadline (by that date). Null for ranges, yes/no and qualitative values.
   */
  comparison: Comparison | null;
  comparisonForm: ComparisonForm | null;
  /** The symbol or word that set the comparison (`≥`, `以上`, `及以上`, `大于`, `内`, `前`), null when bare. */
  comparisonText: string | null;
  /** Whether the bound itself meets the target (以上/以下/以内 include it; 超过/不满 do not). */
  inclusive: boolean | null;
  /** The number of a quantity or duration. */
  value: number | null;
  /** The ends of a range, low ≤ high; both ends are included. */
  low: number | null;
  high: number | null;
  /** The range was written as a deviation (`±3%`). */
  deviation: boolean;
  /** The unit (`%`, `个`, `万元`, `个工作日`), null when neither the value nor the name gives one. */
  unit: string | null;
  unitSource: UnitSource | null;
  direction: Direction | null;
  /** The answer of a yes/no value. */
  yes: boolean | null;
  frequency: Frequency | null;
  deadline: Deadline | null;
  /** The grade of a qualitative value. */
  qualitative: QualitativeGrade | null;
  /** Words before the figure that are neither a comparison nor a unit (`同比增长` in `同比增长5%`). */
  prefix: string;
  /** Words after the figure, its unit and comparison (`办结` in `15日内办结`). */
  suffix: string;
}

/** Context a value is read in. */
export interface ParseContext {
  /** The 三级指标 name: a unit in parentheses at its end applies to a value that has none. */
  indicatorName?: string;
}
