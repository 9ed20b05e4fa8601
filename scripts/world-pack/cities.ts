import { toAlias, uniqueAliases } from './aliases';
import { CITY_NAMES, CITY_STATES, EXTRA_CITY_ALIASES, KEPT_WORD_CITIES, LEFT_OUT_CITIES } from './editorial';
import { stateId, stateName } from './states';
import { describePopulation, inSentence, plainLower, slugOf } from './text';
import type { GeoCity, WorldData, WorldEntity } from './types';

/** Every capital and every city of at least this many people is in the pack. */
export const CITY_POPULATION = 250_000;
/** Below this, a city named like an everyday word ("Reading", "Van") would cost more false marks than it is worth. */
const WORD_CITY_POPULATION = 500_000;
/** Parts of cities, historical and abandoned places: GeoNames feature codes that are no city a reader means. */
const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLR', 'PPLF', 'STLMT']);

export const cityName = (city: GeoCity): string => CITY_NAMES[city.geonameId] ?? city.name;
export const isCapital = (city: GeoCity): boolean => city.featureCode === 'PPLC' && !CITY_STATES.has(city.country);

/** Context for a city's summary: its state's kind and, where the pack has regions there, its region's name. */
export interface CityContext {
  stateKinds: ReadonlyMap<string, WorldEntity['kind']>;
  regionNames: ReadonlyMap<string, string>;
}

function isWordLike(data: WorldData, city: GeoCity): boolean {
  return data.everydayWords.has(plainLower(cityName(city))) && !KEPT_WORD_CITIES.has(city.geonameId);
}

/** Capitals (but not of city-states, which are their own capital) and big cities, minus small word-like ones. */
export function selectCities(data: WorldData, countries: ReadonlySet<string>): GeoCity[] {
  return data.cities.filter((city) => {
    if (!countries.has(city.country) || NOT_A_CITY.has(city.featureCode)) return false;
    if (LEFT_OUT_CITIES.has(city.geonameId)) return false;
    if (isCapital(city)) return true;
    if (city.featureCode === 'PPLC' || city.population < CITY_POPULATION) return false;
    return city.population >= WORD_CITY_POPULATION || !isWordLike(data, city);
  });
}

/**
 * The part of the name an id uses: what comes before a comma ("city-washington-us"), without a
 * "City" we added only to tell a capital from its state ("Luxembourg City" is "city-luxembourg-lu").
 */
export function citySlug(city: GeoCity): string {
  const name = cityName(city).split(',')[0]!;
  return slugOf(/ City$/.test(name) && !/ City$/.test(city.name) ? name.slice(0, -' City'.length) : name);
}

/**
 * The city an id names ("city-geneva-ch", or with its region, "city-arlington-virginia-us"): the most
 * populous city of that country with that slug. For cities that no rule brought into the pack.
 */
export function findCityById(
  data: WorldData,
  id: string,
  admin1Names: ReadonlyMap<string, string>,
): GeoCity | undefined {
  const parts = /^city-(.+)-([a-z]{2})$/.exec(id);
  if (!parts) return undefined;
  const [, slug, country] = parts as unknown as [string, string, string];
  return data.cities
    .filter((city) => city.country === country.toUpperCase() && !NOT_A_CITY.has(city.featureCode))
    .filter((city) => {
      const region = admin1Names.get(`${city.country}.${city.adminCode}`);
      return citySlug(city) === slug || (region !== undefined && `${citySlug(city)}-${slugOf(region)}` === slug);
    })
    .sort(byPopulation)[0];
}

const byPopulation = (a: GeoCity, b: GeoCity): number => b.population - a.population || a.geonameId - b.geonameId;

/**
 * `city-<name>-<country>`; where two cities of one country share a name ("Suzhou"), the bigger keeps
 * the plain id and the other adds its region, or its GeoNames id when the region does not tell them apart.
 */
export function cityIds(cities: readonly GeoCity[], admin1Names: ReadonlyMap<string, string>): Map<number, string> {
  const ids = new Map<number, string>();
  const taken = new Set<string>();
  for (const city of [...cities].sort(byPopulation)) {
    const plain = `city-${citySlug(city)}-${city.country.toLowerCase()}`;
    const region = admin1Names.get(`${city.country}.${city.adminCode}`);
    const withRegion = region ? plain.replace(/-[a-z]{2}$/, `-${slugOf(region)}$&`) : undefined;
    const id =
      [plain, withRegion].find((candidate) => candidate && !taken.has(candidate)) ??
      plain.replace(/-[a-z]{2}$/, `-${String(city.geonameId)}$&`);
    ids.set(city.geonameId, id);
    taken.add(id);
  }
  return ids;
}

function citySummary(data: WorldData, city: GeoCity, context: CityContext): string {
  const region = context.regionNames.get(`${city.country}.${city.adminCode}`);
  const where =
    region && region !== cityName(city)
      ? `${region}, ${stateName(data, city.country)}`
      : inSentence(stateName(data, city.country));
  const what = city.population > 0 ? `City of ${describePopulation(city.population)} in ${where}` : `City in ${where}`;
  if (!isCapital(city)) return `${what}.`;
  return `${what}, capital of the ${context.stateKinds.get(city.country) === 'state' ? 'country' : 'territory'}.`;
}

/** "Saint Petersburg" is as often "St Petersburg" or "St. Petersburg". */
function saintForms(name: string): string[] {
  return /^Saint /.test(name) ? [name.replace(/^Saint /, 'St. '), name.replace(/^Saint /, 'St ')] : [];
}

function cityAliases(data: WorldData, city: GeoCity) {
  const extra = EXTRA_CITY_ALIASES[city.geonameId] ?? [];
  const names = [cityName(city), city.name, ...saintForms(cityName(city)), ...extra];
  return uniqueAliases(names.map((text) => toAlias({ text }, data.ordinaryWords)));
}

export function buildCity(data: WorldData, city: GeoCity, id: string, context: CityContext): WorldEntity {
  return {
    id,
    key: `geonames:${String(city.geonameId)}`,
    kind: 'place',
    name: cityName(city),
    summary: citySummary(data, city, context),
    aliases: cityAliases(data, city),
    relations: [
      ...(isCapital(city) ? [{ type: 'capital-of' as const, target: stateId(city.country) }] : []),
      { type: 'located-in', target: stateId(city.country) },
    ],
    sources: ['geonames'],
  };
}

/** The id a city-state's city would have, for each city-state: "city-singapore-sg" → "country-sg". */
export function cityStateIds(data: WorldData): Map<string, string> {
  const capitals = data.cities.filter((city) => city.featureCode === 'PPLC' && CITY_STATES.has(city.country));
  const idOf = (city: GeoCity) => `city-${citySlug(city)}-${city.country.toLowerCase()}`;
  return new Map(capitals.map((city) => [idOf(city), stateId(city.country)]));
}

/** The capital's name per country code, for the states' summaries. */
export function capitalNames(cities: readonly GeoCity[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const city of [...cities].sort(byPopulation)) {
    if (isCapital(city) && !names.has(city.country)) names.set(city.country, cityName(city));
  }
  return names;
}
