import type { BrowserContext, Page } from '@playwright/test';
import { draftFromForm, formFromDetail } from '../../components/editor/entity-form';
import { startApache, type ApacheServer } from '../support/webdav/apache';
import { makeFolder } from '../support/webdav/folder';
import { extensionIdOf, extensionWorker } from '../support/extension';
import { expect, openProfile, test } from './fixtures';
import { grantHostAccess } from './pages/host-access';
import { askStore } from './pages/store-messages';
import { SyncSection } from './pages/sync-section';

// Two browser profiles of one reader, each the real extension with its own IndexedDB, sync
// through Debian's Apache httpd with mod_dav started on loopback for these tests.
const LOOPBACK = 'http://127.0.0.1/*';
let apache: ApacheServer;

test.beforeAll(async () => {
  apache = await startApache();
});
test.afterAll(async () => {
  await apache.close();
});

/** A folder of its own per test, made as the reader would have made it on their server. */
async function freshFolder(): Promise<string> {
  return (await makeFolder(apache)).url;
}

interface Browser {
  sync: SyncSection;
  /** An extension page, to ask the background what the store holds. */
  page: Page;
}

async function setUp(context: BrowserContext, folder: string, passphrase?: string): Promise<Browser> {
  const id = extensionIdOf(await extensionWorker(context));
  await grantHostAccess(context, id, LOOPBACK);
  const sync = await SyncSection.open(context, id);
  await sync.fill({
    url: folder,
    user: apache.user,
    password: apache.password,
    ...(passphrase ? { passphrase } : {}),
    intervalMinutes: '0',
  });
  await sync.saveAndWait();
  return { sync, page: sync.page };
}

async function syncNow(browser: Browser): Promise<void> {
  await browser.page.getByRole('button', { name: 'Sync now' }).click();
  await expect(browser.sync.status).not.toContainText('Syncing', { timeout: 20_000 });
}

async function names(browser: Browser, query: string): Promise<string[]> {
  return (await askStore(browser.page, 'entities/search', { query })).map((entity) => entity.name);
}

test('two browsers of one reader hold the same store through Apache, and neither loses the other’s edits', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const folder = await freshFolder();
  const laptop = await setUp(context, folder);
  const haddad = await askStore(laptop.page, 'entity/save', {
    kind: 'person',
    name: 'Mariam Haddad',
    summary: '',
    aliases: [{ text: 'Haddad', caseSensitive: false }],
    facts: [],
    relations: [],
  });
  await syncNow(laptop);
  await expect(laptop.sync.status).toContainText('Last synced just now');

  const second = await openProfile();
  try {
    const desktop = await setUp(second.context, folder);
    await syncNow(desktop);
    // The first sync with a remote that already holds a store asks first, and changes nothing until Apply.
    await expect(desktop.page.getByText(/First sync with a remote that already holds a store: adds 2/)).toBeVisible();
    expect(await names(desktop, 'Haddad')).toEqual([]);
    await desktop.page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => names(desktop, 'Haddad'), { timeout: 20_000 }).toEqual(['Mariam Haddad']);

    // Offline, each changes something of the same entity, and each writes a note.
    const onDesktop = await askStore(desktop.page, 'entity/get', { id: haddad.entity.id });
    await askStore(desktop.page, 'entity/save', {
      ...draftFromForm(formFromDetail(onDesktop)),
      summary: 'A reporter in Aleppo, December 2016.',
    });
    await askStore(desktop.page, 'note/save', { entityId: haddad.entity.id, text: 'Written on the desktop.' });
    const onLaptop = await askStore(laptop.page, 'entity/get', { id: haddad.entity.id });
    await askStore(laptop.page, 'entity/save', { ...draftFromForm(formFromDetail(onLaptop)), name: 'Maryam Haddad' });
    await askStore(laptop.page, 'note/save', { entityId: haddad.entity.id, text: 'Written on the laptop.' });

    await syncNow(desktop);
    await syncNow(laptop);
    await syncNow(desktop);
    for (const browser of [laptop, desktop]) {
      const detail = await askStore(browser.page, 'entity/get', { id: haddad.entity.id });
      expect([detail.entity.name, detail.entity.summary]).toEqual([
        'Maryam Haddad',
        'A reporter in Aleppo, December 2016.',
      ]);
      expect(detail.notes.map((note) => note.text).sort()).toEqual([
        'Written on the desktop.',
        'Written on the laptop.',
      ]);
    }
    await expect(desktop.sync.status).toContainText('Everything written here has been sent.');
  } finally {
    await second.close();
  }
});

test('a wrong passphrase is a clear error in the Sync section, and the store is left as it was', async ({
  context,
}) => {
  test.setTimeout(90_000);
  const folder = await freshFolder();
  const laptop = await setUp(context, folder, 'eastern aleppo, december');
  await askStore(laptop.page, 'entity/save', {
    kind: 'person',
    name: 'Tarek Nassar',
    summary: '',
    aliases: [],
    facts: [],
    relations: [],
  });
  await syncNow(laptop);

  const second = await openProfile();
  try {
    const desktop = await setUp(second.context, folder, 'palmyra in march');
    const counts = async () => (await askStore(desktop.page, 'store/status', {})).counts;
    const before = await counts();
    await syncNow(desktop);
    await expect(desktop.sync.status).toContainText(/passphrase/i);
    await expect(desktop.sync.status).toContainText('Scheduled syncs are paused');
    expect(await counts()).toEqual(before);
    expect(await names(desktop, 'Nassar')).toEqual([]);
  } finally {
    await second.close();
  }
});

test('a server that answers web pages instead of WebDAV gets a clear message from Test connection', async ({
  context,
  server,
}) => {
  const id = extensionIdOf(await extensionWorker(context));
  await grantHostAccess(context, id, LOOPBACK);
  const sync = await SyncSection.open(context, id);
  await sync.fill({ url: `${server.url}/demo/`, user: 'ana', password: 'app-password-1' });
  await sync.page.getByRole('button', { name: 'Test connection' }).click();
  await expect(sync.page.getByText(/not a WebDAV|WebDAV/).first()).toBeVisible({ timeout: 20_000 });
});
