import { describe, expect, it } from 'vitest';
import { loadPack, removePack } from '@/lib/packs';
import { deleteEntity, getEntityDetail } from '@/lib/store';
import { freshDatabase } from '../../support/mini-pack';

const SOURCES = { geo: { name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' } };

/** A pack about one war that knows Syria and Damascus, keyed. */
function warPack() {
  return {
    format: 'backstory-pack',
    formatVersion: 2,
    id: 'war',
    name: 'A war',
    version: 1,
    entities: [
      { id: 'syria', key: 'iso:SY', kind: 'state', name: 'Syria', summary: 'A state.', aliases: [{ text: 'Syrian' }] },
      {
        id: 'damascus',
        key: 'geonames:170654',
        kind: 'place',
        name: 'Damascus',
        summary: 'A city.',
        relations: [{ type: 'located-in', target: 'syria' }],
      },
    ],
  };
}

/** A world pack that knows the same two, in more languages, and one state the war pack lacks. */
function worldPack(version = 1) {
  return {
    format: 'backstory-pack',
    formatVersion: 2,
    id: 'world',
    name: 'World',
    version,
    sources: SOURCES,
    entities: [
      {
        id: 'country-sy',
        key: 'iso:SY',
        kind: 'state',
        name: 'Syria',
        summary: 'State in western Asia.',
        sources: ['geo'],
        aliases: [{ text: 'Syrie', lang: 'fr' }, { text: 'Syrien', lang: 'de' }, { text: 'Syrian' }],
      },
      {
        id: 'city-damascus-sy',
        key: 'geonames:170654',
        kind: 'place',
        name: 'Damascus',
        summary: 'Capital of Syria.',
        sources: ['geo'],
        aliases: [{ text: 'Damas', lang: 'fr' }],
        relations: [
          { type: 'located-in', target: 'country-sy' },
          { type: 'capital-of', target: 'country-sy' },
        ],
      },
      {
        id: 'country-sd',
        key: 'iso:SD',
        kind: 'state',
        name: 'Sudan',
        summary: 'State in north-east Africa.',
        sources: ['geo'],
      },
    ],
  };
}

const liveIds = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.entities.toArray())
    .filter((entity) => entity.deletedAt === undefined)
    .map((entity) => entity.id)
    .sort();

describe('an actor that two packs know', () => {
  it('is one entity: the second pack adds its names, facts and relations to the first one’s', async () => {
    const db = freshDatabase();
    await loadPack(db, warPack(), 1000);
    await loadPack(db, worldPack(), 2000);
    expect(await liveIds(db)).toEqual(['war:damascus', 'war:syria', 'world:country-sd']);
    const syria = await getEntityDetail(db, 'war:syria');
    expect(syria.aliases.map((alias) => alias.text).sort()).toEqual(['Syrian', 'Syrie', 'Syrien']);
    const damascus = await getEntityDetail(db, 'war:damascus');
    expect(damascus.aliases.map((alias) => alias.text)).toEqual(['Damas']);
    // The war pack already says Damascus is in Syria; the world pack adds only that it is its capital.
    expect(damascus.relations.map((relation) => `${relation.type} ${relation.other.name}`).sort()).toEqual([
      'capital-of Syria',
      'located-in Syria',
    ]);
  });

  it('carries its data source on the entities the pack makes itself', async () => {
    const db = freshDatabase();
    await loadPack(db, worldPack(), 1000);
    const sudan = await db.entities.get('world:country-sd');
    expect(sudan).toMatchObject({
      key: 'iso:SD',
      sources: [{ name: 'GeoNames', licence: 'CC BY 4.0', url: 'https://www.geonames.org/' }],
    });
  });

  it('changes nothing when the second pack loads again', async () => {
    const db = freshDatabase();
    await loadPack(db, warPack(), 1000);
    await loadPack(db, worldPack(), 2000);
    const again = await loadPack(db, { ...worldPack(2) }, 3000);
    expect(again).toMatchObject({ added: 0, removed: 0, updated: 0 });
  });

  it('takes only its own names away when the second pack is removed', async () => {
    const db = freshDatabase();
    await loadPack(db, warPack(), 1000);
    await loadPack(db, worldPack(), 2000);
    await removePack(db, 'world', 3000);
    const syria = await getEntityDetail(db, 'war:syria');
    expect(syria.aliases.map((alias) => alias.text)).toEqual(['Syrian']);
    expect(await liveIds(db)).toEqual(['war:damascus', 'war:syria']);
  });

  it('gets its own entity from the second pack once the first pack is removed', async () => {
    const db = freshDatabase();
    await loadPack(db, warPack(), 1000);
    await loadPack(db, worldPack(), 2000);
    await removePack(db, 'war', 3000);
    await loadPack(db, worldPack(2), 4000);
    expect(await liveIds(db)).toEqual(['world:city-damascus-sy', 'world:country-sd', 'world:country-sy']);
    const syria = await getEntityDetail(db, 'world:country-sy');
    expect(syria.aliases.map((alias) => alias.text).sort()).toEqual(['Syrian', 'Syrie', 'Syrien']);
  });

  it('stays deleted when the reader deleted it, whichever pack loads next', async () => {
    const db = freshDatabase();
    await loadPack(db, warPack(), 1000);
    await deleteEntity(db, 'war:syria', 1500);
    await loadPack(db, worldPack(), 2000);
    expect(await liveIds(db)).toEqual(['war:damascus', 'world:country-sd']);
  });
});
