import { CLASS_TRANSPARENT, CLASS_WORD } from './fold';

/**
 * Word boundaries, so "Iran" is not found in "Tirana" or "Iranian". A hit needs a
 * non-word unit (anything but a letter, digit or mark) on each side. Transparent units
 * (decomposed diacritics, soft hyphens) belong to the letter before them, so they are
 * looked through rather than treated as the neighbour.
 */

const wordCodePoint = /^[\p{L}\p{N}\p{M}]$/u;

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}

/** Astral letters (CJK extension B, historic scripts) are rare enough to pay for a regex. */
function isWordPair(high: number, low: number): boolean {
  const cp = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  return wordCodePoint.test(String.fromCodePoint(cp));
}

/** Is the unit at `pos` (or the pair it ends) a word character? Lone surrogates are not. */
export function isWordEndingAt(text: string, pos: number, flags: Uint8Array): boolean {
  if (pos < 0) return false;
  const u = text.charCodeAt(pos);
  if (isLow(u)) return pos > 0 && isHigh(text.charCodeAt(pos - 1)) && isWordPair(text.charCodeAt(pos - 1), u);
  return (flags[u]! & CLASS_WORD) !== 0;
}

/** Is the unit at `pos` (or the pair it starts) a word character? */
export function isWordStartingAt(text: string, pos: number, flags: Uint8Array): boolean {
  if (pos >= text.length) return false;
  const u = text.charCodeAt(pos);
  if (isHigh(u))
    return pos + 1 < text.length && isLow(text.charCodeAt(pos + 1)) && isWordPair(u, text.charCodeAt(pos + 1));
  return (flags[u]! & CLASS_WORD) !== 0;
}

/** A hit's end swallows the transparent units that follow its last letter. */
export function skipTransparent(text: string, pos: number, flags: Uint8Array): number {
  let p = pos;
  while (p < text.length && (flags[text.charCodeAt(p)]! & CLASS_TRANSPARENT) !== 0) p++;
  return p;
}
