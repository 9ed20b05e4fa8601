import { readFileSync } from 'node:fs';
import { mapWikidataEntity, type MappedEntity, type WikidataEntity, type WikidataOptions } from '@/lib/wikidata';

const FIXTURES = new URL('../../../fixtures/wikidata/', import.meta.url);

/** The fixtures are `wbgetentities` answers; this is one entity of one, as the API gave it. */
export function fixtureEntity(file: string, id: string): Record<string, unknown> {
  const answer = JSON.parse(readFileSync(new URL(`${file}.json`, FIXTURES), 'utf8')) as {
    entities: Record<string, Record<string, unknown>>;
  };
  const entity = answer.entities[id];
  if (!entity) throw new Error(`${file}.json has no ${id}`);
  return entity;
}

/** Every entity of every fixture, in file order. */
export function allFixtureEntities(): Record<string, unknown>[] {
  return ['person', 'state', 'city', 'organisation', 'armed-groups', 'event', 'ranks', 'not-actors'].flatMap((file) => {
    const answer = JSON.parse(readFileSync(new URL(`${file}.json`, FIXTURES), 'utf8')) as {
      entities: Record<string, Record<string, unknown>>;
    };
    return Object.values(answer.entities);
  });
}

export const LABELS = new Map([
  ['Q4970706', 'Chancellor of Germany'],
  ['Q1589120', 'Federal Minister for Women and Youth'],
  ['Q1939555', 'member of the Bundestag'],
  ['Q49762', 'Christian Democratic Union'],
  ['Q700329', 'Academy of Sciences of the GDR'],
  ['Q64', 'Berlin'],
  ['Q61053', 'Olaf Scholz'],
  ['Q567', 'Angela Merkel'],
  ['Q2426', 'Frank-Walter Steinmeier'],
  ['Q218295', 'President of Russia'],
  ['Q1415945', 'Prime Minister of Russia'],
  ['Q1127', 'Our Home – Russia'],
  ['Q1046544', 'KGB'],
  ['Q41183', 'Aleppo'],
  ['Q3640', 'Ankara'],
]);

export const OPTIONS: WikidataOptions = {
  languages: ['en', 'fr'],
  labels: LABELS,
  ordinaryWords: new Set(['nice', 'the', 'chancellor', 'party', 'of', 'god', 'town', 'city', 'army']),
};

export function mapped(file: string, id: string, options: WikidataOptions = OPTIONS): MappedEntity {
  return mapWikidataEntity(fixtureEntity(file, id), options);
}

/** The entity a fixture maps to; fails the test when it is dropped. */
export function entityOf(file: string, id: string, options: WikidataOptions = OPTIONS): WikidataEntity {
  const result = mapped(file, id, options);
  if (!result.ok) throw new Error(`${id} was dropped: ${result.reason} (${result.detail})`);
  return result.entity;
}
