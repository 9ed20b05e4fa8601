import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntityTable } from '@/lib/background/entity-table';
import { MentionIndex } from '@/lib/background/mention-index';
import { ImportJobs } from '@/lib/backup';
import { packStrings, stringAt } from '@/lib/matcher';
import { loadPack, starterPack } from '@/lib/packs';
import { restoreSnapshot, takeSnapshot } from '@/lib/snapshots';
import { deleteEntity, getEntityDetail, matchableStoreKey, saveEntity, type BackstoryDatabase } from '@/lib/store';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fixture } from '../store/whole-store';
import { Device } from '../sync/devices';

const text = 'Lavrov flew to Moscow for the Moscow conference; Andrei Karlov met the Kremlin.';

/** A worker start: a new index over the same store, with whatever the store caches. */
const restarted = (db: BackstoryDatabase, chunks = [text]) => new MentionIndex(db).find(chunks);

/** What an index built from the store as it is now answers: the cache is dropped first. */
async function rebuilt(db: BackstoryDatabase, chunks = [text]) {
  await db.cache.clear();
  return new MentionIndex(db).find(chunks);
}

async function withMiniPack(): Promise<BackstoryDatabase> {
  const db = freshDatabase();
  await loadPack(db, miniPack());
  return db;
}

async function addKarlov(db: BackstoryDatabase): Promise<void> {
  await saveEntity(db, {
    kind: 'person', name: 'Andrei Karlov', summary: 'Russian ambassador to Turkey.',
    aliases: [{ text: 'Karlov', caseSensitive: false }], facts: [], relations: [],
  });
}

/** The demo article's text, as the content script would send it in chunks. */
function demoChunks(): string[] {
  const body = fixture('demo/index.html').replace(/<(script|style)[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n');
  return body.split(/\n{2,}/).map((chunk) => chunk.trim()).filter(Boolean);
}

describe('the mention index', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds mentions with the names and kinds of the entities hit', async () => {
    const db = await withMiniPack();
    const { hits, entities } = await new MentionIndex(db).find([text]);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Lavrov', 'Moscow', 'Moscow conference']);
    expect(entities.find((e) => e.id === 'mini:sergey-lavrov')).toEqual({ id: 'mini:sergey-lavrov', name: 'Sergey Lavrov', kind: 'person' });
  });

  it('answers after a worker restart from its cache, without rebuilding the automaton', async () => {
    const db = await withMiniPack();
    await new MentionIndex(db).find([text]);
    // Rename Lavrov in the cache alone: only an index that read the cache knows that name.
    const record = (await db.cache.get('mention-index'))!;
    const value = record.value as { entities: EntityTable };
    const names = Array.from(value.entities.names.ends, (_, i) => stringAt(value.entities.names, i));
    const renamed = packStrings(names.map((name) => (name === 'Sergey Lavrov' ? 'Lavrov, as cached' : name)));
    await db.cache.put({ ...record, value: { ...value, entities: { ...value.entities, names: renamed } } });
    const { entities } = await restarted(db);
    expect(entities.find((e) => e.id === 'mini:sergey-lavrov')?.name).toBe('Lavrov, as cached');
  });

  it('answers the demo article after a cold start exactly as after a fresh build', async () => {
    const db = freshDatabase();
    await loadPack(db, starterPack);
    const chunks = demoChunks();
    const built = await new MentionIndex(db).find(chunks);
    expect((await db.cache.get('mention-index'))?.key).toBe(await matchableStoreKey(db));
    const cold = await restarted(db, chunks);
    expect(cold).toEqual(built);
    expect(new Set(cold.entities.map((e) => e.id))).toContain('starter:vladimir-putin');
    expect(cold.hits.length).toBeGreaterThan(50);
  });

  const writes: { kind: string; start?: () => Promise<{ db: BackstoryDatabase; write: () => Promise<unknown> }>; write?: (db: BackstoryDatabase) => Promise<unknown> }[] = [
    { kind: 'a reader’s new entity', write: addKarlov },
    {
      kind: 'a reader’s new alias',
      write: async (db) => {
        const russia = await getEntityDetail(db, 'mini:russia');
        await saveEntity(db, {
          id: russia.entity.id, kind: 'state', name: 'Russia', summary: '',
          aliases: [...russia.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive })), { text: 'the Kremlin', caseSensitive: false }],
          facts: [], relations: [],
        });
      },
    },
    { kind: 'a delete', write: (db) => deleteEntity(db, 'mini:moscow') },
    { kind: 'a pack update', write: (db) => loadPack(db, { ...miniPack(), version: 2, entities: miniPack().entities.filter((e) => e.id !== 'sergey-lavrov') }) },
    {
      kind: 'an import',
      write: async (db) => {
        const jobs = new ImportJobs(db);
        const { jobId } = await jobs.start('csv', 'name,kind,aliases,summary\nAndrei Karlov,person,Karlov,Russian ambassador.\n');
        await jobs.commit(jobId);
      },
    },
    {
      kind: 'a snapshot restore',
      start: async () => {
        const db = await withMiniPack();
        const snapshot = await takeSnapshot(db, 'before Karlov');
        await addKarlov(db);
        return { db, write: () => restoreSnapshot(db, snapshot.id) };
      },
    },
    {
      kind: 'a sync merge',
      start: async () => {
        const remote = new MemoryRemote();
        const [laptop, desktop] = await Promise.all([Device.start('laptop', Date.now), Device.start('desktop', Date.now)]);
        await laptop.create('Andrei Karlov');
        await laptop.sync(remote);
        return { db: desktop.db, write: () => desktop.sync(remote) };
      },
    },
    {
      // The old freshness key (counts and newest updatedAt) missed exactly this one.
      kind: 'a write that keeps counts and timestamps',
      write: async (db) => {
        const lavrov = (await db.aliases.where('entityId').equals('mini:sergey-lavrov').toArray()).find((a) => a.text === 'Lavrov')!;
        await db.aliases.put({ ...lavrov, text: 'Lavroff' });
      },
    },
    { kind: 'a hard delete', write: (db) => db.entities.delete('mini:moscow') },
  ];

  it.each(writes)('does not answer from a cache older than $kind', async ({ start, write }) => {
    const { db, write: writing } = start ? await start() : await withMiniPack().then((db) => ({ db, write: () => write!(db) }));
    const before = await new MentionIndex(db).find([text]);
    expect(await db.cache.get('mention-index')).toBeDefined();
    await writing();
    const after = await restarted(db);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await rebuilt(db));
  });

  it.each([
    ['an old version of the automaton', (value: Record<string, unknown>) => ({ ...value, matcher: { ...(value['matcher'] as object), version: 1 } })],
    ['something that is not an automaton', (value: Record<string, unknown>) => ({ ...value, matcher: { version: 99 } })],
    ['an entity of an unknown kind', (value: Record<string, unknown>) => {
      const entities = value['entities'] as EntityTable;
      const kinds = entities.kinds.slice();
      kinds[0] = 200;
      return { ...value, entities: { ...entities, kinds } };
    }],
    ['an entity list of the old shape', (value: Record<string, unknown>) => ({ ...value, entities: [{ id: 'mini:russia', name: 'Russia', kind: 'state' }] })],
    ['nothing at all', () => null],
  ])('rebuilds over a cache holding %s, and caches a sound one', async (_, damage) => {
    const db = await withMiniPack();
    const built = await new MentionIndex(db).find([text]);
    const record = (await db.cache.get('mention-index'))!;
    await db.cache.put({ ...record, value: damage(record.value as Record<string, unknown>) });
    expect(await restarted(db)).toEqual(built);
    expect((await db.cache.get('mention-index'))?.value).toEqual(record.value);
  });
});
