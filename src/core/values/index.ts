/**
 * Indicator values (指标值): parsing, canonical formatting, units, amounts in 万元, markers.
 */
export type {
  Comparison,
  ComparisonForm,
  Deadline,
  Direction,
  Frequency,
  FrequencyPeriod,
  ParseContext,
  QualitativeGrade,
  TargetValue,
  TargetValueKind,
  UnitSource,
} from './types';
export { parseTargetValue } from './parse';
export { formatTargetValue } from './format';
export { unitFromIndicatorName, isTimeUnit } from './units';
export { parseAmountWan } from './amount';
export { isUnusedMarker } from './markers';
export { classifyQualitative, qualitativeDirection } from './qualitative';
export { normalizeValueText, normalizeSpacing, stripMarkup, toHalfWidth } from './normalize';
