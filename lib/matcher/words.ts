import { isWordEndingAt, isWordStartingAt } from './boundaries';
import {
  CLASS_LINE_BREAK,
  CLASS_LOWER,
  CLASS_TRANSPARENT,
  CLASS_UPPER,
  CLASS_WORD,
  SPACE,
  type FoldTables,
} from './fold';

/**
 * The words around a hit, as the context rules read them. Every look is bounded (a few
 * words, each of at most MAX_WORD units), so judging a hit costs the same on any page.
 */
export interface Word {
  start: number;
  end: number;
}

/** Longer "words" are not names (a URL, a run of letters): they never block or exempt. */
const MAX_WORD = 40;
/** Spaces between two words of one name; a wider gap is layout, not a name. */
const MAX_GAP = 4;
/** Hyphens join the words of one name ("Austria-Hungary"); dashes, folded alike, do not ("WASHINGTON—The"). */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const APOSTROPHE = 0x27;
/** Folded units that end a sentence, or start a line of their own (a bullet, a pipe in a menu). */
const SENTENCE_ENDS = new Set(Array.from('.!?…:•·|', (ch) => ch.charCodeAt(0)));
/** Quotes and brackets that may stand between a sentence's end and its first word. */
const QUOTES = new Set(Array.from('"\'()[]{}«»‹›¿¡', (ch) => ch.charCodeAt(0)));

/**
 * The word right before `pos` on the same line, joined to it by a few spaces or by one
 * hyphen ("Austria-Hungary"); undefined when something else stands between.
 */
export function wordBefore(text: string, pos: number, t: FoldTables): Word | undefined {
  let p = pos - 1;
  if (p >= 0 && HYPHENS.has(text.charCodeAt(p))) p--;
  else {
    const gapEnd = p;
    while (p >= 0 && gapEnd - p < MAX_GAP && isInlineSpace(text, p, t)) p--;
    if (p === gapEnd) return undefined;
  }
  return isWordEndingAt(text, p, t.flags) ? wordEndingAt(text, p, t) : undefined;
}

/** The word right after `pos` on the same line, joined to it as wordBefore describes. */
export function wordAfter(text: string, pos: number, t: FoldTables): Word | undefined {
  let p = pos;
  if (p < text.length && HYPHENS.has(text.charCodeAt(p))) p++;
  else {
    const gapStart = p;
    while (p < text.length && p - gapStart < MAX_GAP && isInlineSpace(text, p, t)) p++;
    if (p === gapStart) return undefined;
  }
  return isWordStartingAt(text, p, t.flags) ? wordStartingAt(text, p, t) : undefined;
}

function wordStartingAt(text: string, start: number, t: FoldTables): Word | undefined {
  let p = start;
  while (p - start <= MAX_WORD) {
    if (isWordStartingAt(text, p, t.flags)) p += isHigh(text.charCodeAt(p)) ? 2 : 1;
    else if (isJoiner(text, p, t) && isWordStartingAt(text, p + 1, t.flags)) p++;
    else return { start, end: p };
  }
  return undefined;
}

function wordEndingAt(text: string, last: number, t: FoldTables): Word | undefined {
  let p = last;
  while (last - p <= MAX_WORD) {
    if (isWordEndingAt(text, p, t.flags)) p -= isLow(text.charCodeAt(p)) ? 2 : 1;
    else if (isJoiner(text, p, t) && isWordEndingAt(text, p - 1, t.flags)) p--;
    else return { start: p + 1, end: last + 1 };
  }
  return undefined;
}

/** What the words of a line around a stretch say about its capitals. */
export interface LineWords {
  /** Words read: up to `perSide` on each side, on the same line. */
  words: number;
  /** Of those, words of four units or more that start in lower case. */
  lowerLong: number;
  /** Of those, lower-case words whose letterKey is in `listed`. */
  listed: number;
}

/**
 * Reads the line around [start, end) unit by unit, without making a Word or a string per
 * word: this runs for every doubtful hit, and a page can have thousands.
 */
export function readLineAround(
  text: string,
  start: number,
  end: number,
  t: FoldTables,
  perSide: number,
  listed: ReadonlySet<number>,
): LineWords {
  const tally: LineWords = { words: 0, lowerLong: 0, listed: 0 };
  let p = start - 1;
  for (let n = 0, gap = 0; p >= 0 && n < perSide && gap < MAX_WORD;) {
    if (!isInWord(text, p, t)) {
      if ((t.flags[text.charCodeAt(p)]! & CLASS_LINE_BREAK) !== 0) break;
      p--;
      gap++;
      continue;
    }
    const to = p + 1;
    while (p >= 0 && to - p <= MAX_WORD && isInWord(text, p, t)) p--;
    countWord(tally, text, p + 1, to, t, listed);
    n++;
    gap = 0;
  }
  p = end;
  for (let n = 0, gap = 0; p < text.length && n < perSide && gap < MAX_WORD;) {
    if (!isInWord(text, p, t)) {
      if ((t.flags[text.charCodeAt(p)]! & CLASS_LINE_BREAK) !== 0) break;
      p++;
      gap++;
      continue;
    }
    const from = p;
    while (p < text.length && p - from <= MAX_WORD && isInWord(text, p, t)) p++;
    countWord(tally, text, from, p, t, listed);
    n++;
    gap = 0;
  }
  return tally;
}

function countWord(
  tally: LineWords,
  text: string,
  from: number,
  to: number,
  t: FoldTables,
  listed: ReadonlySet<number>,
): void {
  tally.words++;
  if ((t.flags[text.charCodeAt(from)]! & CLASS_LOWER) === 0) return;
  if (to - from >= 4) tally.lowerLong++;
  if (listed.has(letterKey(text, from, to, t.fold))) tally.listed++;
}

/** Longest word a letterKey stands for: six letters of five bits fit a small integer. */
const KEY_LETTERS = 6;

/**
 * A short word of plain letters a-z (once folded) as a number, so a word list can be
 * looked up without making a string; -1 for any other word. Exact: no two words share one.
 */
export function letterKey(text: string, from: number, to: number, fold: Uint16Array): number {
  if (to - from > KEY_LETTERS) return -1;
  let key = 0;
  for (let p = from; p < to; p++) {
    const letter = fold[text.charCodeAt(p)]! - 0x60;
    if (letter < 1 || letter > 26) return -1;
    key = key * 32 + letter;
  }
  return key;
}

/** A letter, digit or mark, or an apostrophe between two of them ("People's"). */
function isInWord(text: string, p: number, t: FoldTables): boolean {
  const f = t.flags[text.charCodeAt(p)]!;
  if ((f & CLASS_WORD) !== 0) return true;
  return (
    t.fold[text.charCodeAt(p)] === APOSTROPHE &&
    p > 0 &&
    p + 1 < text.length &&
    (t.flags[text.charCodeAt(p - 1)]! & CLASS_WORD) !== 0 &&
    (t.flags[text.charCodeAt(p + 1)]! & CLASS_WORD) !== 0
  );
}

/**
 * Is the capital at `pos` one that any word would have there: the first word of the text,
 * of a line, or after a sentence's end (quotes and brackets looked through)?
 */
export function startsSentence(text: string, pos: number, t: FoldTables): boolean {
  let p = pos - 1;
  for (let seen = 0; seen < MAX_WORD; seen++, p--) {
    if (p < 0) return true;
    const u = text.charCodeAt(p);
    if ((t.flags[u]! & CLASS_LINE_BREAK) !== 0) return true;
    const unit = t.fold[u]!;
    if (unit === SPACE || QUOTES.has(unit) || (t.flags[u]! & CLASS_TRANSPARENT) !== 0) continue;
    return SENTENCE_ENDS.has(unit);
  }
  return true;
}

/** Nothing but spaces between the stretch and the ends of its line ("Turkey" as a tag; not "Nice!"). */
export function isAloneOnLine(text: string, start: number, end: number, t: FoldTables): boolean {
  const lineEdge = (p: number) => p < 0 || p >= text.length || (t.flags[text.charCodeAt(p)]! & CLASS_LINE_BREAK) !== 0;
  let before = start - 1;
  while (start - before <= MAX_WORD && !lineEdge(before) && isInlineSpace(text, before, t)) before--;
  let after = end;
  while (after - end < MAX_WORD && !lineEdge(after) && isInlineSpace(text, after, t)) after++;
  return lineEdge(before) && lineEdge(after);
}

export function isCapitalised(text: string, word: Word, t: FoldTables): boolean {
  return (t.flags[text.charCodeAt(word.start)]! & CLASS_UPPER) !== 0;
}

/** Letters in capitals only, at least two of them ("THE", "NINE"; not "I", not "Iran"). */
export function isAllCaps(text: string, from: number, to: number, t: FoldTables): boolean {
  let upper = 0;
  for (let p = from; p < to; p++) {
    const f = t.flags[text.charCodeAt(p)]!;
    if ((f & CLASS_LOWER) !== 0) return false;
    if ((f & CLASS_UPPER) !== 0) upper++;
  }
  return upper >= 2;
}

/** Is the unit at `pos` a letter with case (Latin, Cyrillic, Greek...)? */
export function hasCase(text: string, pos: number, t: FoldTables): boolean {
  return (t.flags[text.charCodeAt(pos)]! & (CLASS_UPPER | CLASS_LOWER)) !== 0;
}

export function hasLowerCase(text: string, from: number, to: number, t: FoldTables): boolean {
  for (let p = from; p < to; p++) if ((t.flags[text.charCodeAt(p)]! & CLASS_LOWER) !== 0) return true;
  return false;
}

/** The word folded as aliases are ("Präsident" -> "prasident"), to look it up in a word list. */
export function foldedWord(text: string, word: Word, t: FoldTables): string {
  let out = '';
  for (let p = word.start; p < word.end; p++) {
    const u = text.charCodeAt(p);
    if ((t.flags[u]! & CLASS_TRANSPARENT) === 0) out += String.fromCharCode(t.fold[u]!);
  }
  return out;
}

/** Does a word after the first one start with a capital ("Le Monde", not "Le monde")? */
export function hasInnerCapital(text: string, from: number, to: number, t: FoldTables): boolean {
  for (let p = from + 1; p < to; p++) {
    if (t.fold[text.charCodeAt(p - 1)] === SPACE && (t.flags[text.charCodeAt(p)]! & CLASS_UPPER) !== 0) return true;
  }
  return false;
}

export function hasSpaceInside(text: string, from: number, to: number, t: FoldTables): boolean {
  for (let p = from; p < to; p++) if (t.fold[text.charCodeAt(p)] === SPACE) return true;
  return false;
}

function isInlineSpace(text: string, p: number, t: FoldTables): boolean {
  const u = text.charCodeAt(p);
  return t.fold[u] === SPACE && (t.flags[u]! & CLASS_LINE_BREAK) === 0;
}

/** An apostrophe or a transparent mark inside a word ("People's", "O'Brien") keeps it one word. */
function isJoiner(text: string, p: number, t: FoldTables): boolean {
  if (p < 0 || p >= text.length) return false;
  const u = text.charCodeAt(p);
  return t.fold[u] === APOSTROPHE || (t.flags[u]! & CLASS_TRANSPARENT) !== 0;
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}

function isLow(u: number): boolean {
  return u >= 0xdc00 && u <= 0xdfff;
}
