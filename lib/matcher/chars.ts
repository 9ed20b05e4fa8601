/**
 * Character sets behind folding. Kept apart from the table builder so the
 * choices (which look like data) can be read and argued about on their own.
 */

/**
 * News sites mix typographic and typewriter apostrophes; "Iran’s" must read like "Iran's".
 * Acute accent and backtick are in because careless typing uses them as apostrophes.
 */
export const APOSTROPHES = '\u2019\u2018\u201B\u02BC\u2032\uFF07\u00B4\u0060';

/** Double quotes are folded too, so an alias that quotes a nickname survives typography. */
export const DOUBLE_QUOTES = '\u201C\u201D\u201E\u201F\u2033\uFF02';

/** Hyphens and dashes: "Al‑Assad" typed with a non-breaking hyphen is still "Al-Assad". */
export const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D';

/**
 * Letters whose stroke or slash is part of the glyph, so NFD leaves them alone, yet
 * wire services routinely drop it ("Wałęsa" is printed "Walesa"). Dotless ı matters for
 * Turkish names: "Kılıçdaroğlu" ~ "Kilicdaroglu".
 */
export const FUSED_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ø', 'o'],
  ['Ø', 'O'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['đ', 'd'],
  ['Đ', 'D'],
  ['ħ', 'h'],
  ['Ħ', 'H'],
  ['ı', 'i'],
  ['ŧ', 't'],
  ['Ŧ', 'T'],
];

/** NEL is a line break that /\s/ does not know about. */
export const EXTRA_SPACES = '\u0085';

/**
 * Combining marks that the table strips from precomposed letters. Text that arrives
 * decomposed ("Erdog\u0306an") carries them as separate units; the scanner steps over
 * them so NFC and NFD text match alike. Marks of other scripts (Indic vowel signs,
 * Arabic harakat) stay significant because dropping them would merge distinct words.
 */
export const TRANSPARENT_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], // Combining Diacritical Marks
  [0x1ab0, 0x1aff], // Combining Diacritical Marks Extended
  [0x1dc0, 0x1dff], // Combining Diacritical Marks Supplement
  [0x20d0, 0x20ff], // Combining Diacritical Marks for Symbols
  [0xfe20, 0xfe2f], // Combining Half Marks
];

/** Soft hyphens are invisible hyphenation hints inside words ("Lav\u00ADrov"). */
export const TRANSPARENT_SINGLES = '\u00AD';
