import type { AliasEntry } from '@/lib/matcher';

/**
 * A slice of a world dictionary, with the ambiguities a hundred times more names bring:
 * one-word places that are also words or parts of longer names, acronyms that are words,
 * names two actors share.
 */
const plain = (text: string, entityId: string): AliasEntry => ({ text, entityId, caseSensitive: false });
const exact = (text: string, entityId: string): AliasEntry => ({ text, entityId, caseSensitive: true });
const common = (text: string, entityId: string): AliasEntry => ({ text, entityId, caseSensitive: true, common: true });
const person = (text: string, entityId: string): AliasEntry => ({ text, entityId, caseSensitive: false, person: true });

export const WORLD: readonly AliasEntry[] = [
  plain('Washington', 'city-washington-us'),
  plain('Washington', 'region-washington-us'),
  plain('America', 'country-us'),
  plain('American', 'country-us'),
  exact('US', 'country-us'),
  plain('United States', 'country-us'),
  exact('UN', 'united-nations'),
  exact('EU', 'european-union'),
  exact('UK', 'country-gb'),
  exact('IS', 'islamic-state'),
  plain('Wales', 'region-wales-gb'),
  plain('Mexico', 'country-mx'),
  plain('Mexiko', 'country-mx'),
  plain('New York', 'city-new-york-us'),
  plain('Sudan', 'country-sd'),
  plain('Syria', 'country-sy'),
  plain('Syrian', 'country-sy'),
  plain('Syrien', 'country-sy'),
  plain('Russia', 'country-ru'),
  plain('Russian', 'country-ru'),
  plain('Russland', 'country-ru'),
  plain('Iran', 'country-ir'),
  plain('Iranian', 'country-ir'),
  plain('Israel', 'country-il'),
  plain('Berlin', 'city-berlin-de'),
  plain('Moskau', 'city-moscow-ru'),
  plain('Damaskus', 'city-damascus-sy'),
  plain('Aleppo', 'city-aleppo-sy'),
  plain('Atlanta', 'city-atlanta-us'),
  plain('Tbilisi', 'city-tbilisi-ge'),
  plain('Seattle', 'city-seattle-us'),
  exact('Georgia', 'country-ge'),
  exact('Georgia', 'region-georgia-us'),
  common('Jordan', 'country-jo'),
  common('Nice', 'city-nice-fr'),
  common('Reading', 'city-reading-gb'),
  common('Turkey', 'country-tr'),
  common('Chad', 'country-td'),
  plain('Facebook', 'facebook'),
  person('Putin', 'putin'),
  person('Vladimir Putin', 'putin'),
  person('Netanyahu', 'netanyahu'),
  person('Merkel', 'merkel'),
  person('Lavrov', 'lavrov'),
  person('Macron', 'macron'),
  person('Suleimani', 'soleimani'),
  person('Salman', 'salman'),
];
