import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportJobs } from '@/lib/backup';
import { PACK_SET_FORMAT_VERSION } from '@/lib/packs';
import { freshDatabase, miniPackFormat2 } from '../../support/mini-pack';
import { wholeStore } from '../store/whole-store';

/** The format-2 mini pack as a set of files of one entity each, as the editor reads them. */
function partFiles() {
  const { entities, formatVersion: _v, ...head } = miniPackFormat2();
  const parts = entities.map((_, index) => `mini.part-${String(index + 1)}.json`);
  return entities.map((entity, index) => ({
    name: parts[index]!,
    text: JSON.stringify({
      ...head,
      formatVersion: PACK_SET_FORMAT_VERSION,
      part: index + 1,
      parts,
      entities: [entity],
    }),
  }));
}

describe('importing a pack in several files', () => {
  beforeEach(() => fakeBrowser.reset());

  it('previews and writes the set as one pack, as the same pack in one file would', async () => {
    const [inParts, inOne] = [freshDatabase(), freshDatabase()];
    const jobs = new ImportJobs(inParts);
    const stagedIds = partFiles().map((file) => jobs.stage(file.name, file.text).stagedId);
    const { jobId, preview } = await jobs.startSet(stagedIds.reverse());
    expect(preview).toMatchObject({ kind: 'pack', packId: 'mini', added: expect.any(Number) });
    await jobs.commit(jobId);
    const single = new ImportJobs(inOne);
    await single.commit((await single.start('pack', JSON.stringify(miniPackFormat2()))).jobId);
    const entityNames = async (db: typeof inOne) => (await db.entities.toArray()).map((entity) => entity.name).sort();
    expect(await entityNames(inParts)).toEqual(await entityNames(inOne));
    expect(await inParts.aliases.count()).toBe(await inOne.aliases.count());
  });

  it('refuses a set with a file missing, naming it, and writes nothing', async () => {
    const db = freshDatabase();
    const before = await wholeStore(db);
    const jobs = new ImportJobs(db);
    const stagedIds = partFiles()
      .slice(1)
      .map((file) => jobs.stage(file.name, file.text).stagedId);
    await expect(jobs.startSet(stagedIds)).rejects.toThrow('(missing: mini.part-1.json)');
    expect(await wholeStore(db)).toEqual(before);
  });

  it('names the file that is not JSON when it is staged', () => {
    const jobs = new ImportJobs(freshDatabase());
    expect(() => jobs.stage('mini.part-2.json', '{"format": ')).toThrow('The file is not valid JSON');
  });

  it('a staged file is used once: starting again asks for the files again', async () => {
    const jobs = new ImportJobs(freshDatabase());
    const stagedIds = partFiles().map((file) => jobs.stage(file.name, file.text).stagedId);
    await jobs.startSet(stagedIds);
    await expect(jobs.startSet(stagedIds)).rejects.toThrow('choose the files again');
  });
});
