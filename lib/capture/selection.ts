/**
 * What a reader's selection becomes: a name, an alias or a fact. Selections arrive as the
 * browser gives them (line breaks where they crossed paragraphs, a possessive on the end,
 * sometimes a whole page), so each is cleaned and bounded before a form shows it.
 */

/** The store refuses a fact past 2,000 characters and an alias or name past 200 (lib/store/drafts.ts). */
export const MAX_FACT_CHARS = 2_000;
export const MAX_NAME_CHARS = 200;

const ELLIPSIS = '…';

/** Line breaks and runs of spaces from a selection across blocks read as one space. */
export function cleanSelection(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** "“Andrei Karlov’s” " → "Andrei Karlov": the name a selection most likely means. */
export function nameFromSelection(text: string): string {
  return cleanSelection(text)
    .replace(/^[\s"“”‘’'«»([]+|[\s"“”‘’'«»)\].,;:!?]+$/gu, '')
    .replace(/[’']s$/u, '')
    .trim();
}

export interface Bounded {
  text: string;
  /** True when the text was longer than the limit and only its start is kept. */
  cut: boolean;
}

/** Keeps at most `max` UTF-16 units without splitting a surrogate pair (an emoji, a rare CJK character). */
function cutAt(text: string, max: number): string {
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * Bounds a selection for the form it fills. A cut fact ends in "…" so that the stored
 * quotation never pretends to be whole; a cut name does not, since it would then match nothing.
 */
export function boundSelection(text: string, mode: 'entity' | 'fact'): Bounded {
  const max = mode === 'fact' ? MAX_FACT_CHARS : MAX_NAME_CHARS;
  // Cleaning a megabyte is wasted work when 2,000 characters are kept: only the head is read.
  const headLength = max * 4;
  const dropped = text.length > headLength && /\S/u.test(text.slice(headLength));
  const cleaned = cleanSelection(text.slice(0, headLength));
  if (!dropped && cleaned.length <= max) return { text: cleaned, cut: false };
  if (mode === 'entity') return { text: cutAt(cleaned, max).trimEnd(), cut: true };
  return { text: cutAt(cleaned, max - ELLIPSIS.length).trimEnd() + ELLIPSIS, cut: true };
}
