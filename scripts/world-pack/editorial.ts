/**
 * The few choices the data packages cannot make, written by us. Each list says why it exists;
 * anything that can be derived from the data is derived in the builder instead.
 */

/** The name a news reader knows, where the first English name in i18n-iso-countries is formal or inverted. */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CC: 'Cocos Islands',
  CN: 'China',
  CI: "Côte d'Ivoire",
  CZ: 'Czech Republic',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GM: 'The Gambia',
  IR: 'Iran',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  MK: 'North Macedonia',
  PN: 'Pitcairn Islands',
  PS: 'Palestine',
  RE: 'Réunion',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  TR: 'Turkey',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
};

/** Names and demonyms English news uses that the data lacks or spells oddly ("Britain", "Emirati", "Yemeni"). */
export const EXTRA_STATE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ['Emirati'],
  AR: ['Argentine', 'Argentinian'],
  BA: ['Bosnian'],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CV: ['Cabo Verde'],
  GB: ['Britain'],
  KZ: ['Kazakh'],
  MM: ['Burma'],
  PS: ['Palestinian'],
  SK: ['Slovak'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TM: ['Turkmen'],
  UZ: ['Uzbek'],
  VA: ['Vatican', 'Holy See'],
  XK: ['Kosovar'],
  YE: ['Yemeni'],
};

/**
 * Short capital-letter forms that are names in news ("US", "UK"); every other two- or three-letter
 * code in the data is dropped, since "IN" or "TO" would be marked everywhere.
 */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  'US',
  'U.S.',
  'USA',
  'U.S.A.',
  'UK',
  'U.K.',
  'UAE',
  'DRC',
  'PRC',
]);

/**
 * Aliases left out on purpose: "America" is also the continent ("Latin America", "North America");
 * some names in other languages are first names or words there or in English ("Maurice", "Mauricio",
 * "Dominique", Spanish "gana", Polish "Indie"); the rest are demonyms i18n-nationality gets wrong
 * ("Welsh" for Wallis and Futuna, the Gaza Strip for Palestine, Dutch "neen", "no", for Niue, "Kosov").
 */
export const DROPPED_STATE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  BV: ['Islandés'],
  DM: ['Dominique'],
  GH: ['Gana'],
  IN: ['Indie'],
  JO: ['Giordano'],
  MU: ['Maurice', 'Mauricio'],
  NU: ['Neen'],
  PS: ['Gazastreifen'],
  SB: ['Salomone'],
  SS: ['Soedanees'],
  US: ['America'],
  WF: ['Welsh'],
  XK: ['Kosov'],
};

/**
 * Sovereign states the UN does not count as members that news treats as states, with the wording
 * their summary uses.
 */
export const PARTLY_RECOGNISED: ReadonlySet<string> = new Set(['PS', 'TW', 'XK']);

/**
 * Territories that are not sovereign states, with the state that holds them (none for Antarctica and
 * Western Sahara) and how they are tied to it.
 */
export type TerritoryTie =
  'free association' | 'crown dependency' | 'special administrative region' | 'overseas region';
export const TERRITORIES: Readonly<Record<string, { of?: string; tie?: TerritoryTie }>> = {
  AS: { of: 'US' },
  AI: { of: 'GB' },
  AQ: {},
  AW: { of: 'NL' },
  AX: { of: 'FI' },
  BL: { of: 'FR' },
  BM: { of: 'GB' },
  BQ: { of: 'NL' },
  BV: { of: 'NO' },
  CC: { of: 'AU' },
  CK: { of: 'NZ', tie: 'free association' },
  CW: { of: 'NL' },
  CX: { of: 'AU' },
  EH: {},
  FK: { of: 'GB' },
  FO: { of: 'DK' },
  GF: { of: 'FR', tie: 'overseas region' },
  GG: { of: 'GB', tie: 'crown dependency' },
  GI: { of: 'GB' },
  GL: { of: 'DK' },
  GP: { of: 'FR', tie: 'overseas region' },
  GS: { of: 'GB' },
  GU: { of: 'US' },
  HK: { of: 'CN', tie: 'special administrative region' },
  HM: { of: 'AU' },
  IM: { of: 'GB', tie: 'crown dependency' },
  IO: { of: 'GB' },
  JE: { of: 'GB', tie: 'crown dependency' },
  KY: { of: 'GB' },
  MF: { of: 'FR' },
  MO: { of: 'CN', tie: 'special administrative region' },
  MP: { of: 'US' },
  MQ: { of: 'FR', tie: 'overseas region' },
  MS: { of: 'GB' },
  NC: { of: 'FR' },
  NF: { of: 'AU' },
  NU: { of: 'NZ', tie: 'free association' },
  PF: { of: 'FR' },
  PM: { of: 'FR' },
  PN: { of: 'GB' },
  PR: { of: 'US' },
  RE: { of: 'FR', tie: 'overseas region' },
  SH: { of: 'GB' },
  SJ: { of: 'NO' },
  SX: { of: 'NL' },
  TC: { of: 'GB' },
  TF: { of: 'FR' },
  TK: { of: 'NZ' },
  UM: { of: 'US' },
  VG: { of: 'GB' },
  VI: { of: 'US' },
  WF: { of: 'FR' },
  YT: { of: 'FR', tie: 'overseas region' },
};

/**
 * Ordinary words in news though missing from the English list's common tiers: English first names
 * ("Chad", "Jordan", "Georgia", "Victoria"), and words of the other languages Backstory reads
 * (German "Essen", to eat; Portuguese "Natal", Christmas; Spanish "León", lion).
 */
export const EXTRA_COMMON_WORDS: readonly string[] = [
  'chad',
  'jordan',
  'georgia',
  'victoria',
  'virginia',
  'niger',
  'lincoln',
  'austin',
  'florence',
  'charlotte',
  'regina',
  'madison',
  'essen',
  'munster',
  'natal',
  'vitoria',
  'leon',
];

/** English names where GeoNames keeps the local or an outdated one, by GeoNames id. */
export const CITY_NAMES: Readonly<Record<number, string>> = {
  2660646: 'Geneva',
  1526273: 'Astana',
  2081986: 'Palikir',
  3703443: 'Panama City',
  2960316: 'Luxembourg City',
  223817: 'Djibouti City',
  6325494: 'Quebec City',
  501175: 'Rostov-on-Don',
  520555: 'Nizhny Novgorod',
  2028462: 'Ulaanbaatar',
  163345: 'Tartus',
  172955: 'Raqqa',
  163808: 'Palmyra',
  2925533: 'Frankfurt',
  2886242: 'Cologne',
  2803138: 'Antwerp',
  2861650: 'Nuremberg',
  2510911: 'Seville',
  2711537: 'Gothenburg',
  627907: 'Gomel',
  5128581: 'New York',
  698740: 'Odesa',
  1849814: 'Toyota City',
};

/**
 * More names for a city: plain "Washington" and "New York" are the cities' (the states are "... State"),
 * and the names older articles still use (Bombay, Kiev, Saigon).
 */
export const EXTRA_CITY_ALIASES: Readonly<Record<number, readonly string[]>> = {
  4140963: ['Washington DC', 'Washington D.C.', 'Washington'],
  2028462: ['Ulan Bator'],
  1526273: ['Nur-Sultan'],
  5128581: ['NYC'],
  2660646: ['Genève', 'Genf'],
  1275339: ['Bombay'],
  1275004: ['Calcutta'],
  1264527: ['Madras'],
  1277333: ['Bangalore'],
  1566083: ['Saigon'],
  1298824: ['Rangoon'],
  703448: ['Kiev'],
  6611854: ['Naypyidaw'],
  71137: ["Sana'a"],
};

/** City-states: the capital is the state itself, so no second entity with the same name. */
export const CITY_STATES: ReadonlySet<string> = new Set(['GI', 'HK', 'MC', 'MO', 'SG', 'SM', 'VA']);

/** Regions that share their name with a city news means by it, or that GeoNames spells without its accents. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  'US.WA': 'Washington State',
  'US.NY': 'New York State',
  'DE.01': 'Baden-Württemberg',
  'CN.05': 'Jilin Province',
  'ES.29': 'Community of Madrid',
  'ES.31': 'Region of Murcia',
  'ES.60': 'Valencian Community',
  'MX.15': 'State of Mexico',
};

/**
 * How news tells a region from its namesake city, where it says it the same way for every region of
 * the country: "Donetsk Oblast" or "the Donetsk region", "Oaxaca state" or "the state of Oaxaca".
 * In other countries a region named like a city (Hamburg, Delhi, Beijing) is that city to a reader.
 */
export const NAMESAKE_REGION_FORMS: Readonly<Record<string, (name: string) => string[]>> = {
  BR: (name) => [`${name} state`, `state of ${name}`],
  MX: (name) => [`${name} state`, `state of ${name}`],
  UA: (name) => [`${name} Oblast`, `${name} region`],
};

/** Aliases of a region beyond its name. */
export const EXTRA_REGION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'DE.02': ['Bayern'],
  'DE.07': ['Nordrhein-Westfalen'],
  'DE.05': ['Hessen'],
  'DE.06': ['Niedersachsen'],
  'DE.13': ['Sachsen'],
  'DE.14': ['Sachsen-Anhalt'],
  'DE.15': ['Thüringen'],
  'DE.08': ['Rhineland-Palatinate'],
  'ES.56': ['Cataluña', 'Catalunya'],
  'IT.09': ['Lombardia'],
};

/**
 * The countries whose first-level regions news names by themselves, with the word for them. GeoNames
 * has every country's divisions; these are the ones whose English names in it are clean.
 */
export const REGION_COUNTRIES: Readonly<Record<string, string>> = {
  AU: 'State or territory',
  BR: 'State',
  CA: 'Province or territory',
  CN: 'Province-level division',
  DE: 'State (Land)',
  ES: 'Autonomous community',
  FR: 'Region',
  GB: 'Country',
  IN: 'State or union territory',
  IT: 'Region',
  MX: 'State',
  PK: 'Province or territory',
  UA: 'Region',
  US: 'State',
  ZA: 'Province',
};

/** Divisions that are no region a reader means: the US capital's district is the city itself. */
export const SKIPPED_REGIONS: ReadonlySet<string> = new Set(['US.DC', 'ZA.10', 'UA.12', 'UA.20']);

/** Cities with a word-like name that news names far more often as the city than as the word (Nice). */
export const KEPT_WORD_CITIES: ReadonlySet<number> = new Set([2990440]);

/**
 * Big cities whose name news uses far more often for something else: Batman (Turkey); Surrey
 * (Canada), which British news means as the English county.
 */
export const LEFT_OUT_CITIES: ReadonlySet<number> = new Set([321836, 6159905]);

/**
 * Phrases in which a name of the pack is something else: never marked, and they keep the shorter
 * name unmarked ("American" in "Latin American", "England" in "New England", "Guinea" in "New Guinea").
 * The matcher applies a stop phrase to every entity, so each sits on the entity whose name it guards.
 */
export const STOP_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'country-us': [
    'Latin American',
    'South American',
    'North American',
    'Central American',
    'Native American',
    'African American',
    'Asian American',
    'Pan American',
  ],
  'country-in': ['Indian Ocean', 'American Indian', 'West Indian'],
  'country-ne': ['Niger Delta'],
  'country-gn': ['New Guinea'],
  'country-jo': ['Michael Jordan'],
  'region-england-gb': ['New England'],
  'region-georgia-us': ['Georgia Tech'],
  'region-victoria-au': ['Lake Victoria', 'Queen Victoria'],
  'city-washington-us': ['George Washington'],
  'city-lincoln-us': ['Abraham Lincoln'],
  'city-columbus-us': ['Christopher Columbus'],
  'city-houston-us': ['Whitney Houston'],
  'city-hamilton-ca': ['Lewis Hamilton', 'Alexander Hamilton'],
  'city-wellington-nz': ['Duke of Wellington'],
  'city-florence-it': ['Florence Nightingale'],
};
