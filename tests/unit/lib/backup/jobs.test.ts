import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportJobs, listSnapshots } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { getEntityDetail, saveEntity } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fixture, wholeStore } from '../store/whole-store';

/** A long actor list, so that a write takes many chunks and can be caught half-way. */
const longActorList = (count: number) =>
  `name,kind,aliases,summary\n${Array.from({ length: count }, (_, i) => `Brigade ${i},armed-group,B${i}|Liwa ${i},A brigade.`).join('\n')}\n`;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function untilWriting(jobs: ImportJobs, jobId: string, done: number) {
  while (jobs.progress(jobId).phase !== 'writing' || jobs.progress(jobId).done < done) await nextTurn();
}

describe('an import job', () => {
  beforeEach(() => fakeBrowser.reset());

  it('previews, then writes what it previewed and answers the snapshot that undoes it', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const jobs = new ImportJobs(db);
    const { jobId, preview } = await jobs.start('pack', fixture('packs/astana-talks.json'));
    expect(preview).toMatchObject({ kind: 'pack', packId: 'astana-talks', added: 13 });
    expect(jobs.progress(jobId)).toEqual({ phase: 'ready', done: 0, total: 14 });
    const report = await jobs.commit(jobId);
    expect(report).toMatchObject({ ...preview, snapshotId: expect.any(String) });
    expect(jobs.progress(jobId)).toEqual({ phase: 'done', done: 14, total: 14 });
    expect((await listSnapshots(db))[0]).toMatchObject({
      id: report.snapshotId,
      reason: 'before importing the pack “The Astana talks, 2017”',
    });
  });

  it('still leaves alone what the reader edited between the preview and the commit', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const jobs = new ImportJobs(db);
    const { jobId, preview } = await jobs.start(
      'pack',
      JSON.stringify({
        ...miniPack(),
        version: 2,
        entities: miniPack().entities.map((e) => ({ ...e, summary: `${e.summary} (v2)` })),
      }),
    );
    expect(preview.byTable.entities).toMatchObject({ updated: 5, keptReaderEdits: 0 });
    await saveEntity(db, {
      id: 'mini:turkey',
      kind: 'state',
      name: 'Türkiye',
      summary: '',
      aliases: [],
      facts: [],
      relations: [],
    });
    const report = await jobs.commit(jobId);
    expect(report.byTable.entities).toMatchObject({ updated: 4, keptReaderEdits: 1 });
    expect((await getEntityDetail(db, 'mini:turkey')).entity.name).toBe('Türkiye');
  });

  it('cancelled before the commit is forgotten, having written nothing', async () => {
    const db = freshDatabase();
    const jobs = new ImportJobs(db);
    const before = await wholeStore(db);
    const { jobId } = await jobs.start('csv', fixture('imports/actors.csv'));
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true });
    expect(() => jobs.progress(jobId)).toThrow(/No import/);
    expect(await wholeStore(db)).toEqual(before);
  });

  it('cancelled half-way through writing leaves the store exactly as it was, without a snapshot', async () => {
    const db = freshDatabase();
    await loadPack(db, miniPack(), 1000);
    const jobs = new ImportJobs(db, { chunkSize: 10 });
    const before = await wholeStore(db);
    const { jobId } = await jobs.start('csv', longActorList(500));
    const commit = jobs.commit(jobId);
    await untilWriting(jobs, jobId, 100);
    expect(jobs.cancel(jobId)).toEqual({ cancelled: true });
    await expect(commit).rejects.toThrow('Import cancelled: nothing was written');
    expect(jobs.progress(jobId).phase).toBe('cancelled');
    expect(await wholeStore(db)).toEqual(before);
  });

  it('reports its progress while it writes', async () => {
    const db = freshDatabase();
    const jobs = new ImportJobs(db, { chunkSize: 50 });
    const { jobId } = await jobs.start('csv', longActorList(300));
    const commit = jobs.commit(jobId);
    await untilWriting(jobs, jobId, 50);
    const { done, total } = jobs.progress(jobId);
    expect(total).toBe(900);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    await commit;
    expect(jobs.progress(jobId)).toEqual({ phase: 'done', done: 900, total: 900 });
  });

  it('refuses a second commit while one import is being written', async () => {
    const db = freshDatabase();
    const jobs = new ImportJobs(db, { chunkSize: 10 });
    const first = await jobs.start('csv', longActorList(200));
    const second = await jobs.start('csv', fixture('imports/actors.csv'));
    const commit = jobs.commit(first.jobId);
    await untilWriting(jobs, first.jobId, 10);
    await expect(jobs.commit(second.jobId)).rejects.toThrow(
      'Another import is being written; try again when it has finished',
    );
    await commit;
    await expect(jobs.commit(first.jobId)).rejects.toThrow('This import is already done');
  });

  it('is forgotten when it waits too long, with the file it holds', async () => {
    let now = 0;
    const jobs = new ImportJobs(freshDatabase(), { ttlMs: 60_000, clock: () => now });
    const { jobId } = await jobs.start('csv', fixture('imports/actors.csv'));
    now = 61_000;
    expect(() => jobs.progress(jobId)).toThrow(/waited too long/);
  });

  it('keeps only the three newest waiting imports in memory', async () => {
    const jobs = new ImportJobs(freshDatabase());
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await jobs.start('csv', fixture('imports/actors.csv'))).jobId);
    expect(() => jobs.progress(ids[0]!)).toThrow(/No import/);
    expect(jobs.progress(ids[3]!).phase).toBe('ready');
  });
});
