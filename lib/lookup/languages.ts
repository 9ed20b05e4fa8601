/** "en-GB" → "en": Wikidata's labels and Wikipedia's editions are by base language (a few aside). */
function baseLanguage(tag: string | undefined): string | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) && base !== 'und' ? base : undefined;
}

const MAX_LANGUAGES = 5;

/** The page's language, then the reader's, then English: the languages names and facts are read in. */
export function readerLanguages(pageLanguage: string | undefined, acceptLanguages: readonly string[]): string[] {
  const all = [pageLanguage, ...acceptLanguages, 'en'].map(baseLanguage).filter((lang) => lang !== undefined);
  return [...new Set(all)].slice(0, MAX_LANGUAGES);
}
