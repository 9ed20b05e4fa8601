import { caseRulesOf, foldText, plainLower, startsWithCapital } from '@/lib/matcher';
import type { LangText, WikidataItem } from './item';
import type { WikidataAlias } from './types';

/**
 * The entity's name and the names it is marked by: its labels, then its aliases, in the reader's
 * languages, once each as the matcher folds them. The first label names the entity.
 */
export function namesOf(
  item: WikidataItem,
  ordinaryWords: ReadonlySet<string>,
): { name: string; aliases: WikidataAlias[] } | null {
  const name = item.labels[0]?.text;
  if (!name) return null;
  const byFolded = new Map<string, WikidataAlias>();
  const add = (term: LangText) => {
    const key = foldText(term.text);
    const known = byFolded.get(key);
    // A name written alike in two languages ("Angela Merkel") belongs to none of them.
    if (known) delete known.lang;
    else byFolded.set(key, toAlias(term, ordinaryWords));
  };
  item.labels.filter((label) => isMarkableName(label.text, ordinaryWords)).forEach(add);
  item.aliases.filter((alias) => isMarkableName(alias.text, ordinaryWords) && isProseForm(alias.text)).forEach(add);
  return { name, aliases: [...byFolded.values()] };
}

function toAlias(term: LangText, ordinaryWords: ReadonlySet<string>): WikidataAlias {
  const { caseSensitive, common } = caseRulesOf(term.text, ordinaryWords);
  const lang = languageTag(term.lang);
  return {
    text: term.text,
    ...(caseSensitive ? { caseSensitive: true } : {}),
    ...(common ? { common: true } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** "pt-br" is Portuguese to the matcher's suggestions; "mul" (every language) is no language. */
function languageTag(lang: string): string | undefined {
  const base = lang.split('-')[0]!;
  return base !== 'mul' && /^[a-z]{2,3}$/.test(base) ? base : undefined;
}

/**
 * A name a text can be marked by: it has a letter and more than one character, and it is not a
 * lower-case ordinary word or phrase ("the party", "president"), which would mark running prose.
 */
function isMarkableName(text: string, ordinaryWords: ReadonlySet<string>): boolean {
  if (text.length < 2 || !/\p{L}/u.test(text)) return false;
  if (startsWithCapital(text)) return true;
  return !plainLower(text)
    .split(/\s+/)
    .every((word) => ordinaryWords.has(word));
}

/** Aliases hold inverted and annotated forms no article writes: "Putin, Vladimir", "Paris (France)". */
const isProseForm = (text: string): boolean => !/[,()[\]/]/.test(text);
