import {
  APOSTROPHES, DASHES, DOUBLE_QUOTES, EXTRA_SPACES, FUSED_LETTERS, TRANSPARENT_RANGES, TRANSPARENT_SINGLES,
} from './chars';

/**
 * Folding works one UTF-16 unit at a time so that offsets in folded text are offsets in
 * the original text. Every rule is precomputed into 64K-entry tables the first time they
 * are needed: the scanner then pays one array read per unit instead of a normalize() or
 * regex call, and a service worker that never matches never pays for the tables.
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

export const SPACE = 0x20;
const UNITS = 0x10000;
const MAX_FOLD_ROUNDS = 8;

let tables: FoldTables | undefined;

export function getFoldTables(): FoldTables {
  tables ??= buildTables();
  return tables;
}

/** Folds each unit independently; the result has exactly the length of the input. */
export function foldText(text: string): string {
  const { fold } = getFoldTables();
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

function buildTables(): FoldTables {
  const single = singleStepBase();
  const base = new Uint16Array(UNITS);
  // Chains such as "ǿ" -> "ø" -> "o" need the single step repeated to a fixed point.
  for (let u = 0; u < UNITS; u++) base[u] = fixPoint(u, (x) => single[x]!);
  const fold = new Uint16Array(UNITS);
  for (let u = 0; u < UNITS; u++) fold[u] = fixPoint(base[u]!, (x) => base[caseFoldOne(x)]!);
  return { base, fold, flags: buildFlags(fold) };
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

function singleStepBase(): Uint16Array {
  const table = new Uint16Array(UNITS);
  const special = specialMappings();
  const spaceRe = /\s/;
  const marksOnly = /^\p{M}*$/u;
  for (let u = 0; u < UNITS; u++) {
    table[u] = u;
    if (isSurrogate(u)) continue;
    const mapped = special.get(u);
    if (mapped !== undefined) {
      table[u] = mapped;
      continue;
    }
    const ch = String.fromCharCode(u);
    if (spaceRe.test(ch)) {
      table[u] = SPACE;
      continue;
    }
    const nfd = ch.normalize('NFD');
    if (nfd === ch) continue;
    const first = nfd.charCodeAt(0);
    // Only a base letter followed by marks is a "letter with diacritics"; Hangul
    // syllables decompose into letters and must stay whole.
    if (!isSurrogate(first) && marksOnly.test(nfd.slice(1))) table[u] = first;
  }
  return table;
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

function buildFlags(fold: Uint16Array): Uint8Array {
  const flags = new Uint8Array(UNITS);
  const wordRe = /[\p{L}\p{N}\p{M}]/u;
  for (let u = 0; u < UNITS; u++) {
    // Judged on the folded unit: "ʼ" is a modifier letter but reads as an apostrophe.
    if (!isSurrogate(u) && wordRe.test(String.fromCharCode(fold[u]!))) flags[u] = CLASS_WORD;
  }
  for (const [lo, hi] of TRANSPARENT_RANGES) {
    for (let u = lo; u <= hi; u++) flags[u] = flags[u]! | CLASS_TRANSPARENT;
  }
  for (const ch of TRANSPARENT_SINGLES) {
    const u = ch.charCodeAt(0);
    flags[u] = flags[u]! | CLASS_TRANSPARENT;
  }
  return flags;
}
