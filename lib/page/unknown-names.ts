/**
 * Capitalised names on a page, as candidates for "Not yet in your store". A name is two
 * or more capitalised words in a row ("Andrei Karlov", "Mevlüt Mert Altıntaş"), allowing
 * the particles names carry ("al-", "bin", "de"). Words that start sentences or are
 * capitalised for other reasons ("The", "On Monday") are trimmed off the front.
 */
const NAME = /\p{Lu}[\p{Ll}\p{M}’'-]+(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|la|abu)[\s-]+)?\p{Lu}[\p{Ll}\p{M}’'-]+)+/gu;

const LEADING_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since',
  'For', 'From', 'By', 'With', 'Without', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'President', 'Minister', 'General', 'Foreign', 'Prime', 'Defence', 'Defense', 'Supreme', 'Leader', 'Ayatollah',
]);

function trimLeading(words: string[]): string[] {
  let start = 0;
  while (start < words.length && LEADING_WORDS.has(words[start]!.replace(/[’'-]+$/, ''))) start += 1;
  return words.slice(start);
}

export function findCapitalisedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME)) {
    const words = trimLeading(match[0].split(/\s+/));
    if (words.length < 2) continue;
    names.push(words.join(' ').replace(/[’']s$/, ''));
  }
  return names;
}

/** Counts each name once per occurrence, most frequent first. */
export function countNames(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const name of findCapitalisedNames(text)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}
