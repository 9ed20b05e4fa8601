import { PACK_PATH, startPackHost, type PackHost } from '../support/pack-host/pack-host';
import { expect, test as base } from './fixtures';
import { axeViolations } from './pages/axe-audit';
import { EditorPacks } from './pages/editor-packs';
import { EditorPage } from './pages/editor-page';
import { allowLoopbackPackHost, FollowedPacks } from './pages/followed-packs';
import { MarkedPage } from './pages/marked-page';
import { askStore } from './pages/store-messages';

const TALL_DIOP = { id: 'sahel-desk:aminata-tall-diop', name: 'Aminata Tall-Diop' };
const OBSERVERS = 'sahel-desk:sahel-ceasefire-observers';
const READERS_SUMMARY = 'Spokeswoman; met her in Gao, April 2025.';

const test = base.extend<{ packHost: PackHost }>({
  // eslint-disable-next-line no-empty-pattern
  packHost: async ({}, use) => {
    const host = await startPackHost('sahel-desk-1.json');
    await use(host);
    await host.close();
  },
});

test('a pack followed by its address is previewed, imported and marked; a new version updates it and keeps the reader’s edit; a broken one changes nothing and says why', async ({
  context,
  extensionId,
  serviceWorker,
  server,
  packHost,
}) => {
  test.slow();
  const address = `${packHost.url}${PACK_PATH}`;
  // Every request the browser makes, the worker's included, but the fixture pages' own.
  const sent: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(server.url)) sent.push(url);
  });
  await allowLoopbackPackHost(context, serviceWorker, extensionId);
  const editor = await EditorPage.open(context, extensionId);
  const packs = new EditorPacks(editor.page);
  const followed = new FollowedPacks(editor.page);
  await editor.show('Packs & import');

  // Preview: fetched and checked, nothing written.
  const before = await editor.storeCounts();
  await followed.preview(address);
  await expect(packs.preview).toHaveText('Adds 2 entities, updates 0.');
  expect(await editor.storeCounts()).toEqual(before);
  await followed.importAndFollow();
  await expect(packs.pack('sahel-desk')).toContainText('version 1 · 2 entities');
  await expect(followed.result(address)).toContainText('Imported version 1: Added 2 entities');

  // The pack's actors are marked on a page that names them.
  const article = new MarkedPage(await context.newPage(), serviceWorker);
  await article.open(`${server.url}/packs/sahel-desk-article.html`);
  await expect
    .poll(() => article.markedTexts(), { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['Sahel Ceasefire Observers', 'Aminata Tall-Diop', 'Tall-Diop']));

  // The reader rewrites one summary; the next version changes that summary too, and another.
  await editor.show('Entities');
  await editor.openEntity(TALL_DIOP);
  await editor.field('Summary').fill(READERS_SUMMARY);
  await editor.save();
  packHost.serve('sahel-desk-2.json');
  await editor.show('Packs & import');
  await followed.checkNow(address);
  // A check that updates takes a snapshot of the whole store first (1.6 s here at a load of 7.7).
  await expect(followed.result(address)).toContainText(
    'Updated to version 2: Added 1 entity, updated 1, left your 1 edited entity alone.',
    { timeout: 15_000 },
  );
  expect((await askStore(editor.page, 'entity/get', { id: TALL_DIOP.id })).entity.summary).toBe(READERS_SUMMARY);
  expect((await askStore(editor.page, 'entity/get', { id: OBSERVERS })).entity.summary).toBe(
    'Unarmed monitors of the ceasefire along the border of Mali and Niger.',
  );
  await expect.poll(() => article.markedTexts(), { timeout: 15_000 }).toContain('Ousmane Ba-Keita');

  // Nothing new: the server's ETag goes back and its 304 changes nothing.
  await followed.checkNow(address);
  await expect(followed.result(address)).toContainText('No new version (you have version 2).');
  const asked = packHost.requests.at(-1)!;
  expect(asked.status).toBe(304);
  expect(asked.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
  expect(asked.ifModifiedSince).toMatch(/GMT$/);

  // A broken file: nothing changes, and the row says why.
  const updated = await editor.storeCounts();
  packHost.serve('sahel-desk-broken.json');
  await followed.checkNow(address);
  await expect(followed.result(address)).toContainText(
    'Not updated; nothing in your store changed. The file is not valid JSON: line',
  );
  expect(await editor.storeCounts()).toEqual(updated);
  await expect(packs.pack('sahel-desk')).toContainText('version 2 · 3 entities');
  // The row, its problem in the danger colour and its buttons read as well as the rest of the editor.
  expect(await axeViolations(editor.page)).toEqual([]);

  // Only the followed address was ever asked for, without the reader's cookies.
  expect(packHost.requests.map((request) => `${request.method} ${request.path}`)).toEqual(
    Array(4).fill(`GET ${PACK_PATH}`),
  );
  expect(packHost.requests.every((request) => request.cookie === undefined)).toBe(true);
  expect(sent).toEqual(Array(4).fill(address));

  // Remove: no longer followed; the pack stays in the store.
  await followed.remove(address);
  await expect(followed.rows).toHaveCount(0);
  await expect(packs.pack('sahel-desk')).toBeVisible();
});

test('an http:// address is refused before anything is fetched', async ({ context, extensionId }) => {
  const editor = await EditorPage.open(context, extensionId);
  const followed = new FollowedPacks(editor.page);
  await editor.show('Packs & import');
  await followed.preview('http://packs.example.org/sahel-desk.json');
  await expect(followed.error).toHaveText('Backstory follows packs over https:// only; “http:” addresses are refused');
  await expect(followed.rows).toHaveCount(0);
});
