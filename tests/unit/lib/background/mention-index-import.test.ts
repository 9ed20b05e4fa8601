import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexedImportJobs } from '@/lib/background/knowledge-writes';
import { MentionIndex } from '@/lib/background/mention-index';
import type { ImportJobs } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { saveEntity, type BackstoryDatabase } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';

// An import written through the background's jobs (issue 16): the index previews the store as it
// will be while the batches go in, keeps that index once they are in, and gives it back when the
// import is cancelled.

const text = 'Staffan de Mistura met Lavrentiev, Lavrentyev and Lavrov in Astana; Andrei Karlov spoke too.';

const person = (id: string, name: string, aliases: string[]) => ({
  id,
  kind: 'person',
  name,
  summary: 'A delegate at the Astana talks.',
  aliases: aliases.map((alias) => ({ text: alias })),
  facts: [],
  relations: [],
});

/** A pack of envoys; `delegates` more entities make its write long enough to be caught half-way. */
function envoysPack({
  version = 1,
  delegates = 0,
  lavrentiev = person('lavrentiev', 'Alexander Lavrentiev', ['Lavrentiev']),
} = {}) {
  return JSON.stringify({
    format: 'backstory-pack',
    formatVersion: 1,
    id: 'envoys',
    name: 'Envoys',
    version,
    entities: [
      person('de-mistura', 'Staffan de Mistura', ['de Mistura']),
      lavrentiev,
      ...Array.from({ length: delegates }, (_, i) => person(`delegate-${i}`, `Delegate Number${i}`, [])),
    ],
  });
}

/** The texts a page's chunk is marked at. */
const marked = (answer: { hits: { start: number; end: number }[] }) =>
  answer.hits.map((hit) => text.slice(hit.start, hit.end));

/** Counts (and can hold) the index's rebuilds: its read of these three tables alone (a preview reads the stamp too). */
function watchRebuilds(db: BackstoryDatabase) {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  const rebuilds = {
    count: 0,
    hold() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      gate = undefined;
      open();
    },
  };
  vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
    const [mode, tables] = args;
    const rebuild =
      mode === 'r' &&
      Array.isArray(tables) &&
      tables.length === 3 &&
      [db.entities, db.aliases, db.relations].every((t) => tables.includes(t));
    if (!rebuild) return transaction(...args);
    rebuilds.count += 1;
    return (gate ?? Promise.resolve()).then(() => transaction(...args));
  }) as unknown as typeof db.transaction);
  return rebuilds;
}

/** The background as it runs: the mini pack in the store, its index built and cached, imports through the jobs. */
async function background({ chunkSize }: { chunkSize?: number } = {}) {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  let told = 0;
  const index = new MentionIndex(db, {
    staleAfterMs: 30,
    onFresh: () => {
      told += 1;
    },
  });
  await index.find([text]);
  const jobs = indexedImportJobs(db, index, { chunkSize });
  const rebuilds = watchRebuilds(db);
  const importPack = async (pack: string) => jobs.commit((await jobs.start('pack', pack)).jobId);
  return { db, index, jobs, importPack, rebuilds, told: () => told };
}

/** What a worker started now answers, every answer current: from the cache if it is the store's. */
const restarted = (db: BackstoryDatabase) => new MentionIndex(db).find([text]);

const turns = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilWriting(jobs: ImportJobs, jobId: string, done: number) {
  while (jobs.progress(jobId).phase !== 'writing' || jobs.progress(jobId).done < done) await turns(1);
}

/** Commits a long import and waits until it is half-way and its preview answers the tabs. */
async function halfWay(setup: Awaited<ReturnType<typeof background>>) {
  const { jobId } = await setup.jobs.start('pack', envoysPack({ delegates: 300 }));
  const told = setup.told();
  const committing = setup.jobs.commit(jobId);
  committing.catch(() => undefined);
  await untilWriting(setup.jobs, jobId, 50);
  await vi.waitFor(() => expect(setup.told()).toBeGreaterThan(told));
  return { jobId, committing };
}

describe('the mention index while an import is written', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('marks the import’s names on the first page after it, with no rebuild, and a restarted worker finds them cached', async () => {
    const { db, index, importPack, rebuilds, told } = await background();
    await importPack(envoysPack());
    expect(marked(await index.find([text]))).toEqual(['Staffan de Mistura', 'Lavrentiev', 'Lavrov']);
    // The tabs were told when the previewed index came in, while the batches were written.
    expect(told()).toBe(1);
    await turns();
    expect(rebuilds.count).toBe(0);
    expect(marked(await restarted(db))).toEqual(['Staffan de Mistura', 'Lavrentiev', 'Lavrov']);
    expect(rebuilds.count).toBe(0);
  });

  it('answers a new version as it is stored: a renamed actor under its new name, its dropped alias no more', async () => {
    const { db, index, importPack, rebuilds } = await background();
    await importPack(envoysPack());
    await importPack(
      envoysPack({ version: 2, lavrentiev: person('lavrentiev', 'Aleksandr Lavrentyev', ['Lavrentyev']) }),
    );
    const answer = await index.find([text]);
    expect(marked(answer)).toEqual(['Staffan de Mistura', 'Lavrentyev', 'Lavrov']);
    expect(answer.entities.map((entity) => entity.name)).toContain('Aleksandr Lavrentyev');
    await turns();
    expect(rebuilds.count).toBe(0);
    // The same as an index built from the store once the cache is gone.
    await db.cache.clear();
    expect(await restarted(db)).toEqual(answer);
    expect(rebuilds.count).toBe(1);
  });

  it('marks the import’s names while it is written, and none once it is cancelled', async () => {
    const setup = await background({ chunkSize: 5 });
    const { jobId, committing } = await halfWay(setup);
    expect(marked(await setup.index.find([text]))).toContain('Staffan de Mistura');
    const told = setup.told();
    // Held: until the store is read again, the index from before the import answers.
    setup.rebuilds.hold();
    setup.jobs.cancel(jobId);
    await expect(committing).rejects.toThrow('Import cancelled');
    expect(setup.told()).toBe(told + 1);
    expect(marked(await setup.index.find([text]))).toEqual(['Lavrov']);
    setup.rebuilds.release();
    await vi.waitFor(async () => expect(marked(await restarted(setup.db))).toEqual(['Lavrov']));
    expect(marked(await setup.index.find([text]))).toEqual(['Lavrov']);
  });

  it('rebuilds after the import when another write landed during it, even one the index was not told of', async () => {
    const setup = await background({ chunkSize: 5 });
    const { committing } = await halfWay(setup);
    const lavrov = (await setup.db.aliases.where('entityId').equals('mini:sergey-lavrov').toArray()).find(
      (alias) => alias.text === 'Lavrov',
    )!;
    await setup.db.aliases.put({ ...lavrov, text: 'Karlov' });
    await committing;
    await vi.waitFor(async () =>
      expect(marked(await setup.index.find([text]))).toEqual(['Staffan de Mistura', 'Lavrentiev', 'Karlov']),
    );
    expect(setup.rebuilds.count).toBe(1);
    expect(marked(await restarted(setup.db))).toEqual(['Staffan de Mistura', 'Lavrentiev', 'Karlov']);
  });

  it('gives way to a reader’s edit made during the import, and has both once it is in', async () => {
    const setup = await background({ chunkSize: 5 });
    const { committing } = await halfWay(setup);
    await saveEntity(setup.db, {
      kind: 'person',
      name: 'Andrei Karlov',
      summary: 'Russian ambassador to Turkey.',
      aliases: [],
      facts: [],
      relations: [],
    });
    setup.index.invalidate();
    await committing;
    await vi.waitFor(async () =>
      expect(marked(await setup.index.find([text]))).toEqual([
        'Staffan de Mistura',
        'Lavrentiev',
        'Lavrov',
        'Andrei Karlov',
      ]),
    );
    expect(marked(await restarted(setup.db))).toContain('Andrei Karlov');
  });
});
