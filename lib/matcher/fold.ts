import {
  APOSTROPHES,
  DASHES,
  DOUBLE_QUOTES,
  EXTRA_SPACES,
  FUSED_LETTERS,
  TRANSPARENT_RANGES,
  TRANSPARENT_SINGLES,
} from './chars';

/**
 * Folding works one UTF-16 unit at a time so that offsets in folded text are offsets in
 * the original text. Every rule is precomputed into 64K-entry tables, so the scanner pays
 * one array read per unit instead of a normalize() or regex call. The tables are filled a
 * page of 256 units at a time, for the pages a text or an alias actually uses: filling
 * all of them took ~42 ms of every service worker start (bench, cold worker), while an
 * English page touches four or five pages.
 */
export interface FoldTables {
  /** Diacritics, quotes, dashes and spaces folded; letter case kept. Used for case-sensitive aliases. */
  readonly base: Uint16Array;
  /** `base` plus case folding. The automaton only ever sees these units. */
  readonly fold: Uint16Array;
  /** Bit set of CLASS_* per unit. */
  readonly flags: Uint8Array;
}

/** The folded unit is a letter, digit or mark: it glues a hit to its neighbour. */
export const CLASS_WORD = 1;
/** Stepped over by the scanner, as if absent (decomposed diacritics, soft hyphen). */
export const CLASS_TRANSPARENT = 2;
/** An upper-case or title-case letter: what the context rules read as "capitalised". */
export const CLASS_UPPER = 4;
/** A lower-case letter; letters of scripts without case are neither. */
export const CLASS_LOWER = 8;
/** Ends a line for the context rules: line and paragraph breaks, control characters. */
export const CLASS_LINE_BREAK = 16;

export const SPACE = 0x20;
const UNITS = 0x10000;
const PAGE_BITS = 8;
const MAX_FOLD_ROUNDS = 8;

let tables: FoldTables | undefined;
/** Per page: 1 once its units are in the tables. */
const filled = new Uint8Array(UNITS >> PAGE_BITS);

/**
 * The tables, filled at least for every unit of `text`: reads at the units of `text` are
 * valid, reads elsewhere may hit a page not filled yet.
 */
export function foldTablesFor(text: string): FoldTables {
  tables ??= { base: new Uint16Array(UNITS), fold: new Uint16Array(UNITS), flags: new Uint8Array(UNITS) };
  for (let i = 0; i < text.length; i++) {
    const page = text.charCodeAt(i) >> PAGE_BITS;
    if (filled[page] === 0) fillPage(tables, page);
  }
  return tables;
}

/**
 * Fills the pages nearly every page's text uses (Latin-1, and the quotes and dashes of
 * General Punctuation), for a caller with time to spare: a worker waiting on its store.
 */
export function prepareFolding(): void {
  foldTablesFor('\u00ff\u2019');
}

/** The tables filled for every unit. */
export function getFoldTables(): FoldTables {
  tables ??= foldTablesFor('');
  for (let page = 0; page < filled.length; page++) if (filled[page] === 0) fillPage(tables, page);
  return tables;
}

/**
 * Printable ASCII but the backtick (which folds to an apostrophe): folding is lower-casing there.
 * Nearly every name of a Wikidata pack is such, and an import of 100,000 actors folds each of its
 * 400,000 names at least twice (ids, joins, the mention index): the tables cost about 3 µs a name.
 */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Folds each unit independently; the result has exactly the length of the input. */
export function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  const { fold } = foldTablesFor(text);
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = fold[text.charCodeAt(i)]!;
  return unitsToString(out);
}

function unitsToString(units: Uint16Array): string {
  // fromCharCode.apply has an argument-count ceiling, so long inputs go in slices.
  const CHUNK = 8192;
  let result = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return result;
}

function isSurrogate(u: number): boolean {
  return u >= 0xd800 && u <= 0xdfff;
}

function fillPage(t: FoldTables, page: number): void {
  const { base, fold, flags } = t as { base: Uint16Array; fold: Uint16Array; flags: Uint8Array };
  for (let u = page << PAGE_BITS; u < (page + 1) << PAGE_BITS; u++) {
    base[u] = baseOf(u);
    // Case folding and base folding alternate until neither changes the unit.
    fold[u] = fixPoint(base[u]!, (x) => baseOf(caseFoldOne(x)));
    flags[u] = classOf(u, fold[u]!);
  }
  filled[page] = 1;
}

/** Chains such as "ǿ" -> "ø" -> "o" need the single step repeated to a fixed point. */
function baseOf(u: number): number {
  return fixPoint(u, singleStepBase);
}

function fixPoint(start: number, step: (x: number) => number): number {
  let x = start;
  for (let round = 0; round < MAX_FOLD_ROUNDS; round++) {
    const next = step(x);
    if (next === x) return x;
    x = next;
  }
  return x;
}

let special: Map<number, number> | undefined;
const spaceRe = /\s/;
const marksOnly = /^\p{M}*$/u;
const wordRe = /[\p{L}\p{N}\p{M}]/u;
const upperRe = /[\p{Lu}\p{Lt}]/u;
const lowerRe = /\p{Ll}/u;

function singleStepBase(u: number): number {
  if (isSurrogate(u)) return u;
  special ??= specialMappings();
  const mapped = special.get(u);
  if (mapped !== undefined) return mapped;
  const ch = String.fromCharCode(u);
  if (spaceRe.test(ch)) return SPACE;
  const nfd = ch.normalize('NFD');
  if (nfd === ch) return u;
  const first = nfd.charCodeAt(0);
  // Only a base letter followed by marks is a "letter with diacritics"; Hangul
  // syllables decompose into letters and must stay whole.
  return !isSurrogate(first) && marksOnly.test(nfd.slice(1)) ? first : u;
}

function specialMappings(): Map<number, number> {
  const map = new Map<number, number>();
  const all = (chars: string, to: string): void => {
    for (const ch of chars) map.set(ch.charCodeAt(0), to.charCodeAt(0));
  };
  all(APOSTROPHES, "'");
  all(DOUBLE_QUOTES, '"');
  all(DASHES, '-');
  all(EXTRA_SPACES, ' ');
  for (const [from, to] of FUSED_LETTERS) map.set(from.charCodeAt(0), to.charCodeAt(0));
  return map;
}

/**
 * Upper then lower case, as Unicode case folding does, so "ς"/"σ" and "ſ"/"s" meet;
 * any step that would change the length is skipped to keep offsets 1:1.
 */
function caseFoldOne(u: number): number {
  const ch = String.fromCharCode(u);
  const upper = ch.toUpperCase();
  const up = upper.length === 1 ? upper : ch;
  const lower = up.toLowerCase();
  if (lower.length === 1) return lower.charCodeAt(0);
  const direct = ch.toLowerCase();
  return direct.length === 1 ? direct.charCodeAt(0) : u;
}

function classOf(u: number, folded: number): number {
  // Judged on the folded unit: "ʼ" is a modifier letter but reads as an apostrophe.
  let flags = !isSurrogate(u) && wordRe.test(String.fromCharCode(folded)) ? CLASS_WORD : 0;
  if (
    TRANSPARENT_SINGLES.includes(String.fromCharCode(u)) ||
    TRANSPARENT_RANGES.some(([lo, hi]) => u >= lo && u <= hi)
  ) {
    flags |= CLASS_TRANSPARENT;
  }
  if (isSurrogate(u)) return flags;
  const ch = String.fromCharCode(u);
  if (upperRe.test(ch)) flags |= CLASS_UPPER;
  else if (lowerRe.test(ch)) flags |= CLASS_LOWER;
  if (isLineBreak(u)) flags |= CLASS_LINE_BREAK;
  return flags;
}

/** Tab is the only control character inside a line; U+007F is the page's block break. */
function isLineBreak(u: number): boolean {
  return (u < 0x20 && u !== 0x09) || (u >= 0x7f && u <= 0x9f) || u === 0x2028 || u === 0x2029;
}
