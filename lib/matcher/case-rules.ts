/**
 * The case rules a pack gives an alias, decided from its text and a set of ordinary words. Shared by
 * the world pack's builder and the Wikidata mapper, so that "Nice" from GeoNames and "Nice" from
 * Wikidata get the same rule.
 */

/** Diacritics off and lower case, for word look-ups ("Malé" is the word "male"). */
export function plainLower(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const isOneWord = (text: string): boolean => !/\s/.test(text.trim());

/** "USA", "U.S.", "UAE", "IS": capitals only (dots allowed), two to four letters. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/\./g, '');
  return /^[A-Z]{2,4}$/.test(letters) && /^[A-Z.]+$/.test(text);
}

/** Starts with a capital in a script that has case: such a one-word name is matched as written. */
export const startsWithCapital = (text: string): boolean => {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/**
 * A name of several words that are all ordinary words ("The Valley", "Long Beach", "Mountain View")
 * is a phrase in lower case: "farmers in the valley" is not Anguilla's capital. Such a name matches
 * only as written; a name with one word that is no ordinary word ("Cape Town") matches in any case.
 */
export function isOrdinaryPhrase(text: string, ordinaryWords: ReadonlySet<string>): boolean {
  const words = plainLower(text).split(/\s+/);
  return words.length > 1 && startsWithCapital(text) && words.every((word) => ordinaryWords.has(word));
}

export interface CaseRules {
  caseSensitive: boolean;
  /** Also an ordinary word: marked only where it is clearly a name (see the matcher's context rules). */
  common: boolean;
}

/**
 * A one-word name with a capital matches only as written ("Sudan", not "sudan"); an ordinary word
 * ("Nice", "Turkey") also says so, for the matcher's stricter name test; acronyms are case-sensitive
 * everywhere, so "IS" and "US" never match "is" and "us".
 */
export function caseRulesOf(text: string, ordinaryWords: ReadonlySet<string>): CaseRules {
  const trimmed = text.trim();
  const common = isOneWord(trimmed) && !isAcronym(trimmed) && ordinaryWords.has(plainLower(trimmed));
  const caseSensitive =
    isAcronym(trimmed) ||
    (isOneWord(trimmed) && startsWithCapital(trimmed)) ||
    common ||
    isOrdinaryPhrase(trimmed, ordinaryWords);
  return { caseSensitive, common };
}
