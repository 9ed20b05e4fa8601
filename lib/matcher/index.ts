/**
 * Backstory's alias matcher: finds the actors and events a text mentions, by alias.
 * Pure (no DOM, no browser API) so it runs in the background service worker and in tests.
 *
 * Rules, in short: text and aliases are folded unit by unit (case, diacritics, quotes,
 * dashes, spaces), so offsets map 1:1 to the original; a whitespace run matches one
 * space; a hit must not touch a letter, digit or mark on either side; case-sensitive
 * aliases also need the same letter case; overlapping hits resolve leftmost, then
 * longest. Aliases sharing a folded text are tried in the order given, and the first
 * whose case rule holds wins, so a later duplicate with the same rule never matches; the
 * other entities it could mean are reported as the hit's alternatives.
 *
 * Then context rules (context.ts), each a bounded look at the neighbouring words: a
 * one-word name inside a longer capitalised name is not marked ("The Washington Post",
 * "Latin America"); a common-word alias ("Nice", "Turkey") only where the texts of the
 * call use it as a name; a case-sensitive acronym ("IS", "US") not inside capitals.
 */
import { buildMatcherDataInSteps } from './build';
import { createMatcher, createMatcherInSteps } from './matcher';
import { runSteps, type Steps } from './steps';
import type { AliasEntry, Matcher, SerializedMatcher } from './types';
import { validateSerialized } from './validate';

export type { AliasEntry, MatchHit, Matcher, SerializedMatcher } from './types';
export { foldText, prepareFolding } from './fold';
export {
  caseRulesOf,
  isAcronym,
  isOneWord,
  isOrdinaryPhrase,
  plainLower,
  startsWithCapital,
  type CaseRules,
} from './case-rules';
export { isPackedStrings, isTypedArray, packStrings, stringAt, type PackedStrings } from './packed-strings';

export { ITEMS_PER_STEP, inSlices, runSteps, type Steps } from './steps';

/** The whole build in one task: for callers with nothing else to answer meanwhile. */
export function buildMatcher(aliases: readonly AliasEntry[]): Matcher {
  return runSteps(buildMatcherInSteps(aliases));
}

/**
 * The same build in bounded steps (at 100,000 aliases, a second of work in slices of about a
 * millisecond), for a caller that must go on answering while it runs; the matcher it returns
 * serializes to the same bytes.
 */
export function* buildMatcherInSteps(aliases: readonly AliasEntry[]): Steps<Matcher> {
  const data = yield* buildMatcherDataInSteps(aliases);
  yield;
  return yield* createMatcherInSteps(data);
}

/** Throws an Error naming the problem when the data is not a matcher this build can read. */
export function loadMatcher(data: SerializedMatcher): Matcher {
  const { data: valid, depth } = validateSerialized(data);
  return createMatcher(valid, depth);
}
