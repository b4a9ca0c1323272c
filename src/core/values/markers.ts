/**
 * Cells that hold no real value: unused-row markers, placeholders, 不适用.
 */
import { TextMemo } from '../forms/textMemo';
import { normalizeValueText } from './normalize';

const UNUSED_MARKERS = /^(?:\/+|\\|[-—―–－]+|无)$/u;

/**
 * Whether a cell reads as "this row is not used": blank, `/`, `—` (or another dash) or `无`. A row
 * whose name and values are all such markers is an unused row, not an error. Note that `无` is also
 * a valid yes/no value when the name is real.
 */
export function isUnusedMarker(text: string): boolean {
  return unusedMarkers.get(text);
}

const unusedMarkers = new TextMemo((text) => {
  const { normalized } = normalizeValueText(text);
  return normalized === '' || UNUSED_MARKERS.test(normalized.replace(/\s+/g, ''));
});

/** Markers that read as an empty value on their own (blank is handled separately). */
export function isEmptyMarker(compact: string): boolean {
  return /^(?:\/+|\\|-+)$/.test(compact);
}

/** Placeholder words left from a template. */
const PLACEHOLDER_WORDS = /^(?:待定|待确定|待补充|待填|待填写|待核定|暂定|TBD|tbd|是\/否|是或否|有\/无)$/;

export function isPlaceholderWord(compact: string): boolean {
  return PLACEHOLDER_WORDS.test(compact);
}

/** Words saying the indicator does not apply. */
export function isNotApplicable(compact: string): boolean {
  return /^(?:不适用|不涉及|无需填报|N\/?A|n\/?a)$/.test(compact);
}
