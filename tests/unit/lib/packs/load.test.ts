import { describe, expect, it } from 'vitest';
import { loadPack, starterPack } from '@/lib/packs';
import { getEntityDetail, saveEntity } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

describe('loading a pack', () => {
  it('adds every entity with its aliases, facts and relations', async () => {
    const db = freshDatabase();
    const report = await loadPack(db, miniPack(), 1000);
    expect(report.added).toBeGreaterThan(5);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(lavrov.entity.name).toBe('Sergey Lavrov');
    expect(lavrov.aliases.map((a) => a.text).sort()).toEqual(['Lavrov', 'Sergei Lavrov']);
    expect(lavrov.facts.map((f) => f.date)).toEqual(['2004-03-09', '2016-12-20']);
    expect(lavrov.relations[0]).toMatchObject({ type: 'member-of', direction: 'out', other: { name: 'Russia' } });
  });

  it('changes nothing when the same pack is loaded twice', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const before = await db.entities.toArray();
    const report = await loadPack(db, miniPack(), 2000);
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(await db.entities.toArray()).toEqual(before);
  });

  it('keeps the reader’s edits when the pack is reloaded', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const lavrov = await getEntityDetail(db, 'mini:sergey-lavrov');
    await saveEntity(db, {
      id: lavrov.entity.id,
      kind: 'person',
      name: 'Sergey Lavrov',
      summary: 'My own summary.',
      aliases: [
        { text: 'Lavrov', caseSensitive: false, id: lavrov.aliases.find((a) => a.text === 'Lavrov')!.id },
        { text: 'Mr Lavrov', caseSensitive: false },
      ],
      facts: lavrov.facts.map((f) => ({
        id: f.id,
        text: f.text,
        date: f.date,
        sourceUrl: f.sourceUrl,
        sourceTitle: f.sourceTitle,
      })),
      relations: [],
    });
    const changed = miniPack();
    changed.version = 2;
    changed.entities[0]!.summary = 'The pack’s newer summary.';
    const report = await loadPack(db, changed, 3000);
    const after = await getEntityDetail(db, 'mini:sergey-lavrov');
    expect(after.entity.summary).toBe('My own summary.');
    expect(after.aliases.map((a) => a.text).sort()).toEqual(['Lavrov', 'Mr Lavrov']);
    expect(after.relations).toEqual([]);
    expect(report.keptReaderEdits).toBeGreaterThan(0);
  });

  it('refuses a pack with a dangling relation target and writes nothing', async () => {
    const db = freshDatabase();
    const broken = miniPack();
    broken.entities[0]!.relations = [{ type: 'member-of', target: 'nowhere', start: '2004' }];
    await expect(loadPack(db, broken)).rejects.toThrow(/unknown relation target "nowhere"/);
    expect(await db.entities.count()).toBe(0);
  });

  it('refuses a pack of a newer format version', async () => {
    await expect(loadPack(freshDatabase(), { ...miniPack(), formatVersion: 4 })).rejects.toThrow(/formatVersion/);
  });

  it('refuses a javascript: source link', async () => {
    const bad = miniPack();
    bad.entities[0]!.facts[0]!.source = { url: 'javascript:alert(1)', title: 'x' };
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(/http/);
  });

  it('refuses duplicate entity ids', async () => {
    const bad = miniPack();
    bad.entities.push({ ...bad.entities[1]! });
    await expect(loadPack(freshDatabase(), bad)).rejects.toThrow(/duplicate id "russia"/);
  });
});

describe('the starter pack', () => {
  it('loads cleanly with at least 40 entities, each with two sourced, dated facts', async () => {
    const db = freshDatabase();
    await loadPack(db, starterPack);
    const entities = await db.entities.toArray();
    expect(entities.length).toBeGreaterThanOrEqual(40);
    for (const entity of entities) {
      const facts = await db.facts.where('entityId').equals(entity.id).toArray();
      const sourcedAndDated = facts.filter((f) => f.date && f.sourceUrl?.startsWith('https://'));
      expect(sourcedAndDated.length, entity.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('covers the actors and events of the example article', async () => {
    const db = freshDatabase();
    await loadPack(db, starterPack);
    const names = [
      'bashar-al-assad',
      'vladimir-putin',
      'hassan-rouhani',
      'sergey-lavrov',
      'qasem-soleimani',
      'irgc',
      'isis',
      'free-syrian-army',
      'fall-of-eastern-aleppo',
      'palmyra-offensive-december-2016',
      'moscow-conference-2016',
      'assassination-of-andrei-karlov',
      'andrei-karlov',
      'hezbollah',
      'sdf',
      'astana-talks',
      'aleppo-ceasefire-2016',
    ];
    for (const id of names) expect(await db.entities.get(`starter:${id}`), id).toBeDefined();
  });
});
