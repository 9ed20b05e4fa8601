import { describe, expect, it } from 'vitest';
import { exportPack, loadPack, previewPack, writePack, validatePack } from '@/lib/packs';
import { getEntityDetail, tagEntities } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

const live = async (db: ReturnType<typeof freshDatabase>) =>
  (await db.entities.toArray())
    .filter((entity) => entity.deletedAt === undefined)
    .map((entity) => entity.id)
    .sort();

function packOf(id: string, entities: object[]) {
  const withSummaries = entities.map((entity) => ({ summary: 'Someone.', ...entity }));
  return validatePack({
    format: 'backstory-pack',
    formatVersion: 2,
    id,
    name: id,
    version: 1,
    entities: withSummaries,
  });
}

describe('an exported pack imported back', () => {
  it('recognises the entities already in the store: no twin, no repeated fact, the preview says so', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await live(db);
    await tagEntities(db, ['mini:sergey-lavrov'], 'watch', false, 1500);
    const exported = await exportPack(db, { tag: 'watch' }, { id: 'watch', name: 'Watch', version: 1 });
    const preview = await previewPack(db, exported, 2000);
    expect(preview.alreadyInStore).toBe(1);
    expect(preview.byTable.entities.added).toBe(0);
    await writePack(db, exported, 2000);
    expect(await live(db)).toEqual(before);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(lavrov.facts).toHaveLength(2);
    expect(lavrov.aliases.map((alias) => alias.text).sort()).toEqual(['Lavrov', 'Sergei Lavrov']);
  });

  it('adds the names and facts the file has that the store lacks, to the same entity', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const pack = packOf('mine', [
      {
        id: 'lavrov',
        kind: 'person',
        name: 'Sergey Lavrov',
        aliases: [{ text: 'Lavrov' }, { text: 'С. Лавров' }],
        facts: [{ text: 'Met his Turkish counterpart.', date: '2017-01-10' }],
      },
    ]);
    await writePack(db, pack, 2000);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(lavrov.aliases.map((alias) => alias.text)).toContain('С. Лавров');
    expect(lavrov.facts.map((fact) => fact.text)).toContain('Met his Turkish counterpart.');
    expect(await db.entities.get('mine:lavrov')).toBeUndefined();
  });

  it('keeps two namesakes apart when they share no other name, or carry different keys', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await writePack(
      db,
      packOf('other', [
        { id: 'namesake', kind: 'person', name: 'Sergey Lavrov', aliases: [{ text: 'Sergey Lavrov the painter' }] },
      ]),
      2000,
    );
    expect(await live(db)).toContain('other:namesake');
    await writePack(db, packOf('keyed', [{ id: 'a', key: 'wd:Q1', kind: 'person', name: 'Jane Doe' }]), 3000);
    await writePack(db, packOf('keyed2', [{ id: 'b', key: 'wd:Q2', kind: 'person', name: 'Jane Doe' }]), 4000);
    expect(await live(db)).toEqual(expect.arrayContaining(['keyed:a', 'keyed2:b']));
  });

  it('leaves bundled packs to their keys: a bundled pack never joins by name', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    await loadPack(db, { ...miniPack(), id: 'mini2', name: 'Mini 2' }, 2000);
    expect(await live(db)).toContain('mini2:sergey-lavrov');
  });
});
