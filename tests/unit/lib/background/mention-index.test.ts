import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { EntityTable } from '@/lib/background/entity-table';
import { MentionIndex } from '@/lib/background/mention-index';
import { ImportJobs } from '@/lib/backup';
import { packStrings, stringAt } from '@/lib/matcher';
import { loadBundledPack, loadPack, starterPack } from '@/lib/packs';
import { restoreSnapshot, takeSnapshot } from '@/lib/backup';
import {
  deleteEntity,
  getEntityDetail,
  matchableStoreKey,
  saveEntity,
  type BackstoryDatabase,
  type StoreWrites,
} from '@/lib/store';
import { MemoryRemote } from '../../../support/sync/memory-remote';
import { freshDatabase, miniPack, miniPackFormat2 } from '../../support/mini-pack';
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
    kind: 'person',
    name: 'Andrei Karlov',
    summary: 'Russian ambassador to Turkey.',
    aliases: [{ text: 'Karlov', caseSensitive: false }],
    facts: [],
    relations: [],
  });
}

/** The demo article's text, as the content script would send it in chunks. */
function demoChunks(): string[] {
  const body = fixture('demo/index.html')
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n');
  return body
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter(Boolean);
}

describe('the mention index', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds mentions with the names and kinds of the entities hit', async () => {
    const db = await withMiniPack();
    const { hits, entities } = await new MentionIndex(db).find([text]);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Lavrov', 'Moscow', 'Moscow conference']);
    expect(entities.find((e) => e.id === 'mini:sergey-lavrov')).toEqual({
      id: 'mini:sergey-lavrov',
      name: 'Sergey Lavrov',
      kind: 'person',
    });
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

  const writes: {
    kind: string;
    start?: () => Promise<{ db: BackstoryDatabase; write: () => Promise<unknown> }>;
    write?: (db: BackstoryDatabase) => Promise<unknown>;
  }[] = [
    { kind: 'a reader’s new entity', write: addKarlov },
    {
      kind: 'a reader’s new alias',
      write: async (db) => {
        const russia = await getEntityDetail(db, 'mini:russia');
        await saveEntity(db, {
          id: russia.entity.id,
          kind: 'state',
          name: 'Russia',
          summary: '',
          aliases: [
            ...russia.aliases.map((a) => ({ id: a.id, text: a.text, caseSensitive: a.caseSensitive })),
            { text: 'the Kremlin', caseSensitive: false },
          ],
          facts: [],
          relations: [],
        });
      },
    },
    { kind: 'a delete', write: (db) => deleteEntity(db, 'mini:moscow') },
    {
      kind: 'a pack update',
      write: (db) =>
        loadPack(db, {
          ...miniPack(),
          version: 2,
          entities: miniPack().entities.filter((e) => e.id !== 'sergey-lavrov'),
        }),
    },
    {
      kind: 'an import',
      write: async (db) => {
        const jobs = new ImportJobs(db);
        const { jobId } = await jobs.start(
          'csv',
          'name,kind,aliases,summary\nAndrei Karlov,person,Karlov,Russian ambassador.\n',
        );
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
        const [laptop, desktop] = await Promise.all([
          Device.start('laptop', Date.now),
          Device.start('desktop', Date.now),
        ]);
        await laptop.create('Andrei Karlov');
        await laptop.sync(remote);
        return { db: desktop.db, write: () => desktop.sync(remote) };
      },
    },
    {
      // The old freshness key (counts and newest updatedAt) missed exactly this one.
      kind: 'a write that keeps counts and timestamps',
      write: async (db) => {
        const lavrov = (await db.aliases.where('entityId').equals('mini:sergey-lavrov').toArray()).find(
          (a) => a.text === 'Lavrov',
        )!;
        await db.aliases.put({ ...lavrov, text: 'Lavroff' });
      },
    },
    { kind: 'a hard delete', write: (db) => db.entities.delete('mini:moscow') },
  ];

  it.each(writes)('does not answer from a cache older than $kind', async ({ start, write }) => {
    const { db, write: writing } = start
      ? await start()
      : await withMiniPack().then((db) => ({ db, write: () => write!(db) }));
    const before = await new MentionIndex(db).find([text]);
    expect(await db.cache.get('mention-index')).toBeDefined();
    await writing();
    const after = await restarted(db);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await rebuilt(db));
  });

  it.each([
    [
      'an old version of the automaton',
      (value: Record<string, unknown>) => ({ ...value, matcher: { ...(value['matcher'] as object), version: 1 } }),
    ],
    [
      'something that is not an automaton',
      (value: Record<string, unknown>) => ({ ...value, matcher: { version: 99 } }),
    ],
    [
      'an entity of an unknown kind',
      (value: Record<string, unknown>) => {
        const entities = value['entities'] as EntityTable;
        const kinds = entities.kinds.slice();
        kinds[0] = 200;
        return { ...value, entities: { ...entities, kinds } };
      },
    ],
    [
      'an entity list of the old shape',
      (value: Record<string, unknown>) => ({
        ...value,
        entities: [{ id: 'mini:russia', name: 'Russia', kind: 'state' }],
      }),
    ],
    [
      'place relations naming an entity it does not have',
      (value: Record<string, unknown>) => ({
        ...value,
        places: { pairs: Int32Array.of(0, 1_000_000), capitals: new Int32Array(0) },
      }),
    ],
    [
      'place relations that are not pairs',
      (value: Record<string, unknown>) => ({
        ...value,
        places: { pairs: Int32Array.of(0), capitals: new Int32Array(0) },
      }),
    ],
    [
      'capitals of the old shape',
      (value: Record<string, unknown>) => ({ ...value, places: { pairs: new Int32Array(0), capitals: [0] } }),
    ],
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

/** Two actors named Georgia, and one place tied to each. */
function georgiaPack() {
  const place = (id: string, name: string, relations: { type: string; target: string }[]) => ({
    id,
    kind: 'place',
    name,
    summary: `${name}.`,
    aliases: [],
    facts: [],
    relations,
  });
  return {
    format: 'backstory-pack',
    formatVersion: 2,
    id: 'geo',
    name: 'Two Georgias',
    version: 1,
    entities: [
      {
        id: 'georgia-country',
        kind: 'state',
        name: 'Georgia',
        summary: 'A state in the Caucasus.',
        aliases: [],
        facts: [],
        relations: [],
      },
      {
        ...place('georgia-state', 'Georgia', [{ type: 'part-of', target: 'united-states' }]),
        aliases: [{ text: 'Georgia', caseSensitive: true }],
      },
      place('atlanta', 'Atlanta', [{ type: 'located-in', target: 'georgia-state' }]),
      place('tbilisi', 'Tbilisi', [{ type: 'capital-of', target: 'georgia-country' }]),
      place('savannah', 'Savannah', [{ type: 'located-in', target: 'united-states' }]),
      {
        id: 'united-states',
        kind: 'state',
        name: 'United States',
        summary: 'A state.',
        aliases: [],
        facts: [],
        relations: [],
      },
    ],
  };
}

describe('names two actors share', () => {
  beforeEach(() => fakeBrowser.reset());

  async function withGeorgias(): Promise<BackstoryDatabase> {
    const db = freshDatabase();
    await loadPack(db, georgiaPack());
    return db;
  }

  const georgiaIn = async (db: BackstoryDatabase, chunks: string[]) => {
    const { hits } = await new MentionIndex(db).find(chunks);
    return hits.find((hit) => chunks[hit.chunk]!.slice(hit.start, hit.end) === 'Georgia');
  };

  it('marks Georgia as the US state on a page that names Atlanta, and as the country on one that names Tbilisi', async () => {
    const db = await withGeorgias();
    expect(await georgiaIn(db, ['Storms hit Atlanta.', 'Officials in Georgia said so.'])).toMatchObject({
      entityId: 'geo:georgia-state',
      alternatives: ['geo:georgia-country'],
    });
    expect(await georgiaIn(db, ['Protests in Tbilisi, Georgia, went on.'])).toMatchObject({
      entityId: 'geo:georgia-country',
      alternatives: ['geo:georgia-state'],
    });
  });

  it('marks Georgia as the US state on a page that names another place in the United States', async () => {
    const db = await withGeorgias();
    expect(await georgiaIn(db, ['Flights from Savannah resumed.', 'Officials in Georgia said so.'])).toMatchObject({
      entityId: 'geo:georgia-state',
    });
  });

  it("takes a state's capital over its namesake when the page says nothing more", async () => {
    const db = freshDatabase();
    const city = (id: string, relations: { type: string; target: string }[]) => ({
      id,
      kind: 'place',
      name: 'London',
      summary: 'A city.',
      aliases: [],
      facts: [],
      relations,
    });
    await loadPack(db, {
      format: 'backstory-pack',
      formatVersion: 2,
      id: 'geo',
      name: 'Two Londons',
      version: 1,
      entities: [
        city('london-ca', [{ type: 'located-in', target: 'canada' }]),
        city('london-gb', [{ type: 'capital-of', target: 'united-kingdom' }]),
        { id: 'canada', kind: 'state', name: 'Canada', summary: 'A state.', aliases: [], facts: [], relations: [] },
        {
          id: 'united-kingdom',
          kind: 'state',
          name: 'United Kingdom',
          summary: 'A state.',
          aliases: [],
          facts: [],
          relations: [],
        },
      ],
    });
    const index = new MentionIndex(db);
    expect((await index.find(['Police in London said so.'])).hits[0]).toMatchObject({
      entityId: 'geo:london-gb',
      alternatives: ['geo:london-ca'],
    });
    expect((await index.find(['Police in London, Canada said so.'])).hits[0]).toMatchObject({
      entityId: 'geo:london-ca',
    });
  });

  it('takes the first actor when the page says nothing more, and passes the other on to the card', async () => {
    const db = await withGeorgias();
    const { hits, entities } = await new MentionIndex(db).find(['Officials in Georgia said so.']);
    expect(hits).toEqual([
      { chunk: 0, start: 13, end: 20, entityId: 'geo:georgia-country', alternatives: ['geo:georgia-state'] },
    ]);
    expect(entities.map((e) => e.id)).toEqual(['geo:georgia-country']);
  });

  it('resolves from the relations as they are now, after a worker restart', async () => {
    const db = await withGeorgias();
    const page = ['Storms hit Atlanta.', 'Officials in Georgia said so.'];
    expect((await georgiaIn(db, page))?.entityId).toBe('geo:georgia-state');
    await db.relations.where('fromId').equals('geo:atlanta').delete();
    expect((await georgiaIn(db, page))?.entityId).toBe('geo:georgia-country');
  });
});

describe('names that are also common words', () => {
  beforeEach(() => fakeBrowser.reset());

  it("marks a common-word name at a headline's start only when the same batch names it mid-sentence", async () => {
    const db = freshDatabase();
    await loadPack(db, miniPackFormat2());
    const index = new MentionIndex(db);
    expect((await index.find(['Turkey Closes Its Border'])).hits).toEqual([]);
    const { hits } = await index.find(['Turkey Closes Its Border', 'Officials in Turkey said the border would close.']);
    expect(hits.map((hit) => [hit.chunk, hit.entityId])).toEqual([
      [0, 'mini:turkey'],
      [1, 'mini:turkey'],
    ]);
  });
});

/**
 * Holds the index's reads of the store (the rebuild) until released, and counts them: a
 * rebuild at 100,000 aliases takes over a second, which a unit store cannot reproduce.
 */
/** Invented actors written straight to the store, enough to make the automaton's build last. */
async function addInventedActors(db: BackstoryDatabase, count: number): Promise<void> {
  const now = Date.now();
  const entities = Array.from({ length: count }, (_, i) => ({
    id: `invented-${i}`,
    createdAt: now,
    updatedAt: now,
    origin: 'reader' as const,
    kind: 'person' as const,
    name: `Actor ${i}`,
    summary: '',
  }));
  await db.entities.bulkPut(entities);
}

/** Resolves when the next rebuild's read of the store is done. */
function rebuildReadsStore(db: BackstoryDatabase): Promise<void> {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  return new Promise((done) => {
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      const [mode, tables] = args;
      const read = transaction(...args);
      if (mode !== 'r' || !Array.isArray(tables) || !tables.includes(db.relations)) return read;
      return read.then((value) => {
        done();
        return value;
      });
    }) as unknown as typeof db.transaction);
  });
}

function holdRebuilds(db: BackstoryDatabase) {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let release: () => void = () => undefined;
  let gate: Promise<void> | undefined;
  const held = {
    builds: 0,
    hold() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release() {
      gate = undefined;
      release();
    },
  };
  vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
    const [mode, tables] = args;
    if (mode !== 'r' || !Array.isArray(tables) || !tables.includes(db.relations)) return transaction(...args);
    held.builds += 1;
    return (gate ?? Promise.resolve()).then(() => transaction(...args));
  }) as unknown as typeof db.transaction);
  return held;
}

describe('the mention index while the store changes under it', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from the previous index while a big rebuild is still under way, the rebuild yielding as it runs', async () => {
    const db = await withMiniPack();
    let told = 0;
    const index = new MentionIndex(db, {
      staleAfterMs: 5,
      onFresh: () => {
        told += 1;
      },
    });
    const before = await index.find([text]);
    await addInventedActors(db, 10_000);
    const storeRead = rebuildReadsStore(db);
    index.invalidate();
    // The store is read: what follows is the automaton's build, seconds at 100,000 aliases.
    await storeRead;
    const meanwhile = await index.find([text]);
    expect(meanwhile).toEqual(before);
    expect(told).toBe(0);
    await vi.waitFor(() => expect(told).toBe(1), { timeout: 20_000 });
    expect((await index.find(['Yesterday Actor 9999 spoke.'])).entities.map((e) => e.name)).toEqual(['Actor 9999']);
  });

  it('answers from the previous index while a rebuild runs late, then tells the tabs once it is in', async () => {
    const db = await withMiniPack();
    let told = 0;
    const index = new MentionIndex(db, {
      staleAfterMs: 5,
      onFresh: () => {
        told += 1;
      },
    });
    const before = await index.find([text]);
    await addKarlov(db);
    const rebuilds = holdRebuilds(db);
    rebuilds.hold();
    index.invalidate();
    const meanwhile = await index.find([text]);
    expect(meanwhile).toEqual(before);
    expect(told).toBe(0);
    rebuilds.release();
    await vi.waitFor(() => expect(told).toBe(1));
    const after = await index.find([text]);
    expect(after.entities.map((e) => e.name)).toContain('Andrei Karlov');
    expect(told).toBe(1);
  });

  it('waits for the rebuild when it is quick, and then has nothing to tell', async () => {
    const db = await withMiniPack();
    let told = 0;
    const index = new MentionIndex(db, {
      staleAfterMs: 10_000,
      onFresh: () => {
        told += 1;
      },
    });
    await index.find([text]);
    await addKarlov(db);
    index.invalidate();
    expect((await index.find([text])).entities.map((e) => e.name)).toContain('Andrei Karlov');
    expect(told).toBe(0);
  });

  it('starts the rebuild when the store changes, once for a burst of writes', async () => {
    const db = await withMiniPack();
    const index = new MentionIndex(db, { staleAfterMs: 5 });
    await index.find([text]);
    await addKarlov(db);
    const rebuilds = holdRebuilds(db);
    for (let i = 0; i < 5; i++) index.invalidate();
    await vi.waitFor(() => expect(rebuilds.builds).toBe(1));
    expect((await index.find([text])).entities.map((e) => e.name)).toContain('Andrei Karlov');
    expect(rebuilds.builds).toBe(1);
  });

  it('after a worker restart, answers from the stale cache while it rebuilds', async () => {
    const db = await withMiniPack();
    const before = await new MentionIndex(db).find([text]);
    await addKarlov(db);
    const rebuilds = holdRebuilds(db);
    rebuilds.hold();
    let told = 0;
    const restartedIndex = new MentionIndex(db, {
      staleAfterMs: 5,
      onFresh: () => {
        told += 1;
      },
    });
    expect(await restartedIndex.find([text])).toEqual(before);
    rebuilds.release();
    await vi.waitFor(() => expect(told).toBe(1));
    expect(await restartedIndex.find([text])).toEqual(await rebuilt(db));
  });

  it('after a worker restart, answers from the stale cache even when it is read after the wait ran out', async () => {
    const db = await withMiniPack();
    const before = await new MentionIndex(db).find([text]);
    await addKarlov(db);
    // A woken worker's cache read is slow (megabytes at 100,000 aliases) and the rebuild slower.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    let releaseRebuild: () => void = () => undefined;
    const rebuildHeld = new Promise<void>((resolve) => {
      releaseRebuild = resolve;
    });
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      const tables = args[1];
      const isRead = args[0] === 'r' && Array.isArray(tables);
      if (isRead && tables.includes(db.cache))
        return new Promise((resolve) => setTimeout(resolve, 40)).then(() => transaction(...args));
      if (isRead && tables.includes(db.relations)) return rebuildHeld.then(() => transaction(...args));
      return transaction(...args);
    }) as unknown as typeof db.transaction);
    const restartedIndex = new MentionIndex(db, { staleAfterMs: 5 });
    expect(await restartedIndex.find([text])).toEqual(before);
    releaseRebuild();
  });

  it('never answers from a stale cache when every answer must be current', async () => {
    const db = await withMiniPack();
    await new MentionIndex(db).find([text]);
    await addKarlov(db);
    const rebuilds = holdRebuilds(db);
    rebuilds.hold();
    const answer = new MentionIndex(db).find([text]);
    setTimeout(() => rebuilds.release(), 50);
    expect((await answer).entities.map((e) => e.name)).toContain('Andrei Karlov');
  });
});

describe('the mention index while a bundled pack is written', () => {
  beforeEach(() => fakeBrowser.reset());

  /** What loading the mini pack into an empty store would write, planned in a store of its own. */
  async function plannedMiniPack(): Promise<StoreWrites> {
    let planned: StoreWrites | undefined;
    const pack = miniPack();
    await loadBundledPack(
      freshDatabase(),
      { id: pack.id, version: pack.version, read: () => Promise.resolve(pack) },
      {
        planned: (writes) => {
          planned = writes;
        },
      },
    );
    return planned!;
  }

  it('answers as the store will be once the pack is in, tells the tabs, and gives way to the store at its next change', async () => {
    const db = freshDatabase();
    let told = 0;
    const index = new MentionIndex(db, {
      staleAfterMs: 5,
      onFresh: () => {
        told += 1;
      },
    });
    expect((await index.find([text])).hits).toEqual([]);
    await index.preview(await plannedMiniPack());
    expect(told).toBe(1);
    const previewed = await index.find([text]);
    expect(previewed.hits.map((h) => text.slice(h.start, h.end))).toEqual(['Lavrov', 'Moscow', 'Moscow conference']);
    // The pack was never written here: the store's next change has the index read it as it is.
    await addKarlov(db);
    index.invalidate();
    await vi.waitFor(async () =>
      expect((await index.find([text])).entities.map((e) => e.name)).toEqual(['Andrei Karlov']),
    );
  });

  it("keeps what the store already holds, a reader's delete included", async () => {
    const db = await withMiniPack();
    const [lavrov] = await db.entities.where('name').equals('Sergey Lavrov').toArray();
    await deleteEntity(db, lavrov!.id);
    const index = new MentionIndex(db, { staleAfterMs: 5 });
    await index.preview(await plannedMiniPack());
    expect((await index.find([text])).entities.map((e) => e.name)).not.toContain('Sergey Lavrov');
    expect((await index.find([text])).entities.map((e) => e.name)).toContain('Moscow');
  });
});
