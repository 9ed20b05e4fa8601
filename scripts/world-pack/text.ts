import { foldText, plainLower } from '@/lib/matcher';

export { isAcronym, plainLower } from '@/lib/matcher';

/** Folded as the matcher folds (case, diacritics, quotes), so two aliases that fold alike are one. */
export const folded = (text: string): string => foldText(text.trim());

/** A kebab slug: "Washington, D.C." → "washington-dc", "N'Djamena" → "ndjamena", "São Paulo" → "sao-paulo". */
export function slugOf(text: string): string {
  return plainLower(text)
    .replace(/[.'’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Names a reader never writes in running text: inverted forms ("Korea, Republic of"), forms with a
 * bracketed note ("Holy See (Vatican City State)"), and bare codes.
 */
export function isProseName(text: string): boolean {
  return !/[,()[\]/]/.test(text) && text.trim().length > 1;
}

/** "about 340,000 people", "about 2.1 million people": rounded, so a census update rarely changes it. */
export function describePopulation(population: number): string {
  if (population >= 1_000_000) {
    const millions = Math.round(population / 100_000) / 10;
    return `about ${String(millions)} million people`;
  }
  const step = population >= 100_000 ? 10_000 : 1_000;
  const rounded = Math.round(population / step) * step;
  return `about ${groupThousands(Math.max(rounded, 1_000))} people`;
}

/** 340000 → "340,000", without the locale of the machine that builds the pack. */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Names that read with "the" in a sentence: "in the United States", "in the Philippines". */
export function inSentence(name: string): string {
  if (/^The /.test(name)) return `the ${name.slice(4)}`;
  const takesThe =
    /(Islands|Republic|States|Kingdom|Emirates|Territories|Territory|Federation)$/.test(name) ||
    /^(Republic|Democratic Republic|Federated States|Isle) /.test(name) ||
    ['Netherlands', 'Philippines', 'Bahamas', 'Maldives', 'Comoros', 'Seychelles', 'Gambia', 'Holy See'].includes(name);
  return takesThe ? `the ${name}` : name;
}

/** Sorted by a plain code-unit comparison: the same order on every machine and locale. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
