import { contextWords, isTitle } from './context-words';
import type { FoldTables } from './fold';
import { ENTRY_CASE_SENSITIVE, ENTRY_COMMON, ENTRY_PERSON } from './types';
import {
  foldedWord,
  hasCase,
  hasInnerCapital,
  hasLowerCase,
  hasSpaceInside,
  isAllCaps,
  isAloneOnLine,
  isCapitalised,
  readLineAround,
  startsSentence,
  wordAfter,
  wordBefore,
  type Word,
} from './words';

/**
 * Context rules: which of the scanner's leftmost-longest hits a reader would agree with.
 * Each hit is judged by a bounded look at its neighbouring words, so the rules cost
 * O(hits) whatever the size of the dictionary or the page.
 */
export const KEEP = 0;
export const DROP = 1;
/** A common word whose capital proves nothing here: kept only if the call has it as a name elsewhere. */
export const KEEP_IF_NAMED = 2;
export type Verdict = typeof KEEP | typeof DROP | typeof KEEP_IF_NAMED;

export interface HitsInText {
  readonly text: string;
  readonly tables: FoldTables;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Per hit: 1 for a real mark, 0 for a stop phrase (which never exempts its neighbour). */
  readonly marks: Uint8Array;
}

/** Words in each direction that decide whether a line is in title case or in German. */
const WINDOW_WORDS = 6;
/** What joins the names of a list: a comma, "und", "oder", "sowie", "and", "or", "&" or a slash. */
const LIST_GAP = /^\s*(,|&|\/|,?\s*(und|oder|sowie|and|or)\s)\s*$/;
const LIST_GAP_MAX = 9;

export function judgeHit(hits: HitsInText, i: number, flags: number): Verdict {
  const { text, tables, starts, ends } = hits;
  const start = starts[i]!;
  const end = ends[i]!;
  if ((flags & ENTRY_CASE_SENSITIVE) !== 0 && isAcronymInCapitals(hits, i)) return DROP;
  // A name of several words is specific already: "Islamic State Group" is still the Islamic State.
  if (!hasSpaceInside(text, start, end, tables) && isInsideLongerName(hits, i, (flags & ENTRY_PERSON) !== 0))
    return DROP;
  return (flags & ENTRY_COMMON) !== 0 ? commonWordVerdict(hits, i) : KEEP;
}

/**
 * "IS" in "... IS THE NINE NETWORK POLITICAL EDITOR", "US" in "US STRIKES": an acronym
 * next to a capitals-only word that is no mark of its own is a word of a shouted line.
 */
function isAcronymInCapitals(hits: HitsInText, i: number): boolean {
  const { text, tables, starts, ends } = hits;
  if (hasLowerCase(text, starts[i]!, ends[i]!, tables)) return false;
  const shouted = (word: Word | undefined, marked: boolean) =>
    word !== undefined && !marked && isAllCaps(text, word.start, word.end, tables);
  const before = wordBefore(text, starts[i]!, tables);
  const after = wordAfter(text, ends[i]!, tables);
  return (
    shouted(before, before !== undefined && markedBefore(hits, i, before)) ||
    shouted(after, after !== undefined && markedAfter(hits, i, after))
  );
}

/**
 * "The Washington Post", "Latin America", "Jordan Peterson": a capitalised word next to a
 * one-word name makes a longer name of something else. Unless that word is a title, a
 * date, a function word, a direction, an institution of the state, or marked itself; and
 * only where capitals say something: not in a title-case line, nor in German, which
 * capitalises every noun. Name parts such as "New" or "Post" block everywhere.
 */
function isInsideLongerName(hits: HitsInText, i: number, person: boolean): boolean {
  const { text, tables, starts, ends } = hits;
  const words = contextWords();
  let doubtful = false;
  const before = person ? undefined : wordBefore(text, starts[i]!, tables);
  if (before && isCapitalised(text, before, tables) && !markedBefore(hits, i, before)) {
    const word = foldedWord(text, before, tables);
    if (words.namePrefixes.has(word)) return true;
    doubtful = !differsInCase(hits, i, before) && !exemptBefore(word);
  }
  const after = wordAfter(text, ends[i]!, tables);
  if (after && isCapitalised(text, after, tables) && !markedAfter(hits, i, after)) {
    const word = foldedWord(text, after, tables);
    if (words.nameHeads.has(word)) return true;
    doubtful ||= !differsInCase(hits, i, after) && !exemptAfter(hits, after, word);
  }
  if (!doubtful && !person && before && !isCapitalised(text, before, tables)) doubtful = isOfName(hits, i, before);
  return doubtful && capitalsAreTelling(hits, i);
}

/**
 * Capitals only on one side and not on the other: a label beside a name ("LATEST Russian
 * ambassador dies", "the BBC Washington bureau") or a dateline before its sentence
 * ("WASHINGTON The president..."), not one name. An acronym of three letters or fewer
 * is left out: "US Open" is one name.
 */
function differsInCase(hits: HitsInText, i: number, word: Word): boolean {
  const { text, tables, starts, ends } = hits;
  const wordShouts = isAllCaps(text, word.start, word.end, tables);
  if (wordShouts) return hasLowerCase(text, starts[i]!, ends[i]!, tables);
  return ends[i]! - starts[i]! > 3 && isAllCaps(text, starts[i]!, ends[i]!, tables);
}

function exemptBefore(word: string): boolean {
  const words = contextWords();
  return (
    word.length === 1 ||
    isTitle(word) ||
    words.functionWords.has(word) ||
    words.calendar.has(word) ||
    words.directions.has(word)
  );
}

/** "Russian President", "Syrian Army", "Russian Foreign Ministry", "US Supreme Court", "Iraqi Kurds", "Amazon.com Inc.". */
function exemptAfter(hits: HitsInText, after: Word, word: string): boolean {
  const { text, tables } = hits;
  const words = contextWords();
  if (word.length === 1 || words.calendar.has(word) || words.peoples.has(word) || words.companyForms.has(word))
    return true;
  let current: Word | undefined = after;
  let folded = word;
  for (let step = 0; step < 3 && current; step++) {
    if (isTitle(folded) || words.institutions.has(folded)) return true;
    if (!words.qualifiers.has(folded)) return false;
    current = wordAfter(text, current.end, tables);
    if (!current || !isCapitalised(text, current, tables)) return false;
    folded = foldedWord(text, current, tables);
  }
  return false;
}

/** "Gulf of Mexico", "Bank of England", "University of Washington"; not "President of Syria", "Province of Idlib". */
function isOfName(hits: HitsInText, i: number, of: Word): boolean {
  const { text, tables } = hits;
  if (foldedWord(text, of, tables) !== 'of') return false;
  const head = wordBefore(text, of.start, tables);
  if (!head || !isCapitalised(text, head, tables) || startsSentence(text, head.start, tables)) return false;
  if (markedBefore(hits, i, head)) return false;
  const word = foldedWord(text, head, tables);
  return !exemptBefore(word) && !contextWords().institutions.has(word) && !contextWords().placeParts.has(word);
}

/**
 * A common word reads as a name where it is capitalised, not in capitals only, and its
 * capital is not one that any word would have there: a sentence start or a title-case
 * line leave it to the rest of the page (KEEP_IF_NAMED). A name of several words may start
 * a sentence when a later word is capitalised too. In German, where every noun is
 * capitalised, only a preposition of place or a list of other marks says "name", and the
 * rest of the page cannot help: "beim Essen" is the meal on a page that also says "aus Essen".
 */
function commonWordVerdict(hits: HitsInText, i: number): Verdict {
  const { text, tables, starts, ends } = hits;
  const start = starts[i]!;
  const end = ends[i]!;
  // In a script without case (Arabic, Chinese) capitals say nothing either way.
  if (!hasCase(text, start, tables)) return KEEP;
  if (!isCapitalised(text, { start, end }, tables) || !hasLowerCase(text, start, end, tables)) return KEEP_IF_NAMED;
  if (isAloneOnLine(text, start, end, tables)) return KEEP;
  const line = lineContext(hits, i);
  if (line.titleCase) return KEEP_IF_NAMED;
  if (line.german) return isAfterGermanPlacePreposition(hits, i) || isInListOfMarks(hits, i) ? KEEP : DROP;
  // "Le Monde", "El País": a capital inside the name is the name's.
  return !startsSentence(text, start, tables) || hasInnerCapital(text, start, end, tables) ? KEEP : KEEP_IF_NAMED;
}

/** Between other marks of a list ("aus Russland, China und Japan"): a name among names. */
function isInListOfMarks(hits: HitsInText, i: number): boolean {
  const { text, starts, ends, marks } = hits;
  const joined = (from: number, to: number) => to - from <= LIST_GAP_MAX && LIST_GAP.test(text.slice(from, to));
  return (
    (i > 0 && marks[i - 1] === 1 && joined(ends[i - 1]!, starts[i]!)) ||
    (i + 1 < starts.length && marks[i + 1] === 1 && joined(ends[i]!, starts[i + 1]!))
  );
}

function isAfterGermanPlacePreposition(hits: HitsInText, i: number): boolean {
  const { text, tables } = hits;
  const before = wordBefore(text, hits.starts[i]!, tables);
  return (
    before !== undefined &&
    !isCapitalised(text, before, tables) &&
    contextWords().germanPlacePrepositions.has(foldedWord(text, before, tables))
  );
}

/** Capitals tell a name from a word only in sentence case, and not in German. */
function capitalsAreTelling(hits: HitsInText, i: number): boolean {
  const { titleCase, german } = lineContext(hits, i);
  return !titleCase && !german;
}

/**
 * Reads up to WINDOW_WORDS words each side on the hit's line. Title case (or capitals):
 * at least three words besides the hit, none of four letters or more in lower case ("Trump to Lift Sudan
 * Sanctions"); a masthead of three words ("The Washington Post") stays sentence case.
 * German: two or more frequent German words nearby, in lower case.
 */
function lineContext(hits: HitsInText, i: number): { titleCase: boolean; german: boolean } {
  const { text, tables, starts, ends } = hits;
  const line = readLineAround(text, starts[i]!, ends[i]!, tables, WINDOW_WORDS, contextWords().german);
  return { titleCase: line.words >= 3 && line.lowerLong === 0, german: line.listed >= 2 };
}

function markedBefore(hits: HitsInText, i: number, word: Word): boolean {
  return i > 0 && hits.marks[i - 1] === 1 && hits.ends[i - 1]! > word.start;
}

function markedAfter(hits: HitsInText, i: number, word: Word): boolean {
  return i + 1 < hits.starts.length && hits.marks[i + 1] === 1 && hits.starts[i + 1]! < word.end;
}
