import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { EditorPacks } from './pages/editor-packs';
import { EditorPage } from './pages/editor-page';

/** A list of 10,000 invented actors, the size of a few imported lists. */
async function bigActorList(): Promise<string> {
  const lines = ['name,kind,aliases,summary'];
  for (let i = 0; i < 10_000; i++)
    lines.push(`Actor Number${i},person,Alias${i}|Other${i},"A commander in Homs, file ${i}."`);
  const file = join(tmpdir(), `backstory-actors-${process.pid}-${Date.now()}.csv`);
  await writeFile(file, lines.join('\n'));
  return file;
}

let file: string;
let editor: EditorPage;
let packs: EditorPacks;
test.beforeEach(async ({ context, extensionId }) => {
  file = await bigActorList();
  editor = await EditorPage.open(context, extensionId);
  packs = new EditorPacks(editor.page);
  await editor.show('Packs & import');
  await packs.chooseFile(file);
  await expect(packs.preview).toHaveText('Adds 10,000 entities, updates 0.', { timeout: 20_000 });
});
test.afterEach(async () => {
  await rm(file, { force: true });
});

test('a long import shows its progress and, cancelled, leaves the store as it was', async () => {
  const before = await editor.storeCounts();
  await editor.page.getByRole('button', { name: 'Import', exact: true }).click();
  const bar = editor.page.getByRole('progressbar', { name: 'Import progress' });
  await expect.poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await editor.page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(editor.toast).toContainText('Import cancelled: nothing was written', { timeout: 20_000 });
  expect(await editor.storeCounts()).toEqual(before);
});

test('10,000 imported actors are listed and found as the reader types', async () => {
  test.setTimeout(90_000);
  const before = await editor.storeCounts();
  // 30,000 records (10,000 actors and their aliases) took 13 s to write here (two cores, load
  // average 6), the bar moving all along: 60 s leaves room for a machine twice as slow, and busy.
  await packs.commitImport({ timeout: 60_000 });
  await editor.show('Entities');
  const listed = `${(before.entities + 10_000).toLocaleString('en')} entities`;
  await expect(editor.page.getByRole('heading', { name: listed })).toBeVisible({ timeout: 30_000 });
  await editor.search('number9876');
  await expect.poll(async () => (await editor.rowIds()).length).toBeGreaterThan(0);
  await expect(editor.rows.first()).toContainText('Actor Number9876');
  await editor.search('soleim');
  await expect.poll(async () => (await editor.rowIds())[0]).toBe('starter:qasem-soleimani');
});
