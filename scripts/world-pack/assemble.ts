import { isOrdinaryPhrase } from '@/lib/matcher';
import { buildCity, capitalNames, cityIds, cityName, cityStateIds, findCityById, selectCities } from './cities';
import { checkHandWritten, referencedIds, withCityStatesAsStates, WorldPackError } from './organisations';
import { STOP_PHRASES } from './editorial';
import { buildRegion, listRegions, regionNames, withoutNamesakes } from './regions';
import type { WorldPack } from './serialise';
import { WORLD_SOURCES } from './sources';
import { buildStates, stateCodes } from './states';
import { byCodeUnits, folded } from './text';
import type { GeoCity, HandWrittenEntity, WorldAlias, WorldData, WorldEntity } from './types';

/** Bumped whenever the pack's output changes, so installed copies update. */
export const WORLD_PACK_VERSION = 2;
export const WORLD_PACK_NAME = 'The world: states, territories, cities, regions and organisations';

/** Cities the hand-written part points at, however small ("city-geneva-ch"), join the selected ones. */
function withReferencedCities(
  data: WorldData,
  selected: GeoCity[],
  references: readonly string[],
  admin1Names: ReadonlyMap<string, string>,
): GeoCity[] {
  const ids = cityIds(selected, admin1Names);
  const known = new Set(ids.values());
  const byGeonameId = new Map(selected.map((city) => [city.geonameId, city]));
  for (const reference of references) {
    if (!reference.startsWith('city-') || known.has(reference)) continue;
    const city = findCityById(data, reference, admin1Names);
    if (city) byGeonameId.set(city.geonameId, city);
  }
  return [...byGeonameId.values()];
}

/** The folded texts an entity answers to, hand-written ones included. */
function namesOf(entity: WorldEntity | HandWrittenEntity): string[] {
  const aliases = Array.isArray(entity.aliases) ? (entity.aliases as { text: string; stop?: boolean }[]) : [];
  return [String(entity.name), ...aliases.filter((alias) => !alias.stop).map((alias) => alias.text)].map(folded);
}

/**
 * A city's alias that is also a state's ("Djibouti", "Panamá" for the capitals) or an organisation's
 * ("Toyota" for Toyota City) would mark the city for them; a city whose name is theirs is left out.
 */
function withoutOthersNames(
  cities: WorldEntity[],
  others: readonly (WorldEntity | HandWrittenEntity)[],
): WorldEntity[] {
  const taken = new Set(others.flatMap(namesOf));
  return cities
    .filter((city) => !taken.has(folded(city.name)))
    .map((city) => ({ ...city, aliases: city.aliases.filter((alias) => !taken.has(folded(alias.text))) }));
}

/** Per country code, the names of its state and of its cities: a region named so is that state or city. */
function namesByCountry(states: readonly WorldEntity[], cities: readonly GeoCity[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const add = (country: string, texts: string[]) => {
    names.set(country, new Set([...(names.get(country) ?? []), ...texts]));
  };
  for (const state of states) add(state.key.slice(4), namesOf(state));
  for (const city of cities) add(city.country, [folded(cityName(city))]);
  return names;
}

/** A city's other name that is a region's name ("Québec" for Quebec City) is left to the region. */
function withoutRegionNames(cities: WorldEntity[], regions: readonly WorldEntity[]): WorldEntity[] {
  const regionNames = new Set(regions.map((region) => `${region.id.slice(-2)}:${folded(region.name)}`));
  return cities.map((city) => ({
    ...city,
    aliases: city.aliases.filter((alias) => !regionNames.has(`${city.id.slice(-2)}:${folded(alias.text)}`)),
  }));
}

/** Stop phrases join the entity whose name they guard; one for an entity the pack lacks is a typo. */
function withStopPhrases(entities: WorldEntity[]): WorldEntity[] {
  const ids = new Set(entities.map((entity) => entity.id));
  const unknown = Object.keys(STOP_PHRASES).filter((id) => !ids.has(id));
  if (unknown.length) throw new WorldPackError(`STOP_PHRASES names entities the pack lacks: ${unknown.join(', ')}`);
  return entities.map((entity) => {
    const stops = (STOP_PHRASES[entity.id] ?? []).map((text) => ({ text, stop: true }));
    return stops.length ? { ...entity, aliases: [...entity.aliases, ...stops] } : entity;
  });
}

/** What to write instead: ids of the pack that start like the missing one, in its country. */
function hintFor(builtIds: readonly string[]) {
  return (id: string): string => {
    const city = /^city-([a-z0-9]+).*-([a-z]{2})$/.exec(id);
    if (!city) return 'no entity of the world pack or of organisations.json has this id';
    const [, start, country] = city as unknown as [string, string, string];
    const near = builtIds.filter((other) => other.startsWith(`city-${start}`) && other.endsWith(`-${country}`));
    const rule = 'ids take the English name before any comma';
    if (!near.length) return `no such city in GeoNames (${rule})`;
    return `no such city; did you mean ${near.slice(0, 3).join(', ')}?`;
  };
}

/** Only the sources some record cites. */
function citedSources(entities: readonly (WorldEntity | HandWrittenEntity)[]): WorldPack['sources'] {
  const cited = new Set(entities.flatMap((entity) => entity.sources ?? []));
  return Object.fromEntries(Object.entries(WORLD_SOURCES).filter(([slug]) => cited.has(slug)));
}

/**
 * The hand-written names follow the same rule as the data's: "Financial Times" is not "in hard
 * financial times". A name that is such a phrase gets an alias of its own text, as written: the
 * matcher takes the rule of an alias with the name's text over its default for names.
 */
function withPhrasesAsWritten(entities: HandWrittenEntity[], ordinaryWords: ReadonlySet<string>): HandWrittenEntity[] {
  const phrase = (alias: WorldAlias) =>
    !alias.caseSensitive && !alias.stop && isOrdinaryPhrase(alias.text, ordinaryWords);
  return entities.map((entity) => {
    const name = String(entity.name);
    const aliases = (entity.aliases as WorldAlias[] | undefined) ?? [];
    const nameAlias =
      aliases.some((alias) => folded(alias.text) === folded(name)) || !isOrdinaryPhrase(name, ordinaryWords)
        ? []
        : [{ text: name, caseSensitive: true }];
    if (!nameAlias.length && !aliases.some(phrase)) return entity;
    return {
      ...entity,
      aliases: [...nameAlias, ...aliases.map((alias) => (phrase(alias) ? { ...alias, caseSensitive: true } : alias))],
    };
  });
}

export function buildWorldPack(data: WorldData, handWritten: readonly HandWrittenEntity[]): WorldPack {
  const organisations = withPhrasesAsWritten(
    withCityStatesAsStates(handWritten, cityStateIds(data)),
    data.ordinaryWords,
  );
  const admin1Names = new Map(data.admin1.map((division) => [division.code, division.name]));
  const cities = withReferencedCities(
    data,
    selectCities(data, new Set(stateCodes(data))),
    referencedIds(organisations),
    admin1Names,
  );
  const ids = cityIds(cities, admin1Names);
  const states = buildStates(data, capitalNames(cities));
  const regions = withoutNamesakes(listRegions(data), namesByCountry(states, cities));
  const stateKinds = new Map(states.map((state) => [state.key.slice(4), state.kind]));
  const context = { stateKinds, regionNames: regionNames(regions) };
  const cityEntities = withoutOthersNames(
    cities.map((city) => buildCity(data, city, ids.get(city.geonameId)!, context)),
    [...states, ...organisations],
  );
  const regionEntities = regions.map((region) => buildRegion(data, region));
  const built = withStopPhrases([...states, ...withoutRegionNames(cityEntities, regionEntities), ...regionEntities]);
  const builtIds = built.map((e) => e.id);
  checkHandWritten(organisations, new Set(builtIds), new Set(Object.keys(WORLD_SOURCES)), hintFor(builtIds));
  const entities = [...built, ...organisations].sort((a, b) => byCodeUnits(a.id, b.id));
  return {
    format: 'backstory-pack',
    formatVersion: 2,
    id: 'world',
    name: WORLD_PACK_NAME,
    version: WORLD_PACK_VERSION,
    sources: citedSources(entities),
    entities,
  };
}
