/**
 * Grading qualitative wording, so that validation can tell uncheckable phrases from accepted ones.
 */
import { normalizeValueText } from './normalize';
import type { Direction, QualitativeGrade } from './types';

const UP_WORDS = '提升|提高|改善|增加|增长|增强|加强|上升|扩大|优化|好转|完善';
const DOWN_WORDS = '减少|降低|下降|缩短|减轻|压缩|缩小|压减';
const CHANGE = `${UP_WORDS}|${DOWN_WORDS}`;

/** Wording that cannot be checked. */
const VAGUE: readonly RegExp[] = [
  new RegExp(`有所(?:${CHANGE})`),
  new RegExp(`(?:明显|显著|大幅|大大|进一步|逐步|逐年|不断|稳步|持续|全面|切实|有效|极大)(?:地)?(?:${CHANGE})`),
  new RegExp(`(?:比|较|同比|环比)(?:上年|去年|往年|上一年|以前|以往|同期|前期)?(?:有所|明显)?(?:${CHANGE})`),
  new RegExp(`得到(?:${CHANGE}|保障|落实)`),
  /起到.*作用|发挥.*作用|积极推广|积极(?:推动|促进|影响)|一定(?:程度|作用|成效|效果)|促进|推动|带动/,
  /效果(?:明显|显著|良好|较好)|较好|良好|较高|较大|较强|明显$/,
];

/** Accepted wording that could still be sharper (是/否 or =100%). */
const ACCEPTABLE =
  /符合(?:规定|规范|要求|标准|政策|程序|制度|相关规定|有关规定)|合规|按时|及时|准时|按期|如期|达标|合格|规范/;

const UP = new RegExp(UP_WORDS);
const DOWN = new RegExp(DOWN_WORDS);

/**
 * Grades wording without a figure. Text holding a digit is never vague (it names a figure) and is
 * graded `descriptive` unless it uses accepted wording.
 */
export function classifyQualitative(text: string): QualitativeGrade {
  const s = normalizeValueText(text).normalized;
  const hasFigure = /\d/.test(s);
  if (!hasFigure && VAGUE.some((re) => re.test(s))) return 'vague';
  if (ACCEPTABLE.test(s)) return 'acceptable';
  if (!hasFigure && (UP.test(s) || DOWN.test(s))) return 'directional';
  return 'descriptive';
}

/** The direction qualitative wording points to (`提升` up, `减少` down), null when none or mixed. */
export function qualitativeDirection(text: string): Direction | null {
  const up = UP.test(text);
  const down = DOWN.test(text);
  if (up === down) return null;
  return up ? 'up' : 'down';
}
