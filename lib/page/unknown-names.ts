/**
 * Capitalised names on a page, as candidates for "Not yet in your store". A name is two
 * or more capitalised words in a row ("Andrei Karlov", "Mevlüt Mert Altıntaş"), allowing
 * the particles names carry ("al-", "bin", "de"). Words that start sentences or are
 * capitalised for other reasons ("The", "On Monday") are trimmed off the front.
 */
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}’']+(?:-\p{Lu}?[\p{Ll}\p{M}’']+)*`;
const NAME = new RegExp(String.raw`${WORD}(?:\s+(?:(?:al|el|bin|ibn|de|van|von|der|la|abu)[\s-]+)?${WORD})+`, 'gu');

const LEADING_WORDS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since',
  'For', 'From', 'By', 'With', 'Without', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'President', 'Minister', 'General', 'Foreign', 'Prime', 'Defence', 'Defense', 'Supreme', 'Leader', 'Ayatollah',
]);

/** Words of page furniture and questions, never part of a name: "Name Your", "Explainer Who". */
const NEVER_IN_NAMES = new Set([
  'I', 'You', 'Your', 'We', 'Who', 'What', 'Where', 'Why', 'How', 'Which', 'Is', 'Are', 'Will', 'Can',
  'Read', 'More', 'Sign', 'Share', 'Comment', 'Comments', 'Reply', 'Name', 'Email', 'Post', 'Leave', 'Log',
  'Follow', 'Subscribe', 'Related', 'Opinion', 'Analysis', 'Explainer', 'Timeline', 'Profile', 'World',
  'News', 'Home', 'Menu', 'Search', 'Photo', 'Video', 'Live', 'Updated', 'Published', 'Show', 'Load',
]);

function trimLeading(words: string[]): string[] {
  let start = 0;
  while (start < words.length && LEADING_WORDS.has(words[start]!.replace(/[’']s?$/, ''))) start += 1;
  return words.slice(start);
}

/** Splits a run of capitalised words at the words that cannot belong to a name. */
function nameRuns(words: string[]): string[][] {
  const runs: string[][] = [[]];
  for (const word of words) {
    if (NEVER_IN_NAMES.has(word)) runs.push([]);
    else runs[runs.length - 1]!.push(word);
  }
  return runs.map(trimLeading).filter((run) => run.length >= 2);
}

export function findCapitalisedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME)) {
    for (const run of nameRuns(match[0].split(/\s+/))) names.push(run.join(' ').replace(/[’']s$/, ''));
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
