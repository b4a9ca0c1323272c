/**
 * Text clean-up shared by the value parser, the amount reader and the unit reader.
 */

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
const ENTITIES: Record<string, string> = {
  '&nbsp;': ' ',
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
};
const ENTITY = /&(?:nbsp|amp|lt|gt|quot|apos|#39);/g;

/**
 * Removes HTML tags and decodes the common entities, repeatedly until none is left (so that the
 * result holds no markup either); tells whether there was any markup.
 */
export function stripMarkup(text: string): { text: string; hadMarkup: boolean } {
  let hadMarkup = false;
  let current = text;
  // Every pass that changes the text shortens it, so this ends.
  for (;;) {
    const next = current
      .replace(TAG, (tag) => (/^<\/?(p|div|br|li)\b/i.test(tag) ? ' ' : ''))
      .replace(ENTITY, (entity) => ENTITIES[entity] ?? entity);
    if (next === current) return { text: current, hadMarkup };
    hadMarkup = true;
    current = next;
  }
}

/** Full-width ASCII (！…～) and the ideographic space become their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Half-width, runs of white space (line breaks included) made one space, trimmed. */
export function normalizeSpacing(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, ' ').trim();
}

/** Made half-width, markup stripped, then white space as in `normalizeSpacing`. */
export function normalizeValueText(text: string): { normalized: string; hadMarkup: boolean } {
  const { text: stripped, hadMarkup } = stripMarkup(toHalfWidth(text));
  return { normalized: normalizeSpacing(stripped), hadMarkup };
}

/**
 * The compact form the value grammar reads: no spaces, one spelling per symbol (≧ ⩾ >= → ≥,
 * ≦ ⩽ <= → ≤, +- +/- 正负 → ±, dashes → -, wave dashes → ~, 百分之N → N%), without trailing
 * punctuation.
 */
export function compactForGrammar(normalized: string): string {
  return normalized
    .replace(/\s+/g, '')
    .replace(/[≧⩾]|>=|=>/g, '≥')
    .replace(/[≦⩽]|<=|=</g, '≤')
    .replace(/={2,}/g, '=')
    .replace(/[‐‑‒–—―−﹣]+/g, '-')
    .replace(/\+\/-|\+-|正负/g, '±')
    .replace(/[〜～∼]/g, '~')
    .replace(/百分之(\d+(?:\.\d+)?)/g, '$1%')
    .replace(/[。．.;；:：,，、]+$/u, '');
}
