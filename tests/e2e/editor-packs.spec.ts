import { readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { EditorPacks } from './pages/editor-packs';
import { EditorPage, type KnownEntity } from './pages/editor-page';

const LAVROV: KnownEntity = { id: 'starter:sergey-lavrov', name: 'Sergey Lavrov' };
const KARLOV: KnownEntity = { id: 'starter:andrei-karlov', name: 'Andrei Karlov' };

let editor: EditorPage;
let packs: EditorPacks;
test.beforeEach(async ({ context, extensionId }) => {
  editor = await EditorPage.open(context, extensionId);
  packs = new EditorPacks(editor.page);
});

test('a pack is previewed before anything is written, imported on confirmation, and removed again', async () => {
  const before = await editor.storeCounts();
  await editor.show('Packs & import');
  await packs.chooseFile('packs/astana-talks.json');
  // Astana and Kazakhstan are the world pack's already: the pack's own copies join them.
  await expect(packs.preview).toHaveText('2 entities are already in your store, adds 2 entities, updates 0.');
  expect(await editor.storeCounts()).toEqual(before);
  await packs.commitImport();
  await expect(packs.pack('astana-talks')).toContainText('entities');
  expect((await editor.storeCounts()).entities).toBe(before.entities + 2);
  expect(await packs.removePack('astana-talks')).toMatch(/^Removes \d+ records of “The Astana talks, 2017”/);
  await expect(packs.pack('astana-talks')).toHaveCount(0);
  expect(await editor.storeCounts()).toEqual(before);
});

test('entities tagged for a colleague are exported as a pack file; imported back, it is recognised as already in the store', async () => {
  await editor.select(LAVROV, KARLOV);
  await editor.bulkTag('for-anna');
  await editor.show('Packs & import');
  const download = await packs.exportPack('for-anna', 'moscow-dec-2016', 'Moscow, December 2016');
  expect(download.suggestedFilename()).toBe('moscow-dec-2016-1.backstory-pack.json');
  const file = await download.path();
  const pack = JSON.parse(await readFile(file, 'utf8')) as { format: string; entities: { name: string }[] };
  expect(pack.format).toBe('backstory-pack');
  expect(pack.entities.map((e) => e.name).sort()).toEqual(['Andrei Karlov', 'Sergey Lavrov']);
  const before = await editor.storeCounts();
  await packs.chooseFile(file);
  await expect(packs.preview).toHaveText('2 entities are already in your store, adds 0 entities, updates 0.');
  await packs.commitImport();
  await expect(packs.pack('moscow-dec-2016')).toBeVisible();
  // No twin Lavrov beside the starter's, and no fact said twice.
  expect((await editor.storeCounts()).entities).toBe(before.entities);
  expect((await editor.storeCounts()).facts).toBe(before.facts);
});

test('a CSV actor list takes the kind words the editor shows ("Armed group"), and an exported pack gets an id when none is given', async () => {
  await editor.show('Packs & import');
  await packs.chooseFile('imports/actors-kind-words.csv');
  await expect(packs.preview).toHaveText('Adds 2 entities, updates 0.');
  await packs.commitImport();
  await expect(editor.page.locator('.toast')).toContainText('“actors-kind-words.csv”');
  await expect(editor.page.getByLabel('Pack id')).toHaveAttribute('placeholder', 'my-pack');
  await editor.page.getByLabel('Of kind').selectOption('armed-group');
  await expect(editor.page.getByLabel('Pack id')).toHaveAttribute('placeholder', 'armed-group');
  await editor.page.getByLabel('Pack name').fill('Rescue and rebels');
  await expect(editor.page.getByText('Left empty, it is “rescue-and-rebels”.')).toBeVisible();
  const download = editor.page.waitForEvent('download');
  await editor.page.getByRole('button', { name: 'Export pack' }).click();
  expect((await download).suggestedFilename()).toBe('rescue-and-rebels-1.backstory-pack.json');
});

test.describe('a refused import names what is wrong and leaves the store as it was', () => {
  for (const [file, message] of [
    ['imports/actors-missing-kind.csv', 'line 1: missing column: kind'],
    ['imports/broken-backup.json', /line \d+, column \d+/],
    ['packs/newer-format.json', /newer/],
  ] as const) {
    test(`“${file}” is refused`, async () => {
      const before = await editor.storeCounts();
      await editor.show('Packs & import');
      await packs.chooseFile(file);
      await expect(packs.importError).toContainText(message);
      await expect(packs.importError).toContainText(`“${file.split('/').pop()}”`);
      await expect(packs.preview).toHaveCount(0);
      expect(await editor.storeCounts()).toEqual(before);
    });
  }

  test('a 60 MB file is refused before it is read', async () => {
    const big = join(tmpdir(), `backstory-60mb-${process.pid}.json`);
    await writeFile(big, '');
    await truncate(big, 60 * 1024 * 1024);
    try {
      await editor.show('Packs & import');
      await packs.chooseFile(big);
      await expect(packs.importError).toContainText('is 60 MB; Backstory imports files up to 50 MB');
    } finally {
      await rm(big, { force: true });
    }
  });
});

test('exporting the whole store downloads one JSON file with every kind of record and the settings', async () => {
  await editor.show('Packs & import');
  const download = await packs.exportEverything();
  const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(backup.format).toBe('backstory-backup');
  for (const records of ['entities', 'aliases', 'facts', 'relations', 'notes', 'packs']) {
    expect(Array.isArray(backup[records]), records).toBe(true);
  }
  expect((backup.entities as unknown[]).length).toBe((await editor.storeCounts()).entities);
  expect(backup.settings).toMatchObject({ siteMode: 'all-except' });
});

test('a bulk delete shows in the snapshots, and restoring that snapshot brings the entity back', async () => {
  const before = await editor.storeCounts();
  await editor.select(KARLOV);
  await editor.bulkDelete();
  await editor.show('Snapshots');
  await expect(packs.snapshots.first()).toContainText('before deleting 1 entity');
  await packs.restoreNewestSnapshot();
  expect(await editor.storeCounts()).toEqual(before);
  await editor.show('Entities');
  await editor.search(KARLOV.name);
  await expect(editor.row(KARLOV.id)).toHaveCount(1);
  await editor.show('Snapshots');
  await expect(packs.snapshots.first()).toContainText('before restore');
});
