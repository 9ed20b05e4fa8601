import { toAlias, uniqueAliases } from './aliases';
import {
  EXTRA_REGION_ALIASES,
  NAMESAKE_REGION_FORMS,
  REGION_COUNTRIES,
  REGION_NAMES,
  SKIPPED_REGIONS,
} from './editorial';
import { stateId, stateName } from './states';
import { byCodeUnits, folded, inSentence, slugOf } from './text';
import type { WorldData, WorldEntity } from './types';

export interface Region {
  /** GeoNames' first-level code, `AU.02`. */
  code: string;
  country: string;
  name: string;
  /** GeoNames' own name, which the id keeps ("region-washington-us" for "Washington State"). */
  geoName: string;
  /** More ways news names it ("the Donetsk region"), beyond the name. */
  otherNames: string[];
}

/** The first-level regions of the countries in REGION_COUNTRIES, with the names readers know. */
export function listRegions(data: WorldData): Region[] {
  return data.admin1
    .map(({ code, name }) => ({
      code,
      country: code.slice(0, 2),
      name: REGION_NAMES[code] ?? name,
      geoName: name,
      otherNames: [],
    }))
    .filter((region) => REGION_COUNTRIES[region.country] !== undefined && !SKIPPED_REGIONS.has(region.code))
    .sort((a, b) => byCodeUnits(a.code, b.code));
}

/** Region names by GeoNames code, for the cities' summaries ("City ... in New South Wales, Australia"). */
export function regionNames(regions: readonly Region[]): Map<string, string> {
  return new Map(regions.map((region) => [region.code, region.name]));
}

/**
 * A region named like its own country (México) or one of its cities (Donetsk, Hamburg) takes the
 * name news tells it apart by ("Donetsk Oblast"), where the country has one; otherwise the city or
 * the state stands for it and the region is left out.
 */
export function withoutNamesakes(
  regions: readonly Region[],
  takenNames: ReadonlyMap<string, ReadonlySet<string>>,
): Region[] {
  return regions.flatMap((region) => {
    if (!takenNames.get(region.country)?.has(folded(region.name))) return [region];
    const forms = NAMESAKE_REGION_FORMS[region.country]?.(region.name);
    return forms ? [{ ...region, name: forms[0]!, otherNames: forms.slice(1) }] : [];
  });
}

export function buildRegion(data: WorldData, region: Region): WorldEntity {
  const kindOfRegion = REGION_COUNTRIES[region.country] ?? 'Region';
  const names = [region.name, ...region.otherNames, ...(EXTRA_REGION_ALIASES[region.code] ?? [])];
  return {
    id: `region-${slugOf(region.geoName)}-${region.country.toLowerCase()}`,
    // GeoNames' admin1 ids are not in any CC BY package here; the code is just as stable.
    key: `bs:geonames-admin1-${region.code.replace('.', '-').toLowerCase()}`,
    kind: 'place',
    name: region.name,
    summary: `${kindOfRegion} of ${inSentence(stateName(data, region.country))}.`,
    aliases: uniqueAliases(names.map((text) => toAlias({ text }, data.ordinaryWords))),
    relations: [{ type: 'located-in', target: stateId(region.country) }],
    sources: ['geonames'],
  };
}
