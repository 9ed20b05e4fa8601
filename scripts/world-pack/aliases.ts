import { caseRulesOf, isAcronym } from '@/lib/matcher';
import { KNOWN_ACRONYMS } from './editorial';
import { folded, isProseName } from './text';
import type { WorldAlias } from './types';

/** A candidate name with the language it came from (none for place names, which are in no one language). */
export interface Name {
  text: string;
  lang?: string;
}

/** An alias with its case rules (lib/matcher's caseRulesOf) and its language. */
export function toAlias(name: Name, ordinaryWords: ReadonlySet<string>): WorldAlias {
  const text = name.text.trim();
  const { caseSensitive, common } = caseRulesOf(text, ordinaryWords);
  return {
    text,
    ...(caseSensitive ? { caseSensitive: true } : {}),
    ...(common ? { common: true } : {}),
    ...(name.lang ? { lang: name.lang } : {}),
  };
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
