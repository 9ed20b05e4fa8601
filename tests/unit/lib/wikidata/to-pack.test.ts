import { describe, expect, it } from 'vitest';
import { allFixtureEntities, entityOf, OPTIONS } from './fixtures';
import { validatePack } from '@/lib/packs';
import {
  mapWikidataEntity,
  toPackEntities,
  WIKIDATA_SOURCE,
  WIKIDATA_SOURCE_ID,
  type WikidataEntity,
} from '@/lib/wikidata';

function fixturePack(entities: WikidataEntity[]) {
  return {
    format: 'backstory-pack',
    formatVersion: 2,
    id: 'wikidata-fixtures',
    name: 'Wikidata fixtures',
    version: 1,
    sources: { [WIKIDATA_SOURCE_ID]: WIKIDATA_SOURCE },
    entities: toPackEntities(entities),
  };
}

const everyMapped = () =>
  allFixtureEntities().flatMap((json) => {
    const result = mapWikidataEntity(json, OPTIONS);
    return result.ok ? [result.entity] : [];
  });

describe('Wikidata entities in a pack', () => {
  it('keys each entity by its Q-id, so a pack, a look-up and a sync peer make one entity', () => {
    const germany = entityOf('state', 'Q183');
    expect(germany.key).toBe('wd:Q183');
    const [packed] = toPackEntities([germany]);
    expect(packed).toMatchObject({ id: 'q183', key: 'wd:Q183', sources: ['wikidata'] });
  });

  it('makes a pack that Backstory’s pack validator accepts', () => {
    const pack = validatePack(fixturePack(everyMapped()));
    expect(pack.entities.map((entity) => entity.id)).toEqual([
      'q567',
      'q183',
      'q64',
      'q33959',
      'q1065',
      'q2429253',
      'q41053',
      'q45567',
      'q4390934',
      'q27887806',
      'q15140003',
      'q7747',
    ]);
  });

  it('keeps a relation only where both ends are in the pack, on the end it runs from', () => {
    const entities = toPackEntities(everyMapped());
    const relationsOf = (id: string) =>
      entities.find((entity) => entity.id === id)?.relations.map(({ type, target }) => `${type} ${target}`);
    // Germany is a member of the UN (in the pack), not of the EU (not in it).
    expect(relationsOf('q183')).toEqual(['member-of q1065']);
    // Germany's head-of-government statement becomes Merkel's relation, with its dates; her party is not in the pack.
    expect(entities.find((entity) => entity.id === 'q567')?.relations).toEqual([
      { type: 'leads', target: 'q183', start: '2005-11-22', end: '2021-12-08' },
    ]);
    expect(relationsOf('q64')).toEqual(['capital-of q183', 'located-in q183']);
    // The battle's participants are in the pack: they took part in it.
    expect(relationsOf('q41053')).toEqual(['participant-in q4390934']);
    expect(relationsOf('q2429253')).toEqual(['participant-in q4390934']);
  });

  it('places an event only at a place the pack holds', () => {
    const berlinEvent = { ...entityOf('event', 'Q27887806'), place: 'Q64' as const };
    const [packed] = toPackEntities([berlinEvent, entityOf('city', 'Q64')]);
    expect(packed?.place).toBe('q64');
    expect(toPackEntities([entityOf('event', 'Q27887806')])[0]?.place).toBeUndefined();
  });

  it('gives every fact the item as its source, with the statement’s reference in the title', () => {
    const [merkel] = toPackEntities([entityOf('person', 'Q567')]);
    expect(merkel?.facts.find((fact) => fact.text === 'Born.')?.source).toEqual({
      url: 'https://www.wikidata.org/wiki/Q567#P569',
      title: 'Wikidata; reference: https://www.bundeskanzlerin.de/bkin-de/angela-merkel/persoenliches',
    });
    expect(merkel?.facts.find((fact) => fact.text === 'Member of Christian Democratic Union.')?.source).toEqual({
      url: 'https://www.wikidata.org/wiki/Q567#P102',
      title: 'Wikidata',
    });
  });
});
