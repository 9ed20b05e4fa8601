import { describe, expect, it } from 'vitest';
import { loadPack, previewPack, validatePack } from '@/lib/packs';
import { freshDatabase, miniPack, miniPackFormat2 } from '../../support/mini-pack';
import { fixture, wholeStore } from '../store/whole-store';

function hugePack(entities: number) {
  return {
    ...miniPack(),
    entities: Array.from({ length: entities }, (_, i) => ({
      id: `actor-${i}`,
      kind: 'person',
      name: `Actor ${i}`,
      summary: '',
    })),
  };
}

describe('a pack that cannot be loaded', () => {
  it('of 200,001 entities is refused with the limit named, and nothing is written', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await wholeStore(db);
    await expect(loadPack(db, hugePack(200_001))).rejects.toThrow(
      'Pack refused: entities: it holds 200,001 entities; a pack holds at most 200,000',
    );
    expect(await wholeStore(db)).toEqual(before);
  });

  it('of 100,000 entities, twice the old limit, is accepted', async () => {
    const preview = await previewPack(freshDatabase(), hugePack(100_000));
    expect(preview.added).toBe(100_000);
  });

  it('of exactly 200,000 entities passes the checks', () => {
    expect(validatePack(hugePack(200_000)).entities).toHaveLength(200_000);
  });

  it('made by a newer Backstory says so, and nothing is written', async () => {
    const db = freshDatabase();
    const before = await wholeStore(db);
    await expect(loadPack(db, JSON.parse(fixture('packs/newer-format.json')))).rejects.toThrow(
      'Pack refused: it was made by a newer Backstory (formatVersion 4; this Backstory reads pack formats up to 3). Update Backstory to import it.',
    );
    expect(await wholeStore(db)).toEqual(before);
  });

  it('names the entity where a field is wrong by its position and its id', async () => {
    const bad = miniPack();
    (bad.entities[3] as { kind: string }).kind = 'city';
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(
      'Pack refused: entities.3 (moscow).kind: must be a known kind',
    );
  });

  it('names a few problems and counts the rest', async () => {
    const bad = miniPack();
    for (const entity of bad.entities) entity.name = ' ';
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(
      /entities\.0 \(sergey-lavrov\)\.name: must not be empty; .* \(and 2 more problems\)$/,
    );
  });

  it('with a place that is not in the pack names the entity and the place', async () => {
    const bad = miniPack();
    bad.entities[2]!.place = 'ankara';
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(
      'Pack refused: entities.2 (moscow-conference-2016): unknown place "ankara"',
    );
  });

  it('citing a source the pack does not list names the entity and the source, and nothing is written', async () => {
    const db = freshDatabase();
    const bad = miniPackFormat2();
    bad.entities[3] = { ...bad.entities[3]!, sources: ['geonames', 'wikidata'] };
    await expect(loadPack(db, bad)).rejects.toThrow('Pack refused: entities.3 (moscow): unknown source "wikidata"');
    expect(await db.entities.count()).toBe(0);
  });

  it('citing a source when the pack lists none names the entity and the source', async () => {
    const { sources: _, ...bad } = miniPackFormat2();
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(
      'Pack refused: entities.1 (russia): unknown source "geonames"',
    );
  });

  it('with two entities of one key names both, and nothing is written', async () => {
    const db = freshDatabase();
    const bad = miniPackFormat2();
    bad.entities[4] = { ...bad.entities[4]!, key: 'iso:RU' };
    await expect(loadPack(db, bad)).rejects.toThrow('Pack refused: entities russia and turkey share the key "iso:RU"');
    expect(await db.entities.count()).toBe(0);
  });
});
