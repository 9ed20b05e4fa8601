import { KNOWN_ACRONYMS } from './editorial';
import { folded, isAcronym, isOneWord, isProseName, plainLower, startsWithCapital } from './text';
import type { WorldAlias } from './types';

/** A candidate name with the language it came from (none for place names, which are in no one language). */
export interface Name {
  text: string;
  lang?: string;
}

/**
 * An alias with its case rules. A one-word name with a capital matches only as written ("Sudan", not
 * "sudan"); an ordinary word ("Nice", "Turkey") also says so, for the matcher's stricter name test;
 * acronyms are case-sensitive everywhere.
 */
export function toAlias(name: Name, ordinaryWords: ReadonlySet<string>): WorldAlias {
  const text = name.text.trim();
  const common = isOneWord(text) && !isAcronym(text) && ordinaryWords.has(plainLower(text));
  const caseSensitive = isAcronym(text) || (isOneWord(text) && startsWithCapital(text)) || common
    || isOrdinaryPhrase(text, ordinaryWords);
  return {
    text,
    ...(caseSensitive ? { caseSensitive: true } : {}),
    ...(common ? { common: true } : {}),
    ...(name.lang ? { lang: name.lang } : {}),
  };
}

/**
 * A name of several words that are all ordinary words ("The Valley", "Long Beach", "Mountain View")
 * is a phrase in lower case: "farmers in the valley" is not Anguilla's capital. Such a name matches
 * only as written; a name with one word that is no ordinary word ("Cape Town") matches in any case.
 */
export function isOrdinaryPhrase(text: string, ordinaryWords: ReadonlySet<string>): boolean {
  const words = plainLower(text).split(/\s+/);
  return words.length > 1 && startsWithCapital(text) && words.every((word) => ordinaryWords.has(word));
}

/** Drops codes and forms no article writes; keeps the acronyms news does use ("US", "UAE"). */
export function isUsableName(text: string): boolean {
  const trimmed = text.trim();
  if (KNOWN_ACRONYMS.has(trimmed)) return true;
  return isProseName(trimmed) && !isAcronym(trimmed);
}

/** One alias per folded text, the first one given (the name, then English, then the other languages). */
export function uniqueAliases(aliases: readonly WorldAlias[]): WorldAlias[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    const key = folded(alias.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
