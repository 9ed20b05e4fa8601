import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePack } from '@/lib/packs';
import packJsonSchema from '@/lib/packs/pack.schema.json';
import {
  buildWorldPack,
  buildWorldPackFiles,
  loadWorldData,
  readOrganisations,
  WORLD_PACK_FILE,
  WORLD_PACK_META_FILE,
  WorldPackError,
  type WorldData,
  type WorldPack,
} from '@/scripts/world-pack';

interface Alias {
  text: string;
  caseSensitive?: boolean;
  common?: boolean;
  lang?: string;
  stop?: boolean;
}
interface Entity {
  id: string;
  key?: string;
  kind: string;
  name: string;
  summary: string;
  aliases?: Alias[];
  relations?: { type: string; target: string }[];
  sources?: string[];
}

let data: WorldData;
let built: ReturnType<typeof buildWorldPackFiles>;
let byId: Map<string, Entity>;

// Decoding 135,000 GeoNames places and building takes 1-2 s alone, far longer on a busy 2-core machine.
beforeAll(() => {
  data = loadWorldData();
  built = buildWorldPackFiles(data);
  byId = new Map((built.pack.entities as Entity[]).map((entity) => [entity.id, entity]));
}, 120_000);

const entity = (id: string): Entity => {
  const found = byId.get(id);
  if (!found) throw new Error(`no ${id} in the world pack`);
  return found;
};
const texts = (id: string) => (entity(id).aliases ?? []).map((alias) => alias.text);
const alias = (id: string, text: string) => entity(id).aliases?.find((a) => a.text === text);
const owners = (text: string) =>
  [...byId.values()].filter((e) => e.aliases?.some((a) => a.text === text)).map((e) => e.id);
const builtHere = () => [...byId.values()].filter((e) => /^(country|city|region)-/.test(e.id));

describe('the world pack build', () => {
  it('rebuilds byte for byte the pack and meta files that are committed', () => {
    const stale = 'the committed world pack differs from a rebuild: run npm run pack:world and commit it';
    expect(built.json === readFileSync(WORLD_PACK_FILE, 'utf8'), stale).toBe(true);
    expect(built.metaJson, stale).toBe(readFileSync(WORLD_PACK_META_FILE, 'utf8'));
  });

  it('is a valid format-2 pack for Backstory and its JSON Schema, under 4 MB, citing listed sources', () => {
    expect(() => validatePack(JSON.parse(built.json))).not.toThrow();
    const matchesJsonSchema = new Ajv2020({ allErrors: true }).compile(packJsonSchema);
    expect(matchesJsonSchema(JSON.parse(built.json)), JSON.stringify(matchesJsonSchema.errors?.slice(0, 3))).toBe(true);
    expect(built.meta.bytes).toBeLessThan(4_000_000);
    const sources = Object.keys(built.pack.sources);
    for (const record of byId.values()) {
      expect(record.sources?.length, record.id).toBeGreaterThan(0);
      for (const slug of record.sources ?? []) expect(sources).toContain(slug);
    }
  });

  it('names Sudan in French and by its demonym, with Khartoum as its capital', () => {
    expect(texts('country-sd')).toEqual(expect.arrayContaining(['Sudan', 'Soudan', 'Sudanese']));
    expect(alias('country-sd', 'Soudan')?.lang).toBe('fr');
    expect(entity('city-khartoum-sd').relations).toContainEqual({ type: 'capital-of', target: 'country-sd' });
    expect(entity('city-khartoum-sd').summary).toMatch(
      /^City of about [\d.,]+ (million )?people in Sudan, capital of the country\.$/,
    );
  });

  it('keys every state by its ISO code and every city and region by GeoNames, each key once', () => {
    const keyPattern = /^(iso:[A-Z]{2}|geonames:\d+|bs:geonames-admin1-[a-z]{2}-[a-z0-9]+)$/;
    expect(
      builtHere()
        .filter((e) => !keyPattern.test(e.key ?? ''))
        .map((e) => e.id),
    ).toEqual([]);
    expect(new Set(builtHere().map((e) => e.key)).size).toBe(builtHere().length);
  });

  it('makes sovereign states states, territories places, and adjectives aliases of their state', () => {
    const kinds = (ids: string[]) => ids.map((id) => entity(id).kind);
    expect(kinds(['country-xk', 'country-ps', 'country-tw', 'country-fr'])).toEqual(Array(4).fill('state'));
    expect(kinds(['country-gl', 'country-pr', 'country-hk'])).toEqual(['place', 'place', 'place']);
    expect(owners('French')).toEqual(['country-fr']);
    expect(owners('Chinese')).toEqual(['country-cn']);
  });

  it('puts regions in their state: New South Wales in Australia, Bavaria in Germany', () => {
    expect(entity('region-new-south-wales-au').relations).toEqual([{ type: 'located-in', target: 'country-au' }]);
    expect(entity('region-bavaria-de').relations).toEqual([{ type: 'located-in', target: 'country-de' }]);
  });

  it('tells a region from its namesake city the way news does, or lets the city stand for it', () => {
    expect(texts('region-donetsk-ua')).toEqual(['Donetsk Oblast', 'Donetsk region']);
    expect(texts('city-donetsk-ua')).toEqual(['Donetsk']);
    expect(entity('region-quebec-ca').name).toBe('Quebec');
    expect(entity('city-quebec-ca').name).toBe('Quebec City');
    expect(byId.has('region-hamburg-de')).toBe(false);
  });

  it('answers to the forms and older names articles use (St Petersburg, Kiev, Bombay)', () => {
    expect(texts('city-saint-petersburg-ru')).toEqual(expect.arrayContaining(['St Petersburg', 'St. Petersburg']));
    expect(texts('city-kyiv-ua')).toContain('Kiev');
    expect(texts('city-mumbai-in')).toContain('Bombay');
  });

  it('flags names that are ordinary words as common and case-sensitive, acronyms as case-sensitive only', () => {
    const words = [
      ['city-nice-fr', 'Nice'],
      ['country-tr', 'Turkey'],
      ['country-td', 'Chad'],
      ['region-victoria-au', 'Victoria'],
    ];
    for (const [id, text] of words as [string, string][]) {
      expect(alias(id, text), text).toMatchObject({ common: true, caseSensitive: true });
    }
    expect(alias('country-us', 'US')).toEqual({ text: 'US', caseSensitive: true, lang: 'en' });
    expect(alias('country-sd', 'Sudan')?.common).toBeUndefined();
  });

  it('keeps country codes out, except the acronyms news writes', () => {
    const codes = builtHere()
      .flatMap((e) => (e.aliases ?? []).map((a) => a.text))
      .filter((text) => /^[A-Z.]{2,5}$/.test(text));
    expect(new Set(codes)).toEqual(new Set(['US', 'U.S.', 'USA', 'UK', 'UAE', 'DRC', 'NYC']));
  });

  it('keeps a name inside a phrase that means something else unmarked, by a stop phrase', () => {
    expect(alias('country-us', 'Latin American')).toEqual({ text: 'Latin American', stop: true });
    expect(alias('region-england-gb', 'New England')?.stop).toBe(true);
  });

  it('leaves "America" out and gives plain "Washington" to the capital only', () => {
    expect(owners('America')).toEqual([]);
    expect(owners('Washington')).toEqual(['city-washington-us']);
    expect(texts('city-washington-us')).toEqual(expect.arrayContaining(['Washington, D.C.', 'Washington DC']));
    expect(entity('region-washington-us').name).toBe('Washington State');
  });

  it('leaves out a city under 500,000 people named like an everyday word, unless it is a capital', () => {
    expect(byId.has('city-reading-gb')).toBe(false);
    expect(byId.has('city-van-tr')).toBe(false);
    expect(alias('city-male-mv', 'Male')).toMatchObject({ common: true });
  });

  it('has every capital and every city of 250,000 people', () => {
    const cities = builtHere().filter((e) => e.id.startsWith('city-'));
    expect(cities.length).toBeGreaterThan(1700);
    expect(cities.filter((e) => e.relations?.some((r) => r.type === 'capital-of')).length).toBeGreaterThan(220);
    expect(entity('city-lagos-ng').summary).toMatch(/million people in Nigeria\.$/);
  });
});

describe('the world pack with organisations', () => {
  const organisation = (target: string) => ({
    id: 'test-body',
    kind: 'organisation',
    name: 'Test body',
    summary: '',
    sources: ['backstory'],
    relations: [{ type: 'located-in', target }],
  });

  it('brings in a small city an organisation is seated in', () => {
    const pack: WorldPack = buildWorldPack(data, [organisation('city-basel-ch')]);
    expect(pack.entities.find((e) => e.id === 'city-basel-ch')).toMatchObject({ key: 'geonames:2661604' });
  });

  it("reads a city-state's city as the state, which is its one entity", () => {
    const pack = buildWorldPack(data, [organisation('city-singapore-sg')]);
    expect(pack.entities.find((e) => e.id === 'test-body')?.relations).toEqual([
      { type: 'located-in', target: 'country-sg' },
    ]);
    expect(pack.entities.some((e) => e.id === 'city-singapore-sg')).toBe(false);
  });

  it('refuses an organisation that points at a city the data does not have, naming it', () => {
    const build = () => buildWorldPack(data, [organisation('city-atlantis-gr')]);
    expect(build).toThrow(WorldPackError);
    expect(build).toThrow(/test-body points at "city-atlantis-gr"/);
  });

  it('merges organisations.json whole', () => {
    expect(readOrganisations().every((o) => byId.has(o.id))).toBe(true);
  });
});

describe('the starter pack keys', () => {
  const starterFile = new URL('../../../../lib/packs/starter-pack.json', import.meta.url);
  const starter = JSON.parse(readFileSync(starterFile, 'utf8')) as { entities: Entity[] };

  it('name a GeoNames city of the same name for each starter place that has one', () => {
    const places = starter.entities.filter((e) => e.key?.startsWith('geonames:'));
    expect(places.length).toBeGreaterThanOrEqual(14);
    for (const place of places) {
      expect(
        data.cities.some((c) => `geonames:${String(c.geonameId)}` === place.key),
        place.id,
      ).toBe(true);
      const world = builtHere().find((e) => e.key === place.key);
      if (world) expect([world.name, ...(world.aliases ?? []).map((a) => a.text)], place.id).toContain(place.name);
    }
  });

  it('give each starter state the ISO key of the world pack state of the same name', () => {
    for (const state of starter.entities.filter((e) => e.kind === 'state')) {
      expect(byId.get(`country-${(state.key ?? '').slice(4).toLowerCase()}`)?.name, state.id).toBe(state.name);
    }
  });
});
