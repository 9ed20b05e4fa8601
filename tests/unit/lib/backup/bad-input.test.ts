import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup, ImportJobs, type ImportKind } from '@/lib/backup';
import { loadPack } from '@/lib/packs';
import { SETTINGS_VERSION, writeSettings } from '@/lib/settings';
import { saveNote } from '@/lib/store';
import { freshDatabase, miniPack } from '../../support/mini-pack';
import { fixture, wholeStore } from '../store/whole-store';

/** A store with something in every table, so "as it was" means something. */
async function readersStore() {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  await saveNote(db, { entityId: 'mini:russia', text: 'Mine.' }, 2000);
  await writeSettings({ hoverOpenDelayMs: 400 });
  return db;
}

async function expectRefused(kind: ImportKind, text: string, message: string | RegExp) {
  const db = await readersStore();
  const before = await wholeStore(db);
  await expect(new ImportJobs(db).start(kind, text)).rejects.toThrow(message);
  expect(await wholeStore(db)).toEqual(before);
}

async function backupWith(change: (backup: Record<string, unknown[]>) => void): Promise<string> {
  const db = freshDatabase();
  await loadPack(db, miniPack(), 1000);
  const backup = JSON.parse(JSON.stringify(await exportBackup(db)));
  change(backup);
  return JSON.stringify(backup, null, 1);
}

const sixtyMegabytes = () => ' '.repeat(60 * 1024 * 1024);

describe('an import of bad input names what is wrong and where, and leaves the store as it was', () => {
  beforeEach(() => fakeBrowser.reset());

  it('broken JSON: the line and column of the first bad character', async () => {
    await expectRefused(
      'backup',
      fixture('imports/broken-backup.json'),
      'The file is not valid JSON: line 9, column 5: unexpected "{"',
    );
  });

  it('a JSON file cut short', async () => {
    const text = JSON.stringify(miniPack(), null, 2);
    await expectRefused(
      'pack',
      text.slice(0, 300),
      /^The file is not valid JSON: line \d+, column \d+: the file ends too early$/,
    );
  });

  it('an empty file', async () => {
    await expectRefused('backup', '  \n', 'The file is empty');
  });

  it('a pack of a newer format version', async () => {
    await expectRefused(
      'pack',
      fixture('packs/newer-format.json'),
      /made by a newer Backstory \(formatVersion 4; this Backstory reads pack formats up to 3\)/,
    );
  });

  it('a backup of a newer format version', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        (b as unknown as { formatVersion: number }).formatVersion = 3;
      }),
      'Backup refused: it was made by a newer Backstory (formatVersion 3; this Backstory reads backup format 2). Update Backstory to import it.',
    );
  });

  it('a pack with 200,001 entities', async () => {
    const pack = {
      ...miniPack(),
      entities: Array.from({ length: 200_001 }, (_, i) => ({
        id: `a-${i}`,
        kind: 'person',
        name: `A ${i}`,
        summary: '',
      })),
    };
    await expectRefused(
      'pack',
      JSON.stringify(pack),
      'Pack refused: entities: it holds 200,001 entities; a pack holds at most 200,000',
    );
  });

  it.each(['backup', 'pack', 'csv'] as const)('a %s file of 60 MB, refused before it is parsed', async (kind) => {
    await expectRefused(kind, sixtyMegabytes(), 'The file is 60 MB; Backstory imports files up to 50 MB');
  });

  it('a CSV without the kind column', async () => {
    await expectRefused('csv', fixture('imports/actors-missing-kind.csv'), 'line 1: missing column: kind');
  });

  it('a CSV with a kind that does not exist', async () => {
    await expectRefused(
      'csv',
      fixture('imports/actors-bad-kind.csv'),
      "line 7: kind 'militia' is not one of person, state, organisation, armed group, place",
    );
  });

  it('a backup with two records of one id', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        b.entities!.push({ ...(b.entities![1] as object) });
      }),
      /^Backup refused: entities\[5\]: duplicate id "mini:[a-z-0-9]+" \(also entities\[1\]\)$/,
    );
  });

  it('a backup with a relation to an entity that is nowhere', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        (b.relations![0] as { toId: string }).toId = 'entity-gone';
      }),
      /^Backup refused: relations\[0\] \(id "[^"]+"\): toId "entity-gone" is neither in the file nor in your store$/,
    );
  });

  it('a backup record with a javascript: source link', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        (b.facts![0] as { sourceUrl: string }).sourceUrl = 'javascript:alert(1)';
      }),
      /^Backup refused: facts\[0\] \(id "[^"]+"\): sourceUrl: must start with http/,
    );
  });

  it('a backup whose settings are unreadable', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        (b as unknown as { settings: object }).settings = { version: SETTINGS_VERSION, hoverOpenDelayMs: -5 };
      }),
      /^Backup refused: settings: hoverOpenDelayMs:/,
    );
  });

  it('a backup whose settings come from a newer Backstory', async () => {
    await expectRefused(
      'backup',
      await backupWith((b) => {
        (b as unknown as { settings: object }).settings = { version: SETTINGS_VERSION + 1 };
      }),
      /^Backup refused: settings: they come from a newer Backstory/,
    );
  });

  it('a pack with a dangling relation target', async () => {
    const pack = miniPack();
    pack.entities[0]!.relations = [{ type: 'member-of', target: 'nowhere', start: '2004' }];
    await expectRefused(
      'pack',
      JSON.stringify(pack),
      'Pack refused: entities.0 (sergey-lavrov): unknown relation target "nowhere"',
    );
  });

  it('a pack with duplicate ids', async () => {
    const pack = miniPack();
    pack.entities.push({ ...pack.entities[4]! });
    await expectRefused('pack', JSON.stringify(pack), 'Pack refused: entities.5: duplicate id "turkey"');
  });

  it('a backup file given as a pack', async () => {
    await expectRefused('pack', await backupWith(() => {}), /^Pack refused: format: must be "backstory-pack"/);
  });
});

describe('an import that fails while it writes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves nothing half-written and drops the snapshot it took', async () => {
    const db = await readersStore();
    const before = await wholeStore(db);
    const jobs = new ImportJobs(db, { chunkSize: 1 });
    const { jobId } = await jobs.start('pack', fixture('packs/astana-talks.json'));
    // New records are added and replaced ones put (lib/store/batched-writes.ts): either write fails.
    const full = new Error('QuotaExceededError: the disk is full');
    vi.spyOn(db.facts, 'bulkAdd').mockRejectedValueOnce(full);
    vi.spyOn(db.facts, 'bulkPut').mockRejectedValueOnce(full);
    await expect(jobs.commit(jobId)).rejects.toThrow('the disk is full');
    expect(await wholeStore(db)).toEqual(before);
    expect(jobs.progress(jobId).phase).toBe('failed');
  });
});
