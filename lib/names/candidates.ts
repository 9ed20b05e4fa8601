import { GermanNouns } from './german';
import { PARTICLES, lowerCaseWords, readRuns, type Run } from './runs';
import { hasDemonymEnding, isCalendarWord, isGermanDeterminer, isOpener, isTitle } from './words';

/**
 * The names an article's text uses, best first, as candidates for "Not yet in your store".
 * A name of two or more words is taken when it occurs; a single word ("Sudan", "Netanyahu")
 * must recur and be capitalised at least once where a sentence does not start, and the
 * text must never write it in lower case. A surname alone counts for the full name it ends.
 */

export interface NameCount {
  text: string;
  count: number;
}

interface Tally {
  count: number;
  words: number;
  order: number;
  /** Capitalised once where a sentence does not start: the capital is the word's own. */
  midSentence: boolean;
  /** Always before a lower-case word, as an adjective is ("Sudanese banks"). */
  onlyBeforeWords: boolean;
  /** Seen at least once without "’s". */
  bare: boolean;
  /** The "’s" it was seen with, and whether once before punctuation ("at McDonald’s."). */
  endsWithS: string;
  sBeforeStop: boolean;
}

interface Reading {
  lowerCase: Set<string>;
  /** Set on a German page. */
  german: GermanNouns | null;
  tallies: Map<string, Tally>;
}

const LONG_WORD = /\p{L}[\p{L}\p{M}'’-]{3,}/gu;

/** Title case leaves these in lower case in some styles ("Talks With Iran"); no other long word. */
const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'over', 'onto', 'upon', 'than', 'that', 'after', 'about']);

/**
 * Whether a block is running text rather than a headline, a label or a byline in title case
 * ("Lift Sudan Sanctions", "Today’s Paper"), whose capitals say nothing about names. Two
 * lower-case words tell ("— Leila Farhadi, researcher on Gulf security"); German capitalises
 * its nouns, so there a sentence's full stop does too.
 */
export function isRunningText(block: string, german: boolean): boolean {
  const words = block.match(LONG_WORD) ?? [];
  if (words.length === 0) return false;
  const lowerCase = words.filter((word) => !/^\p{Lu}/u.test(word) && !TITLE_CASE_LOWER.has(word)).length;
  const endsWithStop = /[.…]['"”’»)]*\s*$/u.test(block);
  return lowerCase >= 2 || lowerCase > words.length * 0.4 || (endsWithStop && (german || words.length >= 6));
}

const isTiedToVon = (words: readonly string[], index: number) =>
  [words[index], words[index - 1]].some((w) => w === 'von' || w === 'van');

/**
 * A run breaks at a title inside it ("Frankreichs Präsident Emmanuel Macron"), unless a
 * particle ties the title on ("Court of Justice"). German also breaks at its capitalised
 * months ("Mugabe Anfang November") and at "der", "des"... ("Regierung der Schweiz"), but
 * not in "von der Leyen"; English keeps "Theresa May" whole.
 */
function pieces(run: Run, german: boolean): Run[] {
  const found: Run[] = [];
  let start = 0;
  const cut = (end: number) => {
    const last = end === run.words.length;
    if (end > start) {
      found.push({
        words: run.words.slice(start, end),
        opensSentence: run.opensSentence && start === 0,
        before: start === 0 ? run.before : run.words[start - 1]!.toLowerCase(),
        possessive: last ? run.possessive : '',
        possessiveAtEnd: last && run.possessiveAtEnd,
        followedByWord: last && run.followedByWord,
      });
    }
    start = end + 1;
  };
  run.words.forEach((word, index) => {
    const title = isTitle(word) && !PARTICLES.has(run.words[index - 1] ?? '');
    const germanBreak = german && (isCalendarWord(word) || (PARTICLES.has(word) && !isTiedToVon(run.words, index)));
    if (title || germanBreak) cut(index);
  });
  cut(run.words.length);
  return found;
}

/** Whether a word at the front of a run owes its capital to something else than the name. */
function isNotName(run: Run, index: number, reading: Reading): boolean {
  const word = run.words[index]!;
  if (isTitle(word) || isCalendarWord(word)) return true;
  if (word === 'von' || word === 'van') return !PARTICLES.has(run.words[index + 1] ?? '');
  if (PARTICLES.has(word)) return true;
  if (index > 0 || !run.opensSentence) return false;
  const lower = word.toLowerCase();
  // "Shares of Walmart", "Members of Congress": a plural that opens a sentence is a common noun.
  const pluralBeforeOf = run.words[1] === 'of' && lower.endsWith('s');
  return (
    reading.lowerCase.has(lower) ||
    isOpener(word) ||
    pluralBeforeOf ||
    (reading.german !== null && isGermanDeterminer(lower))
  );
}

/** Cuts the words a run's capitals owe to the sentence, a title or a date from its front: "On Monday Andrei Karlov". */
function trimFront(run: Run, reading: Reading): Run {
  let start = 0;
  while (start < run.words.length && isNotName(run, start, reading)) start += 1;
  if (start === 0) return run;
  return { ...run, words: run.words.slice(start), opensSentence: false, before: run.words[start - 1]!.toLowerCase() };
}

function count(read: Run, reading: Reading): void {
  const run = reading.german ? trimFront(reading.german.read(read), reading) : read;
  const { words } = run;
  if (words.length === 0) return;
  const text = words.join(' ');
  let tally = reading.tallies.get(text);
  if (!tally) {
    tally = {
      count: 0,
      words: words.length,
      order: reading.tallies.size,
      midSentence: false,
      onlyBeforeWords: true,
      bare: false,
      endsWithS: '',
      sBeforeStop: false,
    };
    reading.tallies.set(text, tally);
  }
  tally.count += 1;
  tally.midSentence ||= !run.opensSentence;
  tally.onlyBeforeWords &&= run.followedByWord;
  tally.bare ||= !run.possessive;
  tally.endsWithS ||= run.possessive;
  tally.sBeforeStop ||= run.possessiveAtEnd;
}

function isName(text: string, tally: Tally, reading: Reading): boolean {
  const last = text.slice(text.lastIndexOf(' ') + 1);
  if (reading.german?.isNoun(last, tally.words === 1)) return false;
  if (tally.words > 1) return true;
  if (tally.count < 2 || !tally.midSentence || reading.lowerCase.has(text.toLowerCase()) || isCalendarWord(text))
    return false;
  return !(tally.onlyBeforeWords && hasDemonymEnding(text));
}

/** "Bashir", "al-Bashir" and "Al-Bashir" are one surname. */
const surname = (word: string) => word.toLowerCase().replace(/^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|abd)-/, '');

/**
 * A surname alone ("Netanyahu", "Mr. Bashir") adds to the full name it ends ("Benjamin
 * Netanyahu", "Omar al-Bashir") when the full name came first, as news names a person in full
 * before it shortens; of two (Sara Netanyahu), to the one named first. "Sudan" before "South
 * Sudan" is not a surname, nor "York" after "New York", which the text also writes "new".
 */
function mergeSurnames(reading: Reading): void {
  const fullNames = new Map<string, Tally>();
  for (const [text, tally] of reading.tallies) {
    const first = text.slice(0, text.indexOf(' '));
    const last = surname(text.slice(text.lastIndexOf(' ') + 1));
    if (tally.words > 1 && !fullNames.has(last) && !reading.lowerCase.has(first.toLowerCase()))
      fullNames.set(last, tally);
  }
  for (const [text, tally] of reading.tallies) {
    const owner = tally.words === 1 ? fullNames.get(surname(text)) : undefined;
    if (!owner || owner.order > tally.order) continue;
    owner.count += tally.count;
    reading.tallies.delete(text);
  }
}

/**
 * A name never seen without "’s", and seen so twice or before a full stop, is one that ends
 * in it ("McDonald’s said", "ate at McDonald’s."); else the "’s" is a possessive.
 */
function keptS(tally: Tally): string {
  return !tally.bare && (tally.count > 1 || tally.sBeforeStop) ? tally.endsWithS : '';
}

/** The page's language from `<html lang>`, or a guess from its words when it has none. */
function languageOf(language: string, lowerCase: Set<string>): string {
  if (language) return language.toLowerCase().slice(0, 2);
  return ['und', 'nicht', 'der', 'die'].every((word) => lowerCase.has(word)) ? 'de' : '';
}

export function rankNames(blocks: readonly string[], pageLanguage: string): NameCount[] {
  const lowerCase = new Set<string>();
  for (const block of blocks) lowerCaseWords(block, lowerCase);
  const language = languageOf(pageLanguage, lowerCase);
  const reading: Reading = { lowerCase, german: language === 'de' ? new GermanNouns() : null, tallies: new Map() };
  const joinAdjectives = ['fr', 'es', 'it', 'pt'].includes(language);
  for (const block of blocks) {
    if (!isRunningText(block, reading.german !== null)) continue;
    for (const run of readRuns(block, joinAdjectives)) {
      for (const piece of pieces(run, reading.german !== null)) count(trimFront(piece, reading), reading);
    }
  }
  mergeSurnames(reading);
  return [...reading.tallies]
    .filter(([text, tally]) => isName(text, tally, reading))
    .sort(([, a], [, b]) => b.count - a.count || a.order - b.order)
    .map(([text, tally]) => ({ text: text + keptS(tally), count: tally.count }));
}
